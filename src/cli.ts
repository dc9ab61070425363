/**
 * The csat program: commander wiring, error handling and exit codes.
 * 0 success, 1 analysis impossible on this data, 2 usage error, 3 input unreadable, 4 a threshold missed.
 */
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands/index.js';
import { VERSION, exitState } from './commands/common.js';
import { CsatError, EXIT } from './errors.js';
import { resolveLang, say } from './report/i18n.js';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('csat')
    .description('Survey statistics from a CSV export, printed as SPSS prints them.')
    .version(VERSION, '-V, --version')
    .option('--debug', 'show stack traces for errors')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerCommands(program);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

/**
 * The language for an error message: --lang in `argv` (an invalid value counts as absent), else
 * the locale. Read from argv because the error may come before commander has parsed the options.
 */
function langOfArgv(argv: string[]): ReturnType<typeof resolveLang> {
  let option: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === '--lang') option = argv[i + 1];
    else if (argv[i].startsWith('--lang=')) option = argv[i].slice('--lang='.length);
  }
  return resolveLang(option);
}

/** Run the CLI with `argv` (as process.argv) and return the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  exitState.code = EXIT.ok;
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv);
    return exitState.code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here with code 0; everything else is a usage error.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof CsatError) {
      const lang = langOfArgv(argv);
      process.stderr.write(`csat: ${err.label && lang !== 'en' ? say(err.label, lang) : err.message}\n`);
      if (debug && err.stack) process.stderr.write(`${err.stack}\n`);
      return err.exitCode;
    }
    const e = err as Error;
    process.stderr.write(`csat: internal error: ${e?.message ?? String(err)}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && e?.stack) process.stderr.write(`${e.stack}\n`);
    return EXIT.analysis;
  }
}
