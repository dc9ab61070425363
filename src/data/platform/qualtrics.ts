/**
 * Qualtrics CSV exports: the first header row holds the short names (Q1, Q2_1, ...), the second
 * the question text (the labels), the third the ImportId JSON ({"ImportId":"QID1"}); exports made
 * with the legacy format lack the third. Response metadata (StartDate ... UserLanguage) are never
 * items. Answers are choice text or numeric codes, as the export was asked for.
 */
import type { Source } from '../source.js';
import { dropRows, headerRow, labelOf, reshaped } from './shape.js';

const METADATA = new Set([
  'StartDate', 'EndDate', 'Status', 'IPAddress', 'Progress', 'Duration (in seconds)', 'Finished', 'RecordedDate',
  'ResponseId', 'ResponseID', 'ExternalReference', 'ExternalDataReference', 'LocationLatitude', 'LocationLongitude',
  'DistributionChannel', 'UserLanguage', 'ResponseSet', 'Q_RecaptchaScore', 'Q_RelevantIDDuplicate',
]);

const isMetadata = (n: string): boolean => METADATA.has(n) || n.startsWith('Recipient');

export function detectQualtrics(src: Source): boolean {
  const meta = src.names.filter(isMetadata).length;
  return meta >= 3 && (src.names.includes('ResponseId') || src.names.includes('ResponseID') || src.names.includes('StartDate'));
}

export function applyQualtrics(src: Source): Source {
  const text = headerRow(src, 0);
  const importIds = src.rows > 1 && headerRow(src, 1).some((c) => /^\{\s*"ImportId"/.test(c));
  const labels = src.names.map((n, j) => labelOf(text[j], n));
  const metadata = src.names.filter(isMetadata);
  return reshaped(dropRows(src, importIds ? 2 : 1), src.names, labels, { id: 'qualtrics', metadata, groups: [] });
}
