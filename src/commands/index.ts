/** Every command, registered on the program in the order `csat --help` lists them. */
import type { Command } from 'commander';
import { registerDescribe } from './describe.js';
import { registerCorr } from './corr.js';
import { registerRegress } from './regress.js';

export function registerCommands(program: Command): void {
  registerDescribe(program);
  registerCorr(program);
  registerRegress(program);
}
