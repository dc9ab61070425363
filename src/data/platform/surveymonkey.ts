/**
 * SurveyMonkey CSV exports: two header rows. The first holds the respondent metadata (Respondent
 * ID, Collector ID, Start Date, ...) and each question's text over the first of its columns (blank
 * over the rest); the second says "Response" (or "Open-Ended Response") under a single-answer
 * question and the choice or row text under each column of a multi-select or matrix question.
 * Questions become Q1, Q2 ... in order; a question over several columns Q3_1, Q3_2 ... grouped
 * as Q3, labelled "question - choice".
 */
import type { PlatformShape, Source } from '../source.js';
import { blankHeader, dropRows, headerRow, labelOf, reshaped } from './shape.js';

const METADATA = new Set(['Respondent ID', 'Collector ID', 'Start Date', 'End Date', 'IP Address', 'Email Address', 'First Name', 'Last Name', 'Custom Data 1', 'Custom Data']);
const SINGLE = new Set(['Response', 'Open-Ended Response', '']);

export function detectSurveyMonkey(src: Source): boolean {
  return src.names.includes('Respondent ID') && src.names.includes('Collector ID');
}

export function applySurveyMonkey(src: Source): Source {
  const sub = headerRow(src, 0);
  // Each question: its first column and how many columns follow under a blank header.
  const questions: { at: number; span: number }[] = [];
  const metadata: string[] = [];
  src.names.forEach((n, j) => {
    if (METADATA.has(n)) metadata.push(n);
    else if (blankHeader(src, j) && questions.length > 0 && questions[questions.length - 1].at + questions[questions.length - 1].span === j) questions[questions.length - 1].span++;
    else questions.push({ at: j, span: 1 });
  });
  const names = [...src.names];
  const labels: (string | undefined)[] = src.names.map(() => undefined);
  const shape: PlatformShape = { id: 'surveymonkey', metadata, groups: [] };
  questions.forEach(({ at, span }, k) => {
    const question = `Q${k + 1}`;
    const text = src.names[at];
    if (span === 1 && SINGLE.has(sub[at])) {
      names[at] = question;
      labels[at] = labelOf(text, question);
      return;
    }
    const group = { name: question, label: labelOf(text, question), columns: [] as string[] };
    for (let i = 0; i < span; i++) {
      const name = `${question}_${i + 1}`;
      names[at + i] = name;
      labels[at + i] = labelOf(sub[at + i] ? `${text} - ${sub[at + i]}` : text, name);
      group.columns.push(name);
    }
    shape.groups.push(group);
  });
  return reshaped(dropRows(src, 1), names, labels, shape);
}
