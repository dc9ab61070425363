/**
 * Messages for command-line mistakes that commander catches (unknown option or command, missing
 * argument or value, too many arguments), so they read like every other csat error, in either
 * language. Flags, names and values are filled in unchanged.
 */
import type { Label } from '../index.js';

export const labels: Record<string, Label> = {
  'cli.unknownOption': { en: "unknown option '{flag}'{hint}", zh: "未知选项 '{flag}'{hint}" },
  'cli.unknownCommand': { en: "unknown command '{name}'{hint}", zh: "未知命令 '{name}'{hint}" },
  'cli.didYouMean': { en: ' (did you mean {names}?)', zh: '（是否想用 {names}？）' },
  'cli.listCommands': { en: ' (csat --help lists the commands)', zh: '（csat --help 列出全部命令）' },
  'cli.missingArgument': { en: "missing required argument '{name}' (csat {command} --help shows an example)", zh: "缺少必需的参数 '{name}'（csat {command} --help 有示例）" },
  'cli.missingOption': { en: "required option '{flags}' not given (csat {command} --help shows an example)", zh: "缺少必需的选项 '{flags}'（csat {command} --help 有示例）" },
  'cli.optionMissingArgument': { en: "option '{flags}' needs a value", zh: "选项 '{flags}' 缺少取值" },
  'cli.excessArguments': {
    en: "too many arguments for '{command}': expected {expected}, got {received} (quote a value that contains spaces)",
    zh: "'{command}' 的参数过多：应为 {expected} 个，实际 {received} 个（含空格的值请加引号）",
  },
  'cli.deprecated': {
    en: '{old} is deprecated and will be removed in the next minor version: use {new}',
    zh: '{old} 已弃用，将在下一个次版本中移除：请使用 {new}',
  },
  'cli.deprecatedBoth': { en: '{old} is the old spelling of {new}: give only {new}', zh: '{old} 是 {new} 的旧写法：请只给出 {new}' },
};
