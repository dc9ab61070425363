import { describe, expect, it } from 'vitest';
import { runIpa } from '../../../src/analyses/ipa.js';
import { ipaBlocks } from '../../../src/report/tables/ipa.js';
import type { Block } from '../../../src/report/table.js';
import { readIndexFixture } from '../../helpers/index-fixture.js';

const items = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'];
const { result } = runIpa(readIndexFixture(), { items, importance: { method: 'stated', columns: items.map((i) => `imp_${i}`) } });
const tables = (blocks: Block[]) => blocks.filter((b) => b.kind === 'table') as Extract<Block, { kind: 'table' }>[];

describe('ipa tables', () => {
  it('the item table, the quadrant lists and the terminal chart', () => {
    const blocks = ipaBlocks(result, 'en');
    const [main, quads] = tables(blocks);
    expect(main.columns.map((c) => c.header)).toEqual(['Item', 'Importance', 'Performance', 'Quadrant', 'Distance']);
    expect(main.rows.length).toBe(6);
    expect(quads.rows.map((r) => r[0])).toEqual(['Keep up the good work', 'Concentrate here', 'Low priority', 'Possible overkill']);
    const chart = blocks.find((b) => b.kind === 'text') as { text: string };
    expect(chart.text).toContain('Importance-Performance Map');
    for (const it of items) expect(chart.text).toContain(it);
    expect(ipaBlocks(result, 'en', { chart: false }).some((b) => b.kind === 'text')).toBe(false);
  });
  it('in Chinese', () => {
    const quads = tables(ipaBlocks(result, 'zh'))[1];
    expect(quads.rows.map((r) => r[0])).toEqual(['优势区', '修补区', '机会区', '维持区']);
  });
});
