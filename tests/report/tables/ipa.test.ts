import { describe, expect, it } from 'vitest';
import { runIpa } from '../../../src/analyses/ipa.js';
import { ipaBlocks } from '../../../src/report/tables/ipa.js';
import { axisDecimals } from '../../../src/report/ipa-decimals.js';
import type { IpaResult } from '../../../src/analyses/ipa.js';
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
  it('shows enough decimals that each quadrant can be read off the numbers', () => {
    // Telephone survey: att3 (3.5558) is below the cross-hair 3.55633, att1 (3.5628) above it. At 2 or
    // 3 decimals att3 and the cross-hair print alike (3.56, 3.556); 4 decimals tell them apart.
    expect(axisDecimals([3.5628, 3.5558, 3.514], 3.55633)).toBe(4);
    expect(axisDecimals([3.1, 3.9], 3.5)).toBe(3);
    // An item exactly on the cross-hair (it counts as high) needs no more decimals; 6 at most.
    expect(axisDecimals([3.5, 3.9], 3.5)).toBe(3);
    expect(axisDecimals([1 + 1e-12], 1)).toBe(6);
    const r: IpaResult = {
      ...result,
      crosshair: { importance: 5, performance: 3.55633 },
      items: result.items.map((x, k) => ({ ...x, performance: k === 0 ? 3.5558 : 3.6 })),
    };
    const main = tables(ipaBlocks(r, 'en'))[0];
    expect(main.columns[2].decimals).toBe(4);
    expect(main.footnotes?.[1]).toContain('performance 3.5563 (mean)');
  });
});
