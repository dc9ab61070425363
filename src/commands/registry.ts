/** Every command, registered on the program in the order `csat --help` lists them. */
import type { Command } from 'commander';
import { registerAnalyze } from './analyze.js';
import { registerDescribe } from './describe.js';
import { registerReliability } from './reliability.js';
import { registerKmo } from './kmo.js';
import { registerFactor } from './factor.js';
import { registerCfa, registerSem } from './cfa.js';
import { registerCorr } from './corr.js';
import { registerRegress } from './regress.js';
import { registerCsi } from './index-command.js';
import { registerIpa } from './ipa.js';
import { registerCrosstab } from './crosstab.js';
import { registerExplore } from './explore.js';
import { registerTTest } from './ttest.js';
import { registerAnova } from './anova.js';
import { registerSchema } from './schema.js';
import { registerMoments } from './moments.js';
import { registerSql } from './sql.js';
import { registerScore } from './score.js';

export function registerCommands(program: Command): void {
  registerAnalyze(program);
  registerDescribe(program);
  registerReliability(program);
  registerKmo(program);
  registerFactor(program);
  registerCfa(program);
  registerSem(program);
  registerCorr(program);
  registerRegress(program);
  registerScore(program);
  registerCsi(program);
  registerIpa(program);
  registerCrosstab(program);
  registerExplore(program);
  registerTTest(program);
  registerAnova(program);
  registerMoments(program);
  registerSql(program);
  registerSchema(program);
}
