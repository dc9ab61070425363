/**
 * The csat program: commander wiring, error handling and exit codes.
 * 0 success, 1 analysis impossible on this data, 2 usage error, 3 input unreadable, 4 a threshold missed.
 */
import { Command, CommanderError, Help, type Argument, type Option } from 'commander';
import { registerCommands } from './commands/registry.js';
import { VERSION, exitState } from './commands/common.js';
import { CsatError, EXIT, printLine } from './errors.js';
import { helpText, msg, resolveLang, say, setHelpLanguage, t, type Lang, type MessageRef } from './i18n/index.js';
import { displayWidth, wrapText } from './report/width.js';
import { abortOutputs, beginOutputs, commitOutputs, ignoreClosedPipe } from './report/output.js';
import { beginProgress, endProgress, progressWanted } from './progress.js';

/** Commander's headings, in the catalog. */
const TITLES: Record<string, string> = { 'Usage:': 'usage', 'Options:': 'options', 'Commands:': 'commands', 'Arguments:': 'arguments' };

/**
 * Commander's help layout in `lang`: its headings and "(default: x)" from the catalog, widths in
 * terminal columns (a Chinese character takes two) and lines broken between Chinese words.
 */
function helpConfiguration(lang: Lang): Partial<Help> {
  const base = new Help();
  const defaults = (s: string) => (lang === 'en' ? s : s.replace(/ \(default: (.*)\)$/, (_, v: string) => t('help.default', lang, { value: v })));
  return {
    styleTitle: (title: string) => (TITLES[title] ? t(`help.title.${TITLES[title]}`, lang) : title),
    optionDescription: (option: Option) => defaults(base.optionDescription(option)),
    argumentDescription: (argument: Argument) => defaults(base.argumentDescription(argument)),
    displayWidth,
    boxWrap(str: string, width: number) {
      if (width < base.minWidthToWrap) return str;
      return str
        .split(/\r?\n/)
        .map((line) => wrapText(line, width).join('\n'))
        .join('\n');
    },
  };
}

/** The program, its help in `lang` (the CLI passes --lang or the locale, read before parsing). */
export function buildProgram(lang: Lang = 'en'): Command {
  setHelpLanguage(lang);
  const program = new Command();
  program
    .name('csat')
    .description(helpText('program'))
    .version(VERSION, '-V, --version', helpText('version'))
    .helpOption('-h, --help', helpText('help'))
    .helpCommand('help [command]', helpText('help'))
    .configureHelp(helpConfiguration(lang))
    .option('--debug', helpText('debug'))
    .showSuggestionAfterError(true)
    .exitOverride()
    // Commander's own error text is replaced by one csat line (commanderMessage); help still prints.
    .configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: () => undefined });
  registerCommands(program);
  // Progress on a terminal for a long run, once the command's options say where the output goes.
  program.hook('preAction', (_program, command) => {
    const opts = command.opts<{ format?: string; progress?: boolean; lang?: string }>();
    if (progressWanted(process.stderr, process.env, opts)) beginProgress(process.stderr, { lang: resolveLang(opts.lang === 'zh' || opts.lang === 'en' ? opts.lang : undefined) });
  });
  for (const cmd of program.commands) cmd.exitOverride().configureOutput({ outputError: () => undefined });
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

/**
 * One line for a mistake commander caught, in `lang`. Commander's English is parsed for the
 * names it quotes; a message of a kind not listed here is passed on in one line as it is.
 */
export function commanderMessage(err: CommanderError, argv: string[], lang: Lang): string {
  const [first, ...rest] = err.message.replace(/^error: /, '').split('\n');
  const quoted = [...first.matchAll(/'([^']*)'/g)].map((m) => m[1]);
  const suggestion = /^\(Did you mean (?:one of )?(.*)\?\)$/.exec(rest.join(' ').trim());
  const hint = suggestion ? say(msg('cli.didYouMean', { names: suggestion[1] }), lang) : '';
  const command = argv.slice(2).find((a) => !a.startsWith('-')) ?? '';
  const excess = /Expected (\d+) arguments? but got (\d+)/.exec(first);
  const name = quoted[0];
  let ref: MessageRef | undefined;
  if (err.code === 'commander.unknownOption' && name) ref = msg('cli.unknownOption', { flag: name, hint });
  else if (err.code === 'commander.unknownCommand' && name) ref = msg('cli.unknownCommand', { name, hint: hint || msg('cli.listCommands') });
  else if (err.code === 'commander.missingArgument' && name) ref = msg('cli.missingArgument', { name, command });
  else if (err.code === 'commander.missingMandatoryOptionValue' && name) ref = msg('cli.missingOption', { flags: name, command });
  else if (err.code === 'commander.optionMissingArgument' && name) ref = msg('cli.optionMissingArgument', { flags: name });
  else if (err.code === 'commander.excessArguments' && excess) ref = msg('cli.excessArguments', { command, expected: excess[1], received: excess[2] });
  return ref ? say(ref, lang) : [first, ...rest].join(' ');
}

/** Run the CLI with `argv` (as process.argv) and return the exit code. */
export async function main(argv: string[]): Promise<number> {
  ignoreClosedPipe();
  const program = buildProgram(langOfArgv(argv));
  exitState.code = EXIT.ok;
  const debug = argv.includes('--debug');
  beginOutputs();
  try {
    await program.parseAsync(argv);
    // Files appear only now, when the whole run has succeeded (or only missed a threshold).
    await commitOutputs();
    return exitState.code;
  } catch (err) {
    endProgress();
    abortOutputs();
    if (err instanceof CommanderError) {
      // --help and --version end through here with code 0; everything else is a usage error.
      if (err.exitCode === 0) return EXIT.ok;
      // 'commander.help': no command given, and the help has been printed already.
      if (err.code !== 'commander.help') printLine(commanderMessage(err, argv, langOfArgv(argv)));
      return EXIT.usage;
    }
    if (err instanceof CsatError) {
      const lang = langOfArgv(argv);
      printLine(err.label && lang !== 'en' ? say(err.label, lang) : err.message);
      if (debug && err.stack) process.stderr.write(`${err.stack}\n`);
      return err.exitCode;
    }
    const e = err as Error;
    printLine(`internal error: ${e?.message ?? String(err)}${debug ? '' : ' (run with --debug for details)'}`);
    if (debug && e?.stack) process.stderr.write(`${e.stack}\n`);
    return EXIT.analysis;
  } finally {
    endProgress();
  }
}
