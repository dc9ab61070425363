/**
 * The order of the categories of a text column (the codes 1..k they get, so the rows of frequency
 * tables, crosstabs and group comparisons, and what cumulative percent accumulates over).
 *
 * Bands such as "1年以下, 1-3年, 3-5年, 5年以上" or "Under 2000, 2000-3999, 8000 or more" are
 * ordered by the first number in the text; a word for "below" (以下, 以内, under, less than ...)
 * puts a band before the others that start at the same number, a word for "above" (以上, over,
 * or more, 55+ ...) after them. Collation would put "Under 2000" after "8000 or more" and
 * "1年以下" after "1-3年", so the cumulative percent would mean nothing.
 *
 * That applies when every category holds a number. Otherwise (男/女, region names) the order is
 * Chinese collation with numbers compared as numbers (pinyin for Han characters): what SPSS's
 * sorted string values and R's sorted factor levels give, and the same from wave to wave, which
 * the order in which answers happen to appear in a file would not be. The study file's `order:`
 * sets any other order.
 */

const COLLATOR = new Intl.Collator('zh', { numeric: true, sensitivity: 'variant' });

/** Collation order, code points breaking the ties the collator leaves (full- vs half-width ...). */
export function collate(a: string, b: string): number {
  return COLLATOR.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The first number in a text (thousands separators allowed: 2,000), or null. */
function firstNumber(text: string): number | null {
  const m = /\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?/.exec(text.normalize('NFKC'));
  return m ? Number(m[0].replace(/,/g, '')) : null;
}

const BELOW = /以下|以内|不到|不足|未满|低于|少于|小于|<|≤|\b(?:under|below|less than|fewer than|up to|or less|or fewer|or younger|or lower|and under|and below)\b/i;
const ABOVE = /以上|超过|多于|高于|大于|\+|>|≥|\b(?:over|above|more than|or more|and more|or older|or higher|and over|and above|plus)\b/i;

/** -1 for a band below its number, 1 above it, 0 otherwise. */
function side(text: string): number {
  const t = text.normalize('NFKC');
  if (BELOW.test(t)) return -1;
  if (ABOVE.test(t)) return 1;
  return 0;
}

/** Whether the categories are numbered bands (every one holds a number), ordered by those numbers. */
export function isBanded(texts: Iterable<string>): boolean {
  const list = [...texts];
  return list.length > 1 && list.every((t) => firstNumber(t) !== null);
}

/** The distinct texts of a column in the order their codes 1..k follow (see the module comment). */
export function naturalOrder(texts: Iterable<string>): string[] {
  const list = [...texts];
  if (isBanded(list)) {
    const keyed = list.map((text) => ({ text, n: firstNumber(text)!, side: side(text) }));
    return keyed.sort((a, b) => a.n - b.n || a.side - b.side || collate(a.text, b.text)).map((k) => k.text);
  }
  return list.sort(collate);
}

/**
 * A declared order (the study's `variables.<column>.order`): its texts first, in that order, then
 * the column's other texts in their natural order.
 */
export function declaredOrder(order: readonly string[], texts: Iterable<string>): string[] {
  const listed = [...new Set(order.map((t) => t.trim()))];
  const known = new Set(listed);
  return [...listed, ...naturalOrder([...texts].filter((t) => !known.has(t)))];
}
