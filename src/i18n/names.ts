/** How a predictor, a group and a post hoc test are named in sentences and tables, shared by the analyses' summaries and the tables. */
import { t, type Lang } from './index.js';

/**
 * A predictor with the scale or component it stands for: "Service (FAC1_1)" through the
 * 'factorNamed' label of `L`, or just the predictor when it has no other name.
 */
export function componentLabel(name: string | null, predictor: string, L: (key: string, vars?: Record<string, string | number>) => string): string {
  return name && name !== predictor ? L('factorNamed', { name, id: predictor }) : predictor;
}

/** A group or category as tables and messages name it: its value label, else its code. */
export const levelName = (c: { value: number; label: string | null }): string => c.label ?? String(c.value);

/** A post hoc test's name as SPSS prints it (the anova catalog's names), e.g. 'Games-Howell', '盖姆斯-豪厄尔'. */
export const postHocLabel = (test: string, lang: Lang): string => t(`anova.test.${test}`, lang);
