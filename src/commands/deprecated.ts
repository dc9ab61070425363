/**
 * Old spellings of options, kept for one minor version so that scripts do not break silently: each
 * still works, and the run warns (on stderr and in the JSON `warnings`) with the new name. One name
 * for one idea: --outcome for the dependent or overall variable, --items for analysed items, --vars
 * where SPSS says VARIABLES (describe, corr).
 */
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { msg, warning } from '../i18n/index.js';

/** The deprecation warnings of this run, taken by the first report that is written. */
const pending: string[] = [];

/** The warnings so far, once: the report writer prepends them to the report's own. */
export function takeDeprecations(): string[] {
  return pending.splice(0, pending.length);
}

/**
 * Accept `oldFlags` (e.g. '--dv <column>') on `cmd` as another spelling of the option `newFlag`
 * (e.g. '--outcome'), hidden from the help. Giving both is a usage error: which one a script meant
 * is not for csat to guess.
 */
export function deprecatedAlias(cmd: Command, oldFlags: string, newFlag: string): Command {
  const old = new Option(oldFlags, `deprecated spelling of ${newFlag}`).hideHelp();
  const target = cmd.options.find((o) => o.long === newFlag);
  if (!target) throw new Error(`deprecatedAlias: ${cmd.name()} has no option ${newFlag}`);
  cmd.addOption(old);
  cmd.hook('preAction', (_self, action) => {
    const given = action.getOptionValue(old.attributeName());
    if (given === undefined) return;
    if (action.getOptionValueSource(target.attributeName()) === 'cli') {
      throw new UsageError(msg('cli.deprecatedBoth', { old: old.long as string, new: newFlag }));
    }
    action.setOptionValue(target.attributeName(), given);
    action.setOptionValue(old.attributeName(), undefined);
    pending.push(warning(msg('cli.deprecated', { old: old.long as string, new: newFlag })));
  });
  return cmd;
}
