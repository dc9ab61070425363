/**
 * Every label catalog, registered here in one place: a new command adds its labels file and one line.
 * (No catalog registers itself by being imported, so which labels exist never depends on import order.)
 */
import type { Label } from '../index.js';
import { labels as analyze } from './analyze.js';
import { labels as anova } from './anova.js';
import { labels as cfa } from './cfa.js';
import { labels as charts } from './charts.js';
import { labels as cli } from './cli.js';
import { labels as common } from './common.js';
import { labels as corr } from './corr.js';
import { labels as crosstab } from './crosstab.js';
import { labels as csi } from './csi.js';
import { labels as data } from './data.js';
import { labels as describe } from './describe.js';
import { labels as docx } from './docx.js';
import { labels as explain } from './explain.js';
import { labels as explore } from './explore.js';
import { labels as factor } from './factor.js';
import { labels as groupDifferences } from './group-differences.js';
import { labels as grouping } from './grouping.js';
import { labels as help } from './help.js';
import { labels as html } from './html.js';
import { labels as ipa } from './ipa.js';
import { labels as multiResponse } from './multi-response.js';
import { labels as naming } from './naming.js';
import { labels as regress } from './regress.js';
import { labels as platform } from './platform.js';
import { labels as progress } from './progress.js';
import { labels as reliability } from './reliability.js';
import { labels as schema } from './schema.js';
import { labels as summary } from './summary.js';
import { labels as score } from './score.js';
import { labels as ttest } from './ttest.js';
import { labels as validity } from './validity.js';
import { labels as xlsx } from './xlsx.js';

export const catalogs: Record<string, Record<string, Label>> = {
  analyze,
  anova,
  cfa,
  charts,
  cli,
  common,
  corr,
  crosstab,
  csi,
  data,
  describe,
  docx,
  explain,
  explore,
  factor,
  groupDifferences,
  grouping,
  help,
  html,
  ipa,
  platform,
  progress,
  multiResponse,
  naming,
  regress,
  reliability,
  schema,
  summary,
  score,
  ttest,
  validity,
  xlsx,
};
