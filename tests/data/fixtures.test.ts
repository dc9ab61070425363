import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSource } from '../../src/data/read.js';
import { selectColumns } from '../../src/data/select.js';
import { toDataset } from '../../src/data/convert.js';
import { labelMapFromObject } from '../../src/data/labels.js';
import { parseStudy } from '../../src/data/study.js';

const root = path.resolve(__dirname, '../..');
const fx = (f: string): string => path.join(root, 'fixtures', f);

function files(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p, base) : [path.relative(base, p)];
  });
}

describe('fixture generator', () => {
  it('rewrites every committed file byte for byte', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'csat-fixtures-'));
    execFileSync(process.execPath, [fx('make-fixtures.mjs'), out]);
    const made = files(out).sort();
    expect(made).toContain('bank-survey.csv');
    expect(made).toContain('edge/utf16be-bom.csv');
    for (const f of made) expect([f, readFileSync(path.join(out, f)).equals(readFileSync(fx(f)))]).toEqual([f, true]);
  });
});

describe('bundled surveys and their study files', () => {
  it('bank survey: 98 returned of 145, 93 complete, five scales, GBK', async () => {
    const study = parseStudy(readFileSync(fx('bank-survey.yml'), 'utf8'), 'bank-survey.yml');
    expect(study.distributed).toBe(145);
    const src = await readSource(fx(study.data!));
    expect(src.encoding).toBe('gb18030');
    expect(src.rows).toBe(98);
    const items = selectColumns(src.names, (study.items as string[]).join(','), 'items');
    expect(items).toHaveLength(12);
    const scales = Object.entries(study.scales!).map(([k, v]) => [k, selectColumns(src.names, (v as string[]).join(','), k)]);
    expect(scales).toEqual([
      ['银行形象', ['Q1', 'Q2']],
      ['银行产品', ['Q3', 'Q4', 'Q5']],
      ['客户关系', ['Q6', 'Q7']],
      ['服务质量', ['Q8', 'Q9', 'Q10']],
      ['网点环境', ['Q11', 'Q12']],
    ]);
    const ds = toDataset(src, [...items, study.outcome!, ...(study.demographics as string[])], {
      missing: study.missing,
      labels: labelMapFromObject(study.labels, 'labels'),
      reverse: study.reverse as string[],
      scaleRange: study.scaleRange,
      weight: study.weight,
    });
    expect(ds.variables.slice(0, 13).every((v) => v.kind === 'labelled' && v.labelSet === 'user')).toBe(true);
    const complete = Array.from({ length: src.rows }, (_, i) => ds.variables.slice(0, 13).every((v) => !Number.isNaN(v.values[i])));
    expect(complete.filter(Boolean)).toHaveLength(93);
    expect(ds.recodes).toEqual([{ kind: 'reverse', variable: 'Q7', min: 1, max: 5, rangeSource: 'scale-range' }]);
    expect(ds.warnings).toEqual([]);
  });

  it('telephone survey: 430 respondents, two scales, five demographics', async () => {
    const study = parseStudy(readFileSync(fx('telephone-survey.yml'), 'utf8'), 'telephone-survey.yml');
    const src = await readSource(fx(study.data!));
    expect(src.rows).toBe(430);
    expect(selectColumns(src.names, (study.items as string[]).join(','), 'items')).toHaveLength(9);
    const demo = selectColumns(src.names, (study.demographics as string[]).join(','), 'demographics');
    const ds = toDataset(src, demo, {});
    expect(ds.variables.map((v) => v.kind)).toEqual(['string', 'string', 'string', 'string', 'string']);
  });
});
