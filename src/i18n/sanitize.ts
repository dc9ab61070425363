/**
 * The one sanitiser for user text (cell values, column names, file names) on its way to a
 * terminal or a stream: stderr messages, warnings, suggestions, and the text and markdown
 * reports. A terminal obeys escape sequences (ESC[2J clears the screen, ESC]0;...BEL retitles the
 * window), so they are removed, and every other C0/C1 control character, DEL and BEL is shown as
 * a visible \xNN escape; line breaks are kept only where the output may span lines.
 */

// CSI (ESC [ ... final byte), OSC (ESC ] ... BEL or ESC \), other two-character ESC sequences,
// and their 8-bit forms (U+009B CSI, U+009D OSC).
const ESCAPES = /(?:\x1b\[|\u009b)[0-?]*[ -/]*[@-~]?|(?:\x1b\]|\u009d)[^\x07\x1b\u009c]*(?:\x07|\x1b\\|\u009c)?|\x1b[ -~]?/g;
const CONTROL_MULTILINE = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
const CONTROL_ONE_LINE = /[\x00-\x1f\x7f-\x9f]/g;

const visible = (c: string) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? ' ' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);

/** Text safe to print: escape sequences removed, control characters made visible. */
export function terminalText(s: string, opts: { multiline?: boolean } = {}): string {
  const out = s.replace(ESCAPES, '');
  return out.replace(opts.multiline ? CONTROL_MULTILINE : CONTROL_ONE_LINE, visible);
}

/** The longest piece of user text a message quotes; a 50 MB cell is not echoed whole. */
export const MAX_QUOTED = 200;

/** User text for a message: at most MAX_QUOTED characters, the cut shown with an ellipsis. */
export function clip(s: string, max = MAX_QUOTED): string {
  if (s.length <= max) return s;
  const cut = [...s.slice(0, max)];
  return `${cut.join('')}… (${s.length} characters)`;
}
