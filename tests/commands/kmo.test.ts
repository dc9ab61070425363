import { describe, expect, it } from 'vitest';
import { csat } from '../helpers/cli.js';
import { expectMessageInBothLanguages } from '../helpers/messages.js';
import { expectClose } from '../helpers/close.js';
import { factorExpected } from '../helpers/factor-fixture.js';

const FILE = 'fixtures/factor-survey.csv';

describe('csat kmo (built CLI)', () => {
  it("prints KMO and Bartlett's Test, MSA, the determinant and Kaiser's verdict", () => {
    const r = csat(['kmo', FILE, '--items', 'q1..q12']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("KMO and Bartlett's Test");
    expect(r.stdout).toContain('Kaiser-Meyer-Olkin Measure of Sampling Adequacy.');
    expect(r.stdout).toMatch(/Approx\. Chi-Square\s*│\s*914\.453/);
    expect(r.stdout).toContain('Measures of Sampling Adequacy (MSA)');
    expect(r.stdout).toMatch(/Determinant of the correlation matrix = 4\.\d{3}E-02/);
    expect(r.stdout).toContain('KMO = .812: meritorious (Kaiser 1974).');
    expect(r.stdout).toContain('100 cases with a missing answer were excluded listwise.');
    expect(r.stdout).not.toContain('Anti-image');
  });

  it('one excluded case is said in the singular, in kmo and in factor', () => {
    const input = 'a,b,c\n1,2,3\n2,1,3\n3,3,1\n4,5,4\n5,4,6\n,1,2\n6,7,5\n';
    for (const cmd of ['kmo', 'factor']) {
      const r = csat([cmd, '-', '--items', 'a..c'], { input });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('\n1 case with a missing answer was excluded listwise.\n');
      expect(r.stdout).not.toContain('1 cases');
    }
  });

  it('JSON: {n, items, kmo, msa, bartlett, determinant} at full precision, weighted like SPSS WEIGHT BY', () => {
    const ex = factorExpected(true);
    const r = csat(['kmo', FILE, '--items', 'q1..q12', '--weight', 'w', '-f', 'json', '--anti-image']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout).results;
    for (const key of ['n', 'items', 'kmo', 'msa', 'bartlett', 'determinant']) expect(out).toHaveProperty(key);
    expect(out.n).toBe(ex.n);
    expectClose(out.kmo, ex.kmo, 1e-12, 0, 'kmo');
    expect(out.msa[0]).toEqual({ item: 'q1', msa: out.msa[0].msa });
    expectClose(out.msa[11].msa, ex.msa[11], 1e-9, 0, 'msa q12');
    expectClose(out.bartlett.chiSquare, ex.bartlett.chiSquare, 1e-9, 0, 'chi2');
    expect(out.bartlett.df).toBe(66);
    expectClose(out.determinant, ex.determinant, 1e-9, 0, 'det');
    expectClose(out.antiImage.correlation[0][1], ex.antiImageCorrelation[0][1], 1e-9, 0, 'AIR');
  });

  it('anti-image matrices and Chinese labels', () => {
    const r = csat(['kmo', FILE, '--items', 'q1..q4', '--anti-image', '--lang', 'zh']);
    expect(r.code).toBe(0);
    for (const s of ['KMO 和巴特利特检验', 'KMO 取样适切性量数。', '巴特利特球形度检验', '近似卡方', '自由度', '显著性', '反映像矩阵', '反映像协方差', '反映像相关性', 'a. 取样适切性量数(MSA)']) {
      expect(r.stdout).toContain(s);
    }
  });

  it('errors: no --items (2), a constant item (1) named with its value', () => {
    const none = csat(['kmo', FILE]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/needs --items/);
    const constant = csat(['kmo', '-', '--items', 'a..c'], { input: 'a,b,c\n1,2,3\n2,1,3\n3,3,3\n4,2,3\n' });
    expect(constant.code).toBe(1);
    expect(constant.stderr).toMatch(/c \(always 3\) has the same answer from every respondent/);
    expect(constant.stderr.trim().split('\n').length).toBe(1);
  });

  it('hostile inputs: one line on stderr, exit 1, nothing on stdout', () => {
    const cases: [string, RegExp][] = [
      ['a,b,c\n1,2,n\n2,1,s\n3,3,e\n4,2,n\n5,1,s\n', /the item 'c' holds text \(3 distinct answers/],
      ['a,b,c\n1,2,3\n', /only 1 respondent has complete answers on a, b, c/],
      ['a,b,c\n1,,3\n2,,4\n3,,1\n', /the item 'b' has no answers at all/],
      ['a,b,c\n1,,3\n2,,4\n,3,1\n', /only 0 respondents have complete answers/],
      ['a,b,c\n1,1,3\n2,2,4\n3,3,1\n4,4,2\n5,5,5\n', /b and a are perfectly correlated/],
      ['a,b,c,d,e\n1,2,3,4,5\n2,1,4,3,5\n5,4,3,2,1\n', /only 3 respondents have complete answers, and 5 items need at least 6/],
    ];
    for (const [input, message] of cases) {
      for (const cmd of ['kmo', 'factor']) {
        const r = csat([cmd, '-', '--items', input.startsWith('a,b,c,d,e') ? 'a..e' : 'a..c'], { input });
        expect(r.code, `${cmd} ${message}`).toBe(1);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(message);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
      }
    }
  });
});

describe('csat kmo messages in English and Chinese (built CLI)', () => {
  const errors: [string[], string | undefined, number, string, string][] = [
    [['kmo', FILE], undefined, 2, 'csat kmo needs --items (for example --items Q1..Q12)', 'csat kmo 需要 --items（例如 --items Q1..Q12）'],
    [['kmo', FILE, '--items', 'q1'], undefined, 2, 'this analysis needs at least 2 items; the selection has 1 (q1)', '此分析至少需要 2 项；所选的只有 1 项（q1）'],
    [
      ['kmo', '-', '--items', 'a..c'],
      'a,b,c\n1,2,n\n2,1,s\n3,3,e\n4,2,n\n5,1,s\n',
      1,
      "the item 'c' holds text (3 distinct answers such as 'e'), not scale answers, so it cannot be factor analysed; remove it from --items or map its answers to codes with --labels",
      "项 'c' 是文本（有 3 种不同的回答，例如 'e'），不是量表回答，因此无法做因子分析；请将其从 --items 中移除，或用 --labels 将其回答映射为代码",
    ],
    [
      ['kmo', '-', '--items', 'a..c'],
      'a,b,c\n1,2,3\n',
      1,
      'only 1 respondent has complete answers on a, b, c; correlations need at least 2',
      '只有 1 个个案在 a、b、c 上的回答完整；相关性至少需要 2 个个案',
    ],
    [
      ['kmo', '-', '--items', 'a..c'],
      'a,b,c\n1,2,3\n2,1,3\n3,3,3\n4,2,3\n',
      1,
      'the correlation matrix cannot be computed: c (always 3) has the same answer from every respondent used (no variance); remove it from --items',
      '无法计算相关性矩阵：所用的每个个案对此项的回答都相同（没有方差）：c（始终为 3）；请将其从 --items 中移除',
    ],
    [
      ['kmo', '-', '--items', 'a..c'],
      'a,b,c\n1,1,3\n2,2,4\n3,3,1\n4,4,2\n5,5,5\n',
      1,
      'the correlation matrix is singular (not positive definite): b and a are perfectly correlated (r = 1.000000); remove one of these items from --items',
      '相关性矩阵为奇异矩阵（不是正定矩阵）：b 与 a 完全相关（r = 1.000000）；请从 --items 中移除其中一项',
    ],
    [
      ['kmo', '-', '--items', 'a..e'],
      'a,b,c,d,e\n1,2,3,4,5\n2,1,4,3,5\n5,4,3,2,1\n',
      1,
      'the correlation matrix of 5 items is singular: only 3 respondents have complete answers, and 5 items need at least 6; use fewer items or more respondents',
      '5 项的相关性矩阵为奇异矩阵：只有 3 个个案的回答完整，而 5 项至少需要 6 个；请减少项数或增加个案',
    ],
    [
      ['kmo', '-', '--items', 'a..c'],
      'a,b,c\n1,,3\n2,,5\n3,,4\n',
      1,
      "the item 'b' has no answers at all (every value is missing), so no respondent is complete; remove it from --items",
      "项 'b' 没有任何回答（所有值均缺失），因此没有回答完整的个案；请将其从 --items 中移除",
    ],
    [
      ['factor', '-', '--items', 'a..d'],
      'a,b,c,d\n1,,3,\n2,,5,\n3,,4,\n',
      1,
      "the items 'b', 'd' have no answers at all (every value is missing), so no respondent is complete; remove them from --items",
      "项 'b'、'd' 没有任何回答（所有值均缺失），因此没有回答完整的个案；请将其从 --items 中移除",
    ],
  ];
  it.each(errors)('%j: the same exit code and one line in each language', (args, input, code, en, zh) => {
    expectMessageInBothLanguages(args, input, code, en, zh);
  });
});
