/**
 * `csat reliability` (alias `alpha`): Cronbach's alpha as SPSS RELIABILITY prints it, for one
 * scale (--items) or several (--scale "Name=Q1,Q2" repeated, or --scales FILE), plus Feldt's
 * interval, omega total and a verdict line.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { runReliability, type MissingMode } from '../analyses/reliability.js';
import { reliabilityBlocks } from '../report/tables/reliability.js';
import { InputError, UsageError } from '../errors.js';
import { msg, type MessageRef } from '../report/i18n.js';
import '../report/labels/reliability.js';
import { action, checkOutputOptions, emit, inputOptions, langOf, loadData, outputOptions, type CommonOptions } from './common.js';

interface ReliabilityOptions extends CommonOptions {
  items?: string;
  scale: string[];
  scales?: string;
  ci: string;
  verdict: boolean;
  missingMode: string;
}

/** The name SPSS gives a scale made of the listed variables. */
export const DEFAULT_SCALE_NAME = 'ALL VARIABLES';

/** A scale as the command line or a scales file gives it: a name and a column spec (names, A..B runs, globs). */
interface ScaleSource {
  name: string;
  spec: string;
  /** Where it came from, for messages. */
  option: string | MessageRef;
}

const itemsSchema = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
const mapSchema = z.record(z.string().min(1), itemsSchema);
const listSchema = z.array(z.strictObject({ name: z.string().min(1), items: itemsSchema })).min(1);
const scalesFileSchema = z.union([z.looseObject({ scales: z.union([mapSchema, listSchema]) }), mapSchema, listSchema]);

/** "Name=Q1,Q2" or "Name=Q3..Q5" -> a scale. */
export function parseScaleOption(value: string): ScaleSource {
  const eq = value.indexOf('=');
  const name = eq > 0 ? value.slice(0, eq).trim() : '';
  const spec = eq > 0 ? value.slice(eq + 1).trim() : '';
  if (!name || !spec) throw new UsageError(msg('reliability.err.scaleOption', { value }));
  return { name, spec, option: `--scale ${name}` };
}

/** Scales from a JSON or YAML file: {Name: [Q1, Q2]}, [{name, items}], or a study file's `scales:`. */
export async function readScalesFile(file: string): Promise<ScaleSource[]> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(msg('reliability.err.cannotReadScales', { file, why: code === 'ENOENT' ? msg('data.noSuchFile') : (e as Error).message }));
  }
  let data: unknown;
  try {
    data = parseYaml(source.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UsageError(msg('reliability.err.scalesNotYaml', { file, detail: (e as Error).message.split('\n')[0] }));
  }
  const parsed = scalesFileSchema.safeParse(data);
  if (!parsed.success) {
    throw new UsageError(msg('reliability.err.scalesShape', { file }));
  }
  type Scales = z.infer<typeof mapSchema> | z.infer<typeof listSchema>;
  const v = parsed.data;
  const scales: Scales = !Array.isArray(v) && typeof v.scales === 'object' ? (v.scales as Scales) : (v as Scales);
  const entries: [string, string | string[]][] = Array.isArray(scales)
    ? scales.map((s): [string, string | string[]] => [s.name, s.items])
    : Object.entries(scales);
  return entries.map(([name, items]) => ({
    name,
    spec: Array.isArray(items) ? items.join(',') : items,
    option: msg('reliability.scaleInFile', { file, name }),
  }));
}

function parseLevel(value: string): number {
  const level = Number(value);
  if (!(level > 0 && level < 1)) throw new UsageError(msg('reliability.err.ci', { value }));
  return level;
}

export function registerReliability(program: Command): void {
  const cmd = program
    .command('reliability')
    .alias('alpha')
    .description("Cronbach's alpha with item-total statistics (SPSS RELIABILITY), Feldt CI, omega total and a verdict")
    .argument('<file>', "survey export (CSV/TSV; '-' reads standard input)")
    .option('--items <columns>', 'the items of one scale: names, A..B runs, globs (Q*), #3..#14 positions')
    .option(
      '--scale <name=items>',
      'a named scale, e.g. "Image=Q1,Q2"; repeat for several scales',
      (value: string, prev: string[]) => [...prev, value],
      [] as string[],
    )
    .option('--scales <file>', 'scales from a JSON or YAML file: {"Image": ["Q1", "Q2"], "Product": "Q3..Q5"}')
    .option('--ci <level>', "confidence level of Feldt's interval for alpha", '0.95')
    .option('--no-verdict', 'leave out the verdict line (George & Mallery)')
    .option(
      '--missing-mode <mode>',
      'listwise (SPSS: cases that answered every item of the scale) or pairwise (each covariance from the cases that answered both items)',
      'listwise',
    );
  inputOptions(cmd);
  outputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Example:
  $ csat reliability survey.csv --items Q1..Q12 --reverse Q7 --scale-range 1-5
  $ csat alpha survey.csv --scale "Image=Q1,Q2" --scale "Product=Q3..Q5" --ci 0.90 --lang zh
  $ csat alpha survey.csv --scales scales.yml --missing -3 --format json`,
  );
  cmd.action(
    action(async (file: string, opts: ReliabilityOptions) => {
      checkOutputOptions(opts);
      const missingMode = opts.missingMode.trim().toLowerCase() as MissingMode;
      if (missingMode !== 'listwise' && missingMode !== 'pairwise') {
        throw new UsageError(msg('reliability.err.missingMode', { value: opts.missingMode }));
      }
      const ciLevel = parseLevel(opts.ci);
      const sources: ScaleSource[] = [];
      if (opts.items !== undefined) sources.push({ name: DEFAULT_SCALE_NAME, spec: opts.items, option: '--items' });
      for (const s of opts.scale) sources.push(parseScaleOption(s));
      if (opts.scales) sources.push(...(await readScalesFile(opts.scales)));
      if (sources.length === 0) {
        throw new UsageError(msg('reliability.err.noItems'));
      }
      const { ds, selected } = await loadData(
        file,
        opts,
        sources.map((s) => ({ option: s.option, spec: s.spec })),
      );
      const lang = langOf(opts);
      const result = runReliability(
        ds,
        sources.map((s, i) => ({ name: s.name, items: selected[i] })),
        { missingMode, ciLevel, lang },
      );
      await emit(
        {
          command: 'reliability',
          blocks: reliabilityBlocks(result, lang, { verdict: opts.verdict, missingMode, weight: ds.weightName }),
          results: { scales: result.scales },
          warnings: [...ds.warnings, ...result.warnings],
        },
        opts,
        [ds.input],
      );
    }),
  );
}
