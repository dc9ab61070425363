import { describe, expect, it } from 'vitest';
import { sourceFromBuffer } from '../../../src/data/read.js';
import { toDataset } from '../../../src/data/convert.js';
import { runDescribe } from '../../../src/analyses/describe.js';
import { describeBlocks } from '../../../src/report/tables/describe.js';
import type { Block } from '../../../src/report/table.js';

type TableBlock = Extract<Block, { kind: 'table' }>;
const tables = (blocks: Block[]) => blocks.filter((b) => b.kind === 'table') as TableBlock[];
const frequencyTable = (blocks: Block[], name: string) => tables(blocks).find((b) => b.id === `frequencies-${name}`)!;

function blocksFor(csv: string, names: string[], missing: number[] = []) {
  const ds = toDataset(sourceFromBuffer(Buffer.from(csv), 'mem.csv'), names, { missing });
  return describeBlocks(runDescribe(ds), 'en', { frequencies: true });
}

describe('describe tables', () => {
  it('a variable without a valid value has no Valid block, only Missing System and Total (as SPSS prints it)', () => {
    const t = frequencyTable(blocksFor('a,b\n,1\n,2\n', ['a']), 'a');
    expect(t.rows).toEqual([
      ['Missing', 'System', 2, 100, null, null],
      ['Total', '', 2, 100, null, null],
    ]);
  });

  it('a string column is left out of Descriptive Statistics but has its frequency table', () => {
    const blocks = blocksFor('g,x\nmale,1\nfemale,2\nmale,3\n', ['g', 'x']);
    const desc = tables(blocks).find((b) => b.id === 'descriptive-statistics')!;
    expect(desc.rows.map((r) => r[0])).toEqual(['x', 'Valid N (listwise)']);
    expect(frequencyTable(blocks, 'g').rows.slice(0, 2).map((r) => [r[1], r[2]])).toEqual([
      ['female', 1],
      ['male', 2],
    ]);
  });
});

describe('user-missing codes in frequency tables', () => {
  it('each code that occurs, ascending, then System, then a Missing Total (SPSS FREQUENCIES)', () => {
    const t = frequencyTable(blocksFor('q\n1\n99\n-3\n\n2\n-3\n', ['q'], [-3, 99]), 'q');
    expect(t.rows.slice(3)).toEqual([
      ['Missing', '-3', 2, (100 * 2) / 6, null, null],
      ['', '99', 1, (100 * 1) / 6, null, null],
      ['', 'System', 1, (100 * 1) / 6, null, null],
      ['', 'Total', 4, (100 * 4) / 6, null, null],
      ['Total', '', 6, 100, null, null],
    ]);
  });

  it('one missing category: no Missing Total row', () => {
    const t = frequencyTable(blocksFor('q\n1\n-3\n2\n', ['q'], [-3]), 'q');
    expect(t.rows.slice(3)).toEqual([
      ['Missing', '-3', 1, 100 / 3, null, null],
      ['Total', '', 3, 100, null, null],
    ]);
  });
});

describe('value labels', () => {
  it('numeric codes named by --labels show their labels in the frequency table and the results (SPSS VALUE LABELS)', () => {
    const ds = toDataset(sourceFromBuffer(Buffer.from('q\n1\n2\n3\n2\n'), 'numlab.csv'), ['q'], {
      labels: new Map([['差', 1], ['一般', 2], ['好', 3]]),
    });
    const result = runDescribe(ds);
    expect(result.variables[0].frequencies.map((f) => [f.value, f.label])).toEqual([
      [1, '差'],
      [2, '一般'],
      [3, '好'],
    ]);
    const t = frequencyTable(describeBlocks(result, 'en', { frequencies: true }), 'q');
    expect(t.rows.map((r) => [r[1], r[2]])).toEqual([
      ['差', 1],
      ['一般', 2],
      ['好', 1],
      ['Total', 4],
    ]);
  });
});
