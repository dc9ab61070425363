/**
 * The post hoc tests by name, so the anova command runs any of them from the same group
 * summaries; POST_HOC_NAMES lists them in the order SPSS prints their Multiple Comparisons rows
 * (S-N-K and Duncan have Homogeneous Subsets only).
 */
import { bonferroni } from './bonferroni.js';
import { duncan } from './duncan.js';
import { dunnett } from './dunnett.js';
import { gamesHowell } from './games-howell.js';
import { lsd } from './lsd.js';
import { scheffe } from './scheffe.js';
import { sidak } from './sidak.js';
import { studentNewmanKeuls } from './snk.js';
import { tamhane } from './tamhane.js';
import { tukeyHsd } from './tukey.js';
import type { GroupSummary, PostHocName, PostHocResult } from './types.js';

export interface PostHocOptions {
  /** Confidence level of the intervals (0.95). */
  level: number;
  /** Dunnett's control group (an index into the groups). */
  control?: number;
}

type Runner = (groups: readonly GroupSummary[], opts: PostHocOptions) => PostHocResult;

const RUNNERS: Partial<Record<PostHocName, Runner>> = {
  tukey: (g, o) => tukeyHsd(g, o.level),
  scheffe: (g, o) => scheffe(g, o.level),
  lsd: (g, o) => lsd(g, o.level),
  bonferroni: (g, o) => bonferroni(g, o.level),
  sidak: (g, o) => sidak(g, o.level),
  snk: (g, o) => studentNewmanKeuls(g, o.level),
  duncan: (g, o) => duncan(g, o.level),
  dunnett: (g, o) => dunnett(g, o.level, o.control ?? g.length - 1),
  tamhane: (g, o) => tamhane(g, o.level),
  'games-howell': (g, o) => gamesHowell(g, o.level),
};

/** The tests available, in SPSS's order. */
export const POST_HOC_NAMES = Object.keys(RUNNERS) as PostHocName[];

export function isPostHocName(name: string): name is PostHocName {
  return Object.prototype.hasOwnProperty.call(RUNNERS, name);
}

export function runPostHoc(name: PostHocName, groups: readonly GroupSummary[], opts: PostHocOptions): PostHocResult {
  const run = RUNNERS[name];
  if (!run) throw new RangeError(`unknown post hoc test ${name}`);
  return run(groups, opts);
}
