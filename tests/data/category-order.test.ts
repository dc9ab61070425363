import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { collate, isBanded, naturalOrder } from '../../src/data/category-order.js';
import { sourceFromBuffer } from '../../src/data/read.js';
import { toDataset } from '../../src/data/convert.js';
import { groupingOf } from '../../src/analyses/grouping.js';

/** R's natural_levels (fixtures/oracle/common.R, run by fixtures/oracle/data.R) on the telephone survey's income bands. */
const oracle = JSON.parse(readFileSync(path.resolve(__dirname, '../../fixtures/expected/data-convert.json'), 'utf8'));


describe('natural category order', () => {
  it('bands of years come out in their order, not collation order (issue 13)', () => {
    const bands = ['1年以下', '1-3年', '3-5年', '5年以上'];
    expect([...bands].sort(collate)).not.toEqual(bands); // what csat printed before
    expect(naturalOrder(['5年以上', '3-5年', '1年以下', '1-3年'])).toEqual(bands);
    expect(naturalOrder(['20岁以下', '41岁及以上', '20-30岁', '31-40岁'])).toEqual(['20岁以下', '20-30岁', '31-40岁', '41岁及以上']);
    expect(naturalOrder(['1次', '不到1次'])).toEqual(['不到1次', '1次']);
  });

  it('English bands: under/less than before, over/or more/+ after, thousands separators read', () => {
    expect(naturalOrder(['2000-3999', 'Under 2000', '8000 or more', '4000-5999', '6000-7999'])).toEqual(oracle.telephone.categories.income.labels);
    expect(naturalOrder(['55+', '18-24', '25-34'])).toEqual(['18-24', '25-34', '55+']);
    expect(naturalOrder(['more than 10 years', 'less than 1 year', '1-10 years'])).toEqual(['less than 1 year', '1-10 years', 'more than 10 years']);
    expect(naturalOrder(['$10,000 or more', '$2,500-$9,999', 'Less than $2,500'])).toEqual(['Less than $2,500', '$2,500-$9,999', '$10,000 or more']);
    expect(naturalOrder(['１０年以上', '２年'])).toEqual(['２年', '１０年以上']);
  });

  it('texts without a number keep Chinese collation order (pinyin, numbers by value), as R and SPSS sort them', () => {
    expect(naturalOrder(['女', '男'])).toEqual(['男', '女']);
    expect(naturalOrder(['从不', '1次', '2-3次'])).toEqual(['1次', '2-3次', '从不']);
    expect(isBanded(['从不', '1次'])).toBe(false);
    expect(isBanded(['1次'])).toBe(false);
  });

  it('describe/crosstab codes (the data layer) and ttest/anova groups (grouping) follow it', () => {
    const csv = 'tenure,x\n5年以上,1\n1-3年,2\n1年以下,3\n3-5年,4\n1-3年,5\n';
    const ds = toDataset(sourceFromBuffer(Buffer.from(csv), 't.csv'), ['tenure', 'x']);
    expect([...ds.variables[0].labels.values()]).toEqual(['1年以下', '1-3年', '3-5年', '5年以上']);
    expect(Array.from(ds.variables[0].values)).toEqual([4, 2, 1, 3, 2]);
    const g = groupingOf(ds, 'tenure');
    expect(g.levels.map((l) => l.label)).toEqual(['1年以下', '1-3年', '3-5年', '5年以上']);
    expect(Array.from(g.codes)).toEqual([3, 1, 0, 2, 1]);
    // Texts that are no bands keep the groups' first-appearance order there.
    const age = toDataset(sourceFromBuffer(Buffer.from('age,x\n青年,1\n老年,2\n中年,3\n'), 't.csv'), ['age', 'x']);
    expect(groupingOf(age, 'age').levels.map((l) => l.label)).toEqual(['青年', '老年', '中年']);
  });
});
