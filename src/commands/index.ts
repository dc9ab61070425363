/** Every command, registered on the program in the order `csat --help` lists them. */
import type { Command } from 'commander';
import { registerDescribe } from './describe.js';

export function registerCommands(program: Command): void {
  registerDescribe(program);
}
