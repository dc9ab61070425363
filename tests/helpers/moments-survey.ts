import { mulberry32 } from '../../fixtures/generate/mulberry32.mjs';

/**
 * A survey for the moments paths (describe from a moments file, --engine duckdb): 157 rows with
 * missing answers, a -9 skip code, a weight w, a continuous column (income) and a constant one.
 */
export function momentsSurvey(seed: number): string {
  const rand = mulberry32(seed);
  const lines = ['id,w,q1,q2,q3,income,const'];
  for (let i = 1; i <= 157; i++) {
    const likert = () => (rand() < 0.08 ? '' : rand() < 0.04 ? '-9' : String(1 + Math.floor(rand() * 5)));
    lines.push([i, 1 + Math.floor(rand() * 3), likert(), likert(), likert(), (1000 + rand() * 9000).toFixed(3), 4].join(','));
  }
  return `${lines.join('\n')}\n`;
}
