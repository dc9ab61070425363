/**
 * `csat schema [command]`: the JSON Schema of a command's `-f json` output, as published in
 * schemas/ (generated from src/report/json-results.ts by scripts/schemas.mjs); without a command,
 * the commands that have one.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { msg, helpText } from '../i18n/index.js';
import { checkOutputs, writeOutput } from '../report/output.js';
import { langOf } from './common.js';

/** schemas/ of the package: two folders up from both dist/commands/ and dist/bundle/. */
const SCHEMAS = new URL('../../schemas/', import.meta.url);
const SUFFIX = '.schema.json';

export function schemaCommands(): string[] {
  return readdirSync(SCHEMAS)
    .filter((f) => f.endsWith(SUFFIX))
    .map((f) => f.slice(0, -SUFFIX.length))
    .sort();
}

export function registerSchema(program: Command): void {
  const cmd = program
    .command('schema')
    .description(helpText('schema'))
    .argument('[command]', helpText('schema.arg.command'))
    .option('--lang <lang>', helpText('schema.lang'))
    .option('-o, --output <file>', helpText('schema.output'));
  cmd.addHelpText(
    'after',
    `
${helpText('title.example')}
  $ csat schema reliability -o reliability.schema.json
  $ csat schema`,
  );
  cmd.action(async (name: string | undefined, opts: { lang?: string; output?: string }) => {
    langOf(opts);
    checkOutputs([{ option: '-o', file: opts.output }]);
    const known = schemaCommands();
    let content: string;
    if (name === undefined) {
      content = known.join('\n') + '\n';
    } else {
      // An alias (alpha, csi) names its command's schema.
      const command = program.commands.find((c) => c.name() === name || c.aliases().includes(name))?.name() ?? name;
      if (!known.includes(command)) throw new UsageError(msg('schema.err.unknown', { name, known: known.join(', ') }));
      content = readFileSync(new URL(command + SUFFIX, SCHEMAS), 'utf8');
    }
    await writeOutput(content, { output: opts.output, inputs: [] });
  });
}
