import { mkdtempSync, readFileSync, existsSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csat } from '../helpers/cli.js';
import { expectMessageInBothLanguages } from '../helpers/messages.js';
import { expectClose } from '../helpers/close.js';
import { factorExpected } from '../helpers/factor-fixture.js';

const FILE = 'fixtures/factor-survey.csv';

describe('csat factor (built CLI)', () => {
  it('prints the SPSS FACTOR tables with their footnotes', () => {
    const r = csat(['factor', FILE, '--items', 'q1..q12']);
    expect(r.code).toBe(0);
    for (const s of [
      "KMO and Bartlett's Test",
      'Communalities',
      'Total Variance Explained',
      'Initial Eigenvalues',
      'Extraction Sums of Squared Loadings',
      'Rotation Sums of Squared Loadings',
      'Component Matrix',
      'Rotated Component Matrix',
      'Component Transformation Matrix',
      'Component Score Coefficient Matrix',
      'Extraction Method: Principal Component Analysis.',
      'Rotation Method: Varimax with Kaiser Normalization.',
      'a. Rotation converged in 3 iterations.',
      'a. 3 components extracted.',
      'Scree Plot',
      'Component 1: q3 (.795), q2 (.787), q1 (.758), q4 (.745)',
    ]) {
      expect(r.stdout).toContain(s);
    }
  });

  it('-f html draws the scree plot as SVG instead of text; text keeps the text plot', () => {
    const html = csat(['factor', FILE, '--items', 'q1..q12', '-f', 'html']).stdout;
    expect(html).toMatch(/<div class="chart"><svg [^>]*>[\s\S]*>Scree Plot<[\s\S]*<\/svg><\/div>/);
    expect(html).not.toContain('<pre>Scree Plot');
    expect(csat(['factor', FILE, '--items', 'q1..q12', '-f', 'html', '--no-scree']).stdout).not.toContain('<svg');
    const text = csat(['factor', FILE, '--items', 'q1..q12']).stdout;
    expect(text).toContain('Scree Plot');
    expect(text).not.toContain('<svg');
  });

  it('JSON keys are the contract of issue #4, numbers at full precision', () => {
    const ex = factorExpected(false);
    const r = csat(['efa', FILE, '--items', 'q1..q12', '-f', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout).results;
    for (const key of [
      'n', 'items', 'extraction', 'rotation', 'kmo', 'bartlett', 'determinant', 'eigenvalues', 'varianceExplained', 'communalities',
      'componentMatrix', 'rotatedComponentMatrix', 'transformationMatrix', 'rotationIterations', 'scoreCoefficients', 'assignment',
    ]) {
      expect(out).toHaveProperty(key);
    }
    expect(out.extraction).toBe('pc');
    expect(out.rotation).toBe('varimax');
    expect(out.eigenvalues.length).toBe(12);
    expect(Object.keys(out.varianceExplained)).toEqual(['initial', 'extraction', 'rotation']);
    expect(Object.keys(out.varianceExplained.initial[0])).toEqual(['total', 'percent', 'cumulative']);
    expect(Object.keys(out.communalities[0])).toEqual(['item', 'initial', 'extraction']);
    expect(out.rotatedComponentMatrix[0].item).toBe('q1');
    expectClose(out.rotatedComponentMatrix[7].loadings[2], ex.varimax.loadings[7][2], 1e-9, 1e-12, 'q8 RC3');
    expectClose(out.scoreCoefficients[0].coefficients[0], ex.varimax.scoreCoefficients[0][0], 1e-9, 1e-12, 'B');
    expect(out.transformationMatrix.length).toBe(3);
    expect(out.rotationIterations).toBe(ex.varimax.iterations);
    expect(out.assignment[0]).toMatchObject({ item: 'q1', component: 1 });
    expect(JSON.parse(r.stdout).warnings).toEqual([]);
  });

  it('--sort and --blank change the text only; JSON keeps every loading', () => {
    const text = csat(['factor', FILE, '--items', 'q1..q12', '--sort', '--blank', '0.4', '--no-scree']).stdout;
    expect(text).toContain('Loadings with an absolute value below .40 are not shown.');
    expect(text).not.toContain('Scree Plot');
    const rotated = text.slice(text.indexOf('Rotated Component Matrix'));
    expect(rotated.indexOf('│ q3 ')).toBeLessThan(rotated.indexOf('│ q1 '));
    const json = JSON.parse(csat(['factor', FILE, '--items', 'q1..q12', '--sort', '--blank', '0.4', '-f', 'json']).stdout).results;
    expect(json.rotatedComponentMatrix.every((r: { loadings: number[] }) => r.loadings.length === 3)).toBe(true);
  });

  it('promax: pattern, structure and component correlation matrices; PAF renames the tables', () => {
    const r = csat(['factor', FILE, '--items', 'q1..q12', '--rotation', 'promax', '--extraction', 'paf']);
    expect(r.code).toBe(0);
    for (const s of ['Pattern Matrix', 'Structure Matrix', 'Factor Correlation Matrix', 'Factor Matrix', 'Extraction Method: Principal Axis Factoring.', 'Rotation Method: Promax with Kaiser Normalization.', 'a. 3 factors extracted. 8 iterations required.', 'When factors are correlated']) {
      expect(r.stdout).toContain(s);
    }
    expect(r.stdout).not.toContain('Rotated Factor Matrix');
  });

  it('Chinese output uses SPSS Chinese-edition terms', () => {
    const r = csat(['factor', FILE, '--items', 'q1..q12', '--lang', 'zh']);
    for (const s of ['公因子方差', '初始', '提取', '总方差解释', '成分', '总计', '方差百分比', '累积 %', '初始特征值', '提取载荷平方和', '旋转载荷平方和', '成分矩阵', '旋转后的成分矩阵', '成分转换矩阵', '成分得分系数矩阵', '提取方法：主成分分析法。', '旋转方法：凯撒正态化最大方差法。']) {
      expect(r.stdout).toContain(s);
    }
  });

  it('--parallel reports the random eigenvalues and keeps 3 components', () => {
    const r = csat(['factor', FILE, '--items', 'q1..q12', '--parallel', '--seed', '3', '--replicates', '200', '-f', 'json']);
    const out = JSON.parse(r.stdout).results;
    expect(out.factors).toBe(3);
    expect(out.parallel.replicates).toBe(200);
    expect(out.parallel.quantile.length).toBe(12);
    expect(csat(['factor', FILE, '--items', 'q1..q12', '--parallel', '--replicates', '50']).stdout).toContain('Parallel Analysis');
  });

  it('--save-scores writes the rows with FAC1_1.. appended (blank for excluded rows), or only --id', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'csat-factor-'));
    const all = path.join(dir, 'all.csv');
    const r = csat(['factor', FILE, '--items', 'q1..q12', '--save-scores', all]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`written to ${all} (FAC1_1, FAC2_1, FAC3_1)`);
    const lines = readFileSync(all, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('id,w,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11,q12,FAC1_1,FAC2_1,FAC3_1');
    expect(lines.length).toBe(401);
    const ex = factorExpected(false);
    const first = lines[ex.rowsUsed[0]].split(',');
    expectClose(Number(first[14]), ex.scores.first[0][0], 1e-12, 1e-12, 'FAC1_1');
    expect(lines.filter((l) => l.endsWith(',,,')).length).toBe(400 - ex.n);
    const ids = path.join(dir, 'ids.csv');
    csat(['factor', FILE, '--items', 'q1..q12', '--save-scores', ids, '--id', 'id']);
    expect(readFileSync(ids, 'utf8').split('\n')[0]).toBe('id,FAC1_1,FAC2_1,FAC3_1');
    const refused = csat(['factor', FILE, '--items', 'q1..q12', '--save-scores', FILE]);
    expect(refused.code).toBe(2);
    expect(existsSync(FILE)).toBe(true);
  });

  it('--save-scores and -o naming one file (after resolving) is a usage error before any work', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'csat-factor-'));
    const out = path.join(dir, 'o.csv');
    const r = csat(['factor', FILE, '--items', 'q1..q12', '--save-scores', out, '-o', path.join(dir, '.', '..', path.basename(dir), 'o.csv')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^csat: --save-scores .* and --output .* are the same file, so one would replace the other; give two different files\n$/);
    expect(existsSync(out)).toBe(false);
    writeFileSync(out, 'kept\n');
    symlinkSync(out, path.join(dir, 'link.csv'));
    expect(csat(['factor', FILE, '--items', 'q1..q12', '--save-scores', path.join(dir, 'link.csv'), '-o', out]).code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('kept\n');
    // Standard output is one place too: the scores there need the report in a file.
    expect(csat(['factor', FILE, '--items', 'q1..q12', '--save-scores', '-']).code).toBe(2);
    expect(csat(['factor', FILE, '--items', 'q1..q12', '--save-scores', '-', '-o', '-']).code).toBe(2);
    const piped = csat(['factor', FILE, '--items', 'q1..q12', '--save-scores', '-', '-o', path.join(dir, 'r.txt')]);
    expect(piped.code).toBe(0);
    expect(piped.stdout.split('\n')[0]).toBe('id,w,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11,q12,FAC1_1,FAC2_1,FAC3_1');
    const ok = csat(['factor', FILE, '--items', 'q1..q12', '--save-scores', out, '-o', path.join(dir, 'report.txt')]);
    expect(ok.code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toContain('FAC1_1');
  });

  it('--save-scores on data that already hold FAC1_1.. adds the next set, FAC1_2.. (as SPSS names them)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'csat-factor-'));
    const [one, two, three] = ['one.csv', 'two.csv', 'three.csv'].map((f) => path.join(dir, f));
    expect(csat(['factor', FILE, '--items', 'q1..q12', '--save-scores', one]).code).toBe(0);
    const r = csat(['factor', one, '--items', 'q1..q12', '--save-scores', two]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`written to ${two} (FAC1_2, FAC2_2, FAC3_2)`);
    const header = readFileSync(two, 'utf8').split('\n')[0].split(',');
    expect(header.slice(-6)).toEqual(['FAC1_1', 'FAC2_1', 'FAC3_1', 'FAC1_2', 'FAC2_2', 'FAC3_2']);
    expect(new Set(header).size).toBe(header.length);
    csat(['factor', two, '--items', 'q1..q12', '--save-scores', three, '--id', 'FAC2_2']);
    // The next free set among all the input's columns, whichever are written with --id.
    expect(readFileSync(three, 'utf8').split('\n')[0]).toBe('FAC2_2,FAC1_3,FAC2_3,FAC3_3');
  });

  it('--save-scores of items near 1e-300 or 1e300: the scores of the ordinary-sized items, never an internal error, zeros or blanks', () => {
    const rows = ['2,5,1,3', '1,4,4,4', '4,2,1,4', '1,4,4,5', '3,3,2,2', '5,1,3,1', '2,2,5,3', '4,5,2,1', '3,1,4,2', '5,3,3,4', '1,1,1,2', '2,4,3,5'];
    const input = (e: string) => 'a,b,c,d\n' + rows.map((r) => r.split(',').map((v) => `${v}${e}`).join(',')).join('\n') + '\n';
    const dir = mkdtempSync(path.join(tmpdir(), 'csat-factor-'));
    const scores = (e: string) => {
      const out = path.join(dir, `s${e}.csv`);
      const r = csat(['factor', '-', '--items', 'a..d', '--factors', '2', '--save-scores', out], { input: input(e) });
      expect(r.code, e).toBe(0);
      return readFileSync(out, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').slice(4).map(Number));
    };
    const plain = scores('');
    expect(plain.flat().some((v) => Math.abs(v) > 0.1)).toBe(true);
    for (const e of ['e-300', 'e300', 'e305', 'e307']) {
      scores(e).forEach((row, i) => row.forEach((v, j) => expectClose(v, plain[i][j], 1e-9, 1e-12, `${e} score ${i},${j}`)));
    }
  });

  it('non-convergence is said as SPSS says it, loadings still printed', () => {
    const r = csat(['factor', FILE, '--items', 'q1..q12', '--iterate', '1', '--rconverge', '1e-12']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('a. Rotation failed to converge in 1 iterations.');
    expect(r.stderr).toContain('Rotation failed to converge in 1 iterations');
  });

  it('errors: usage (2) and singular matrices (1) in one sentence naming the items', () => {
    expect(csat(['factor', FILE, '--items', 'q1..q12', '--rotation', 'oblimin']).code).toBe(2);
    expect(csat(['factor', FILE, '--items', 'q1..q12', '--factors', '13']).code).toBe(2);
    expect(csat(['factor', FILE, '--items', 'q1..q12', '--factors', 'two']).stderr).toMatch(/--factors must be a whole number/);
    for (const blank of ['1', '1.5', '-0.1', 'x']) {
      const b = csat(['factor', FILE, '--items', 'q1..q12', '--blank', blank]);
      expect(b.code).toBe(2);
      expect(b.stderr.trim()).toBe(`csat: --blank must be a number of at least 0 and below 1, not '${blank}'`);
    }
    for (const bad of [['--iterate', '0'], ['--kappa', '0'], ['--rotation', 'nonsense'], ['--extraction', 'ml'], ['--econverge', '0']]) {
      const b = csat(['factor', FILE, '--items', 'q1..q12', ...bad]);
      expect(b.code).toBe(2);
      expect(b.stderr.trim().split('\n')).toHaveLength(1);
      expect(b.stderr).toContain(bad[0]);
    }
    const collinear = csat(['factor', '-', '--items', 'a..d'], { input: 'a,b,c,d\n1,2,5,3\n2,2,3,4\n3,3,4,6\n4,5,2,9\n5,4,1,9\n2,1,2,3\n' });
    expect(collinear.code).toBe(1);
    expect(collinear.stderr).toMatch(/d is a linear combination of a, b/);
    const few = csat(['factor', '-', '--items', 'a..d'], { input: 'a,b,c,d\n1,2,5,3\n2,2,3,4\n3,3,4,7\n' });
    expect(few.code).toBe(1);
    expect(few.stderr).toMatch(/only 3 respondents have complete answers, and 4 items need at least 5/);
  });
});

