/** A tiny report exercising every feature of the table model, shared by the renderer tests. */
import { heading, list, table, text, type Report } from '../../src/report/table.js';

export function demoReport(lang: 'en' | 'zh' = 'en'): Report {
  const zh = lang === 'zh';
  return {
    command: 'demo',
    warnings: ['2 cells were read as missing'],
    results: { alpha: 0.8123456789, eigenvalues: [2.5, 1.25, 0.25] },
    blocks: [
      table({
        id: 'total-variance',
        title: zh ? '总方差解释' : 'Total Variance Explained',
        columns: [
          { header: zh ? '成分' : 'Component', kind: 'label' },
          { header: zh ? '总计' : 'Total' },
          { header: zh ? '方差百分比' : '% of Variance' },
          { header: zh ? '累积 %' : 'Cumulative %' },
          { header: 'N', style: 'int' },
          { header: zh ? '校正后的项与总计相关性' : 'Corrected Item-Total Correlation' },
        ],
        groups: [
          { label: '', span: 1 },
          { label: zh ? '初始特征值' : 'Initial Eigenvalues', span: 3 },
          { label: '', span: 2 },
        ],
        rows: [
          ['1', 2.5, 62.5, 62.5, 120, { value: 0.4821, suffix: '**' }],
          [zh ? '满意度，"总体"' : 'Q2, "overall"\nsatisfaction', 1.25, 31.25, 93.75, 118, -0.05],
          ['3', { value: 0.25, decimals: 1 }, 6.25, 100, { value: 97.5, style: 'int' }, null],
          ['p', { value: 0.0004, style: 'sig' }, { value: 0.0005, style: 'sig' }, '—', 7, { value: 12345.6789 }],
        ],
        footnotes: [zh ? '提取方法：主成分分析法。' : 'Extraction Method: Principal Component Analysis.', 'a. Only 3 components.'],
      }),
      text(zh ? '结论：可靠性良好。' : 'Verdict: reliable.'),
      text('chart line 1\n  chart | line 2'),
      text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle cx="5" cy="5" r="4"/></svg>'),
      table({
        id: 'plain',
        title: 'Reliability Statistics',
        columns: [{ header: "Cronbach's Alpha" }, { header: 'N of Items', style: 'int' }],
        rows: [[0.8123456789, 6]],
      }),
    ],
  };
}

/** A report in sections: headings, a findings list shown at the top of the HTML page, a table. */
export function outlineReport(): Report {
  return {
    command: 'analyze',
    warnings: [],
    results: null,
    blocks: [
      heading('Step 1. Sample', 'step-1'),
      table({ id: 'sample', title: 'Sample', columns: [{ header: '', kind: 'label' }, { header: 'N', style: 'int' }], rows: [['Rows', 98]] }),
      heading('Details <b>& more</b>', 'step-"2"', 3),
      text('KMO = .748: middling.\nBartlett: p < .001.'),
      heading('Step 7. Summary', 'step-7'),
      list(['Reliable: *all* items.', '- a dash, <i>markup</i> & a\nbroken line'], 'Summary of findings'),
      list(['plain list']),
    ],
  };
}
