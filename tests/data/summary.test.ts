import { describe, expect, it } from 'vitest';
import { sourceFromBuffer } from '../../src/data/read.js';
import { isMatrixHeader, matrixFromSource, momentsFromJson, selectSummary } from '../../src/data/summary.js';
import { InputError } from '../../src/errors.js';

const matrix = (text: string) => matrixFromSource(sourceFromBuffer(Buffer.from(text), 'm.csv'));
const HEAD = 'ROWTYPE_,VARNAME_,a,b,c\n';

describe('MATRIX DATA files', () => {
  it('reads a lower triangle, an upper triangle and a full matrix alike', () => {
    const lower = matrix(`${HEAD}N,,50,50,50\nCORR,a,1,,\nCORR,b,.5,1,\nCORR,c,.25,.4,1\n`);
    const upper = matrix(`${HEAD}N,,50,50,50\nCORR,a,1,.5,.25\nCORR,b,,1,.4\nCORR,c,,,1\n`);
    const full = matrix(`${HEAD}N,,50,50,50\nCORR,a,1,.5,.25\nCORR,b,.5,1,.4\nCORR,c,.25,.4,1\n`);
    const want = [1, 0.5, 0.25, 0.5, 1, 0.4, 0.25, 0.4, 1];
    for (const s of [lower, upper, full]) {
      expect(Array.from(s.r)).toEqual(want);
      expect(s.n).toBe(50);
      expect(s.cov).toBeNull();
      expect(s.means).toBeNull();
    }
  });

  it('CORR with STDDEV gives the covariances; COV gives the correlations', () => {
    const s = matrix(`${HEAD}N,,10,10,10\nMEAN,,1,2,3\nSTDDEV,,2,3,4\nCORR,a,1,,\nCORR,b,.5,1,\nCORR,c,0,.25,1\n`);
    expect(Array.from(s.cov!)).toEqual([4, 3, 0, 3, 9, 3, 0, 3, 16]);
    expect(Array.from(s.means!)).toEqual([1, 2, 3]);
    const c = matrix(`${HEAD}N_SCALAR,,10,,\nCOV,a,4,,\nCOV,b,3,9,\nCOV,c,0,3,16\n`);
    expect(Array.from(c.r)).toEqual([1, 0.5, 0, 0.5, 1, 0.25, 0, 0.25, 1]);
  });

  it('rows in any order, VARNAME_ matched without regard to case, a blank CORR diagonal is 1', () => {
    const s = matrix(`${HEAD}CORR,C,.25,.4,\nCORR,a,,,\nN,,9,9,9\nCORR,b,.5,,\n`);
    expect(Array.from(s.r)).toEqual([1, 0.5, 0.25, 0.5, 1, 0.4, 0.25, 0.4, 1]);
  });

  it('detects the header', () => {
    expect(isMatrixHeader(['rowtype_', 'VARNAME_', 'x'])).toBe(true);
    expect(isMatrixHeader(['id', 'x'])).toBe(false);
  });

  it.each([
    ['no N row', `${HEAD}CORR,a,1,,\nCORR,b,.5,1,\nCORR,c,.2,.3,1\n`, 'm.csv: the matrix file has no N row; the number of cases is needed for the tests, p-values and standard errors'],
    ['a zero N', `${HEAD}N,,0,0,0\nCORR,a,1,,\nCORR,b,.5,1,\nCORR,c,.2,.3,1\n`, "m.csv, row 2: N '0' is not a positive number of cases"],
    ['N differing per variable', `${HEAD}N,,10,11,10\nCORR,a,1,,\nCORR,b,.5,1,\nCORR,c,.2,.3,1\n`, 'm.csv, row 2: the N row gives different counts per variable; matrix input needs one N for the whole matrix'],
    ['asymmetric', `${HEAD}N,,10,10,10\nCORR,a,1,.5,.2\nCORR,b,.6,1,.3\nCORR,c,.2,.3,1\n`, 'm.csv: the CORR matrix is not symmetric: a with b is 0.5 but b with a is 0.6'],
    ['a name not among the columns', `${HEAD}N,,10,10,10\nCORR,a,1,,\nCORR,x,.5,1,\nCORR,c,.2,.3,1\n`, "m.csv, row 4: VARNAME_ 'x' is not one of the variable columns (a, b, c)"],
    ['a missing row', `${HEAD}N,,10,10,10\nCORR,a,1,,\nCORR,c,.2,.3,1\n`, 'm.csv: the CORR matrix has no row for b'],
    ['a missing cell', `${HEAD}N,,10,10,10\nCORR,a,1,,\nCORR,b,,1,\nCORR,c,.2,.3,1\n`, 'm.csv: the CORR matrix has no value for a with b (neither in the lower nor in the upper triangle)'],
    ['a diagonal not 1', `${HEAD}N,,10,10,10\nCORR,a,2,,\nCORR,b,.5,1,\nCORR,c,.2,.3,1\n`, "m.csv: the CORR diagonal of 'a' is 2; a correlation matrix has 1 there"],
    ['r beyond 1', `${HEAD}N,,10,10,10\nCORR,a,1,,\nCORR,b,1.5,1,\nCORR,c,.2,.3,1\n`, 'm.csv: the correlation of a with b is 1.5, outside -1..1'],
    ['text in a cell', `${HEAD}N,,10,10,10\nCORR,a,1,,\nCORR,b,high,1,\nCORR,c,.2,.3,1\n`, "m.csv, row 4, column 'a': 'high' is not a number"],
    ['an unknown row type', `${HEAD}N,,10,10,10\nPROX,a,1,,\n`, "m.csv, row 3: ROWTYPE_ 'PROX' is not one csat reads (N, MEAN, STDDEV, CORR or COV)"],
    ['CORR and COV', `${HEAD}N,,10,10,10\nCORR,a,1,,\nCOV,b,.5,1,\n`, 'm.csv: the file has both CORR and COV rows; keep one matrix'],
    ['no VARNAME_', 'ROWTYPE_,a,b\nN,10,10\n', 'm.csv: a matrix file needs a VARNAME_ column beside ROWTYPE_, naming the variable of each CORR or COV row'],
    ['a split column', 'g,ROWTYPE_,VARNAME_,a\n1,N,,10\n', 'm.csv: columns before ROWTYPE_ (g) would split the file into groups, which matrix input does not read; give one matrix per file'],
    ['a zero SD', `${HEAD}N,,10,10,10\nSTDDEV,,1,0,1\nCORR,a,1,,\nCORR,b,.5,1,\nCORR,c,.2,.3,1\n`, "m.csv, row 3: the standard deviation of 'b' is 0; it must be positive"],
  ])('%s: one InputError sentence', (_what, text, message) => {
    expect(() => matrix(text)).toThrow(new InputError(message));
  });
});