describe('csat factor messages in English and Chinese (built CLI)', () => {
  const constant = 'a,b,c,d\n1,3,5,3\n2,3,5,4\n3,3,5,7\n4,3,5,2\n5,3,5,2\n1,3,5,4\n';
  const collinear = 'a,b,c,d\n1,2,5,3\n2,2,3,4\n3,3,4,6\n4,5,2,9\n5,4,1,9\n2,1,2,3\n';
  const errors: [string[], string | undefined, number, string, string][] = [
    [['factor', FILE], undefined, 2, 'csat factor needs --items (for example --items Q1..Q12)', 'csat factor 需要 --items（例如 --items Q1..Q12）'],
    [['factor', FILE, '--items', 'q1..q12', '--extraction', 'ml'], undefined, 2, "--extraction must be pc or paf, not 'ml'", "--extraction 必须是 pc 或 paf，而不是 'ml'"],
    [
      ['factor', FILE, '--items', 'q1..q12', '--rotation', 'oblimin'],
      undefined,
      2,
      "--rotation must be varimax, quartimax, promax or none, not 'oblimin'",
      "--rotation 必须是 varimax、quartimax、promax 或 none，而不是 'oblimin'",
    ],
    [['factor', FILE, '--items', 'q1..q12', '--factors', '2', '--parallel'], undefined, 2, 'give either --factors or --parallel, not both', '请指定 --factors 或 --parallel 之一，不能同时指定'],
    [['factor', FILE, '--items', 'q1..q12', '--kappa', '0'], undefined, 2, "--kappa must be a number from 1 to 100, not '0'", "--kappa 必须是1 到 100 之间的数，而不是 '0'"],
    [['factor', FILE, '--items', 'q1..q12', '--replicates', '5'], undefined, 2, "--replicates must be a whole number from 10 to 100000, not '5'", "--replicates 必须是10 到 100000 之间的整数，而不是 '5'"],
    [
      ['factor', FILE, '--items', 'q1..q12', '--blank', '1'],
      undefined,
      2,
      "--blank must be a number of at least 0 and below 1, not '1'",
      "--blank 必须是不小于 0 且小于 1 的数，而不是 '1'",
    ],
    [['factor', FILE, '--items', 'q1..q12', '--id', 'id'], undefined, 2, '--id goes with --save-scores', '--id 须与 --save-scores 一起使用'],
    [
      ['factor', FILE, '--items', 'q1..q12', '--save-scores', 'same.csv', '-o', './same.csv'],
      undefined,
      2,
      '--save-scores same.csv and --output ./same.csv are the same file, so one would replace the other; give two different files',
      '--save-scores same.csv 与 --output ./same.csv 是同一个文件，后写的会覆盖先写的；请给出两个不同的文件',
    ],
    [
      ['factor', FILE, '--items', 'q1..q12', '--save-scores', '-'],
      undefined,
      2,
      '--save-scores - and the report would both go to standard output; write the report with -o FILE, or the scores to a file',
      '--save-scores - 与报告都会写到标准输出；请用 -o FILE 将报告写入文件，或将得分写入文件',
    ],
    [
      ['factor', FILE, '--items', 'q1..q12', '--factors', '13'],
      undefined,
      2,
      '--factors must be a whole number from 1 to 12 (the number of items), not 13',
      '--factors 必须是 1 到 12（项数）之间的整数，而不是 13',
    ],
    [
      ['factor', FILE, '--items', 'q1..q12', '--min-eigen', '100'],
      undefined,
      1,
      'no eigenvalue of the correlation matrix exceeds 100, so no component is extracted; give --factors N',
      '相关性矩阵没有大于 100 的特征值，因此未提取任何成分；请用 --factors N 指定成分数',
    ],
    [
      ['factor', '-', '--items', 'a..d'],
      constant,
      1,
      'the correlation matrix cannot be computed: b (always 3), c (always 5) have the same answer from every respondent used (no variance); remove them from --items',
      '无法计算相关性矩阵：所用的每个个案对这些项的回答都相同（没有方差）：b（始终为 3）、c（始终为 5）；请将它们从 --items 中移除',
    ],
    [
      ['factor', '-', '--items', 'a..d'],
      collinear,
      1,
      'the correlation matrix is singular (not positive definite): d is a linear combination of a, b (R squared = 1.0000000000); remove one of these items from --items',
      '相关性矩阵为奇异矩阵（不是正定矩阵）：d 是 a、b 的线性组合（R 方 = 1.0000000000）；请从 --items 中移除其中一项',
    ],
  ];
  it.each(errors)('%j: the same exit code and one line in each language', (args, input, code, en, zh) => {
    expectMessageInBothLanguages(args, input, code, en, zh);
  });

  const warnings: [string[], string, string][] = [
    [['--factors', '1'], 'Only one component was extracted. The solution cannot be rotated.', '只提取了一个成分。无法旋转此解。'],
    [['--iterate', '1', '--rconverge', '1e-12'], 'Rotation failed to converge in 1 iterations', '旋转未能在 1 次迭代中收敛'],
    [
      ['--extraction', 'paf', '--iterate', '1', '--rotation', 'none'],
      'Attempted to extract 3 factors. More than 1 iterations required (the largest communality change in the last one was 0.0984, above ECONVERGE 0.001). Extraction was terminated and, as in SPSS, no loadings are shown; allow more iterations with --iterate 100',
      '尝试提取 3 个因子。需要超过 1 次迭代（最后一次迭代中公因子方差的最大变化为 0.0984，大于 ECONVERGE 0.001）。提取已终止，与 SPSS 一样不显示载荷；可用 --iterate 100 允许更多次迭代',
    ],
  ];
  it.each(warnings)('warning %j in each language, on stderr and in the JSON alike', (extra, en, zh) => {
    const args = ['factor', FILE, '--items', 'q1..q12', ...extra];
    const e = csat(args);
    expect(e.code).toBe(0);
    expect(e.stderr).toBe(`csat: warning: ${en}\n`);
    const z = csat([...args, '--lang', 'zh']);
    expect(z.code).toBe(0);
    expect(z.stderr).toBe(`csat: 警告: ${zh}\n`);
    expect(JSON.parse(csat([...args, '--lang', 'zh', '-f', 'json']).stdout).warnings).toEqual([zh]);
    expect(JSON.parse(csat([...args, '--lang', 'en', '-f', 'json']).stdout).warnings).toEqual([en]);
  });
});

