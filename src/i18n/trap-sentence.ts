/**
 * The numbers the satisfaction-trap sentences name (labels csi.trapCase1..6), made in one place
 * for the warning (analyses/index-waves.ts) and the text after the table (report/tables/csi.ts).
 */
import { pInSentence } from './numbers.js';

interface GroupChange {
  change: number | null;
  p: number | null;
}

export function trapSentenceVars(from: string, to: string, di: number | null, high: GroupChange, low: GroupChange): Record<string, string> {
  return { from, to, di: signed(di), dh: signed(high.change), ph: pText(high.p), dl: signed(low.change), pl: pText(low.p) };
}

/** +2.8 / -10.6, one decimal as the tables print the index. */
function signed(x: number | null): string {
  if (x === null) return 'n/a';
  return `${x > 0 ? '+' : ''}${x.toFixed(1)}`;
}

function pText(p: number | null): string {
  return p === null ? 'n/a' : pInSentence(p);
}
