import { describe, expect, it } from 'vitest';
import { LABEL_WIDTH, labelReport, shortenLabel, shownNames } from '../../src/report/naming.js';
import { displayWidth } from '../../src/report/width.js';
import { table, text, type Report } from '../../src/report/table.js';
import { meansSvg } from '../../src/report/svg/means.js';
import { betaSvg } from '../../src/report/svg/betas.js';
import { renderText } from '../../src/report/render/text.js';

const report = (blocks: Report['blocks']): Report => ({ command: 'describe', blocks, results: {}, warnings: [] });
const firstTable = (r: Report) => r.blocks[0] as Extract<Report['blocks'][number], { kind: 'table' }>;

describe('shortenLabel', () => {
  it('keeps a label that fits whole', () => {
    expect(shortenLabel('贵行的服务态度很好')).toBe('贵行的服务态度很好');
    expect(shortenLabel('总体而言，您对本行的服务满意吗？')).toBe('总体而言，您对本行的服务满意吗？'); // 32 columns
  });

  it("shows a matrix question's row by its statement (Qualtrics, SurveyMonkey and Google Forms forms)", () => {
    expect(shortenLabel('How much do you agree with each statement? - The staff were friendly')).toBe('The staff were friendly');
    expect(shortenLabel('How much do you agree with each statement? [Service was fast]')).toBe('Service was fast');
  });

  it('cuts a long label after its last whole word that leaves room for the ellipsis, never inside a word', () => {
    const label = 'Thinking about your most recent visit, how satisfied were you with the waiting time';
    const s = shortenLabel(label)!;
    expect(s).toBe('Thinking about your most recent visit…');
    expect(displayWidth(s)).toBeLessThanOrEqual(LABEL_WIDTH);
    expect(label.startsWith(s.slice(0, -1))).toBe(true);
    expect(label[s.length - 1]).toMatch(/[\s,]/); // the cut falls at a boundary
  });

  it('cuts Chinese between words (ICU segmentation), not inside one', () => {
    const label = '请您根据最近一次到本行网点办理业务的实际感受评价大堂经理的服务态度';
    const s = shortenLabel(label)!;
    expect(s.endsWith('…')).toBe(true);
    expect(displayWidth(s)).toBeLessThanOrEqual(LABEL_WIDTH);
    expect(label.startsWith(s.slice(0, -1))).toBe(true);
    // The words of the dictionary segmentation: the cut is at one of their ends.
    const ends = new Set([...new Intl.Segmenter('zh', { granularity: 'word' }).segment(label)].map((x) => x.index + x.segment.length));
    expect(ends.has(s.length - 1)).toBe(true);
  });

  it('shortens a 1 MB label quickly, as it shortens its start', () => {
    const huge = '服务态度 '.repeat(200_000);
    const t0 = Date.now();
    expect(shortenLabel(huge)).toBe(shortenLabel(huge.slice(0, 400)));
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('drops punctuation before the ellipsis and gives null when even the first word is too wide', () => {
    expect(shortenLabel('Overall, how satisfied are you, all things considered, with us', 20)).toBe('Overall, how…');
    expect(shortenLabel('Supercalifragilisticexpialidocious-and-more', 20)).toBeNull();
  });
});

describe('shownNames', () => {
  it('shows two labels that would shorten alike by their names', () => {
    const stem = 'Please rate how much you agree that the branch staff';
    const shown = shownNames([
      { name: 'a', label: `${stem} were friendly to you` },
      { name: 'b', label: `${stem} answered your questions` },
      { name: 'c', label: 'Overall' },
    ]);
    expect(shown.get('a')!.shown).toBe('a');
    expect(shown.get('b')!.shown).toBe('b');
    expect(shown.get('c')).toMatchObject({ shown: 'Overall', shortened: false });
  });
});

describe('labelReport', () => {
  const vars = [
    { name: 'Q3', label: '贵行的服务态度很好' },
    { name: 'Q10', label: '总体满意' },
    { name: 'Q3_1', label: 'How much do you agree with each statement? - The staff were friendly' },
  ];
  const t = table({
    id: 'x',
    title: 'Q3 * Q10 Crosstabulation',
    columns: [{ header: '', kind: 'label' }, { header: 'Q10' }, { header: 'Q3' }],
    groups: [{ label: '', span: 1 }, { label: 'Q3_1', span: 2 }],
    rows: [
      ['Q3', 1, 'Q3'],
      ['Q3 (reversed)', 2, null],
      [{ value: 'Q3_1' }, 3, null],
      ['Q30', 4, null],
      ['Q3_12', 5, null],
    ],
    footnotes: ['a. Dependent Variable: Q10.'],
  });

  it('puts labels where a labelled name stands as a whole token, and only in label columns, titles, headers and notes', () => {
    const r = firstTable(labelReport(report([t]), vars, { names: false, lang: 'en' }));
    expect(r.title).toBe('贵行的服务态度很好 * 总体满意 Crosstabulation');
    expect(r.columns.map((c) => c.header)).toEqual(['', '总体满意', '贵行的服务态度很好']);
    expect(r.groups![1].label).toBe('The staff were friendly');
    expect(r.rows.map((row) => row[0])).toEqual(['贵行的服务态度很好', '贵行的服务态度很好 (reversed)', { value: 'The staff were friendly' }, 'Q30', 'Q3_12']);
    expect(r.rows[0][2]).toBe('Q3'); // a number column's text is not a variable's row label
    expect(r.footnotes).toEqual(['a. Dependent Variable: 总体满意.', 'Q3_1: statements of the question "How much do you agree with each statement?"']);
  });

  it('gives the full label of a cut one in a footnote, in the output language', () => {
    const long = '请您根据最近一次到本行网点办理业务的实际感受评价大堂经理的服务态度';
    const r = firstTable(labelReport(report([table({ id: 'y', title: 'T', columns: [{ header: '', kind: 'label' }], rows: [['Q9']] })]), [{ name: 'Q9', label: long }], { names: false, lang: 'zh' }));
    expect(String(r.rows[0][0]).endsWith('…')).toBe(true);
    expect(r.footnotes).toEqual([`Q9（完整标签）：${long}`]);
  });

  it('--names leaves the report as built', () => {
    const rep = report([t]);
    expect(labelReport(rep, vars, { names: true, lang: 'en' })).toBe(rep);
    expect(labelReport(rep, [], { names: false, lang: 'en' })).toBe(rep);
  });

  it('keeps names on a chart and adds a legend name: label inside the SVG, which grows by its lines', () => {
    const svg = meansSvg([{ name: 'Q3', mean: 3.2, sd: 1 }, { name: 'Q10', mean: 3.9, sd: 0.8 }], [1, 5], 'en');
    const out = labelReport(report([text(svg)]), vars, { names: false, lang: 'en' }).blocks[0] as { text: string };
    expect(out.text).toContain('>Q3</text>');
    expect(out.text).toContain('>Q3: 贵行的服务态度很好</text>');
    expect(out.text).toContain('>Q10: 总体满意</text>');
    expect(out.text).not.toContain('Q3_1:');
    const height = (s: string) => Number(/height="(\d+)"/.exec(s)![1]);
    expect(height(out.text)).toBeGreaterThan(height(svg) + 2 * 18 - 1);
    expect(out.text).toMatch(new RegExp(`viewBox="0 0 720 ${height(out.text)}"`));
    expect(out.text.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('adds legend lines under a chart laid out in characters, and leaves other text alone', () => {
    const out = labelReport(report([{ kind: 'text', chart: true, text: 'IPA\n  Q3 o\n' }, text('Q3 is the weakest item.')]), vars, { names: false, lang: 'zh' });
    expect((out.blocks[0] as { text: string }).text).toBe('IPA\n  Q3 o\nQ3：贵行的服务态度很好\n');
    expect((out.blocks[1] as { text: string }).text).toBe('Q3 is the weakest item.');
  });

  it('names the variables of a chart title in the legend too ("Drivers of Q10")', () => {
    const svg = betaSvg([{ predictor: 'Q3', beta: 0.4, p: 0.01 }], 'Q10', 'en');
    const out = (labelReport(report([text(svg)]), vars, { names: false, lang: 'en' }).blocks[0] as { text: string }).text;
    expect(out).toContain('>Drivers of Q10: standardized coefficients (Beta)</text>');
    expect(out).toContain('>Q3: 贵行的服务态度很好</text>');
    expect(out).toContain('>Q10: 总体满意</text>');
  });
});

describe('labelled tables and charts (snapshots)', () => {
  const vars = [
    { name: 'Q3_1', label: 'How much do you agree with each statement? - The staff were friendly' },
    { name: 'Q3_2', label: 'How much do you agree with each statement? - Service was fast' },
    { name: 'Q9', label: '请您根据最近一次到本行网点办理业务的实际感受评价大堂经理的服务态度' },
  ];
  const t = table({
    id: 'item-statistics',
    title: 'Item Statistics',
    columns: [{ header: '', kind: 'label' }, { header: 'Mean', decimals: 2 }, { header: 'N', style: 'int' }],
    rows: [['Q3_1', 3.164, 95], ['Q3_2', 3.05, 95], ['Q9', 2.98, 95], ['Q10', 3.1, 95]],
  });

  it('text table: short forms, width capped, notes in full', () => {
    const out = renderText(labelReport(report([t]), vars, { names: false, lang: 'en' }), { lang: 'en', color: false });
    expect(out).toMatchSnapshot();
  });

  it('SVG: names on the axis, legend under it', () => {
    const svg = meansSvg([{ name: 'Q3_1', mean: 3.16, sd: 1.24 }, { name: 'Q9', mean: 2.98, sd: 1.03 }], [1, 5], 'zh');
    expect((labelReport(report([text(svg)]), vars, { names: false, lang: 'zh' }).blocks[0] as { text: string }).text).toMatchSnapshot();
  });
});