const GOOD = {
  format: 'csat-moments',
  version: 1,
  source: 'x.csv',
  items: ['a', 'b'],
  weight: null,
  missing: 'listwise',
  rows: 5,
  n: 5,
  excluded: 1,
  excludedWeight: 1,
  means: [1, 2],
  crossProducts: [
    [4, 2],
    [2, 16],
  ],
  columns: null,
};

describe('moments files', () => {
  it('covariance = cross-products / (n - 1), r from it', () => {
    const s = momentsFromJson(GOOD, 'm.json');
    expect(Array.from(s.cov!)).toEqual([1, 0.5, 0.5, 4]);
    expect(Array.from(s.r)).toEqual([1, 0.25, 0.25, 1]);
    expect(s.excluded).toBe(1);
    const sub = selectSummary(s, ['b']);
    expect(Array.from(sub.cov!)).toEqual([4]);
    expect(Array.from(sub.means!)).toEqual([2]);
  });

  it.each([
    ['not an object', [], 'not a JSON object'],
    ['another format', { ...GOOD, format: 'x' }, '"format" is not "csat-moments"'],
    ['a later version', { ...GOOD, version: 2 }, '"version" 2 is not 1'],
    ['means too short', { ...GOOD, means: [1] }, '"means" is not 2 numbers'],
    ['asymmetric', { ...GOOD, crossProducts: [[4, 2], [3, 16]] }, '"crossProducts" is not symmetric at a, b'],
    ['a negative sum of squares', { ...GOOD, crossProducts: [[-4, 2], [2, 16]] }, '"crossProducts" has a negative sum of squares for a'],
    ['n zero', { ...GOOD, n: 0 }, '"n" is not a positive number'],
    ['a name twice', { ...GOOD, items: ['a', 'a'] }, '"items" names a variable twice'],
  ])('%s: one InputError sentence', (_what, data, what) => {
    expect(() => momentsFromJson(data, 'm.json')).toThrow(new InputError(`m.json is not a csat moments file: ${what}`));
  });

  it('items the file does not hold: one sentence', () => {
    expect(() => selectSummary(momentsFromJson(GOOD, 'm.json'), ['a', 'z'])).toThrow(new InputError("m.json holds no statistics for 'z' (it has a, b)"));
  });
});