describe('principal axis factoring that needs more than ITERATE iterations (SPSS terminates the extraction)', () => {
  // fixtures/oracle/factor.R: SPSS's PAF loop in R needs 195 iterations for four factors; after 25 the
  // largest communality change is still above .001, and psych::fa(fm = "pa", max.iter = 25) warns too.
  const ref = JSON.parse(readFileSync('fixtures/expected/factor-paf-terminated.json', 'utf8'));
  const args = ['factor', FILE, '--items', 'q1..q12', '--extraction', 'paf', '--factors', String(ref.factors)];
  it('prints SPSS\'s footnote, no loadings and a hint naming --iterate; JSON has null loadings', () => {
    expect(ref.converged).toBe(false);
    expect(ref.psychWarning).toMatch(/maximum iteration exceeded/);
    const r = csat(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`a. Attempted to extract 4 factors. More than 25 iterations required. (Convergence=${(ref.change as number).toFixed(3).replace(/^0/, '')}). Extraction was terminated.`);
    expect(r.stdout).toContain('Allow more iterations with --iterate 100 (SPSS /CRITERIA ITERATE(100)).');
    expect(r.stdout).not.toMatch(/Rotated Factor Matrix|Factor Score Coefficient Matrix|Factor Transformation Matrix/);
    const factorRows = r.stdout.slice(r.stdout.indexOf('Factor Matrix')).split('\n').filter((l) => /^│ q\d/.test(l));
    expect(factorRows).toHaveLength(12);
    for (const row of factorRows) expect(row).not.toMatch(/\d\.\d|\.\d/);
    const j = JSON.parse(csat([...args, '-f', 'json']).stdout).results;
    expect(j.extractionConverged).toBe(false);
    expect(j.extractionIterations).toBe(25);
    expectClose(j.extractionChange, ref.change, 1e-9);
    expect(j.componentMatrix).toBeNull();
    expect(j.rotatedComponentMatrix).toBeNull();
    expect(j.scoreCoefficients).toBeNull();
    expect(j.assignment).toBeNull();
    expect(j.varianceExplained.extraction).toBeNull();
    expect(j.communalities.every((c: { extraction: number | null }) => c.extraction === null)).toBe(true);
    const zh = csat([...args, '--lang', 'zh']);
    expect(zh.stdout).toContain('a. 尝试提取 4 个因子。需要超过 25 次迭代。');
    expect(zh.stdout).toContain('可用 --iterate 100 允许更多次迭代（SPSS /CRITERIA ITERATE(100)）。');
  });
  it('with --iterate as many as it needs, the loadings are back; --save-scores without them is refused', () => {
    const ok = JSON.parse(csat([...args, '--iterate', String(ref.iterationsToConverge), '-f', 'json']).stdout).results;
    expect(ok.extractionConverged).toBe(true);
    expect(ok.extractionIterations).toBe(ref.iterationsToConverge);
    expect(ok.componentMatrix).toHaveLength(12);
    const short = JSON.parse(csat([...args, '--iterate', String(ref.iterationsToConverge - 1), '-f', 'json']).stdout).results;
    expect(short.componentMatrix).toBeNull();
    const dir = mkdtempSync(path.join(tmpdir(), 'csat-paf-'));
    const scores = path.join(dir, 's.csv');
    const e = csat([...args, '--save-scores', scores]);
    expect(e.code).toBe(1);
    expect(e.stderr).toBe('csat: --save-scores: no factor scores, because the extraction was terminated after 25 iterations; allow more with --iterate 100\n');
    expect(existsSync(scores)).toBe(false);
  });
});
