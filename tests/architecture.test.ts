import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

// The floors of DESIGN.md, read off the import graph: data flows one way, so a module imports
// only from its own floor or below. A new arrow up the floors, or a circle, fails here.
//   0  errors.ts, progress.ts, i18n/  messages, labels, the progress line and the number style every layer may use
//   1  data/, stats/           reading and pure numerics (stats never reads data/)
//   2  analyses/               results of one procedure
//   3  report/                 tables and renderers (of analyses/, only the result types)
//   4  commands/               option parsing and wiring
//   5  cli.ts
const FLOOR: Record<string, number> = { 'errors.ts': 0, 'progress.ts': 0, i18n: 0, data: 1, stats: 1, analyses: 2, report: 3, commands: 4, 'cli.ts': 5 };

interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every relative import and re-export of src/, with whether it carries only types. */
export function importEdges(root = 'src'): Edge[] {
  const edges: Edge[] = [];
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, 'utf8');
    const re = /^(import|export)\s+(type\s+)?(?:[^;'"]*?\s+from\s+)?['"](\.[^'"]+)['"]/gm;
    for (const m of text.matchAll(re)) {
      const to = normalize(join(dirname(file), m[3])).replace(/\.js$/, '.ts');
      edges.push({ from: file, to, typeOnly: Boolean(m[2]) });
    }
  }
  return edges;
}

/** The floor of a file: its first folder under src/ (or the file itself at the top). */
function floorOf(file: string): { name: string; floor: number } {
  const name = relative('src', file).split(/[\\/]/)[0];
  const floor = FLOOR[name];
  if (floor === undefined) throw new Error(`src/${name} has no floor in tests/architecture.test.ts: add it to FLOOR`);
  return { name, floor };
}

/** The circles of the graph of value imports (type-only imports vanish at run time). */
function cycles(edges: Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) if (!e.typeOnly) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  // Tarjan's strongly connected components; a component of two or more files is a circle.
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, idx.get(w) as number));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1) found.push(comp.sort());
    }
  };
  for (const v of next.keys()) if (!idx.has(v)) visit(v);
  return found;
}

describe('the import graph', () => {
  const edges = importEdges();

  it('is read: every source file is on a floor, and the graph is not empty', () => {
    expect(edges.length).toBeGreaterThan(300);
    for (const e of edges) floorOf(e.from);
  });

  it('has no import from a lower floor to a higher one', () => {
    const up = edges.filter((e) => floorOf(e.to).floor > floorOf(e.from).floor).map((e) => `${e.from} -> ${e.to}`);
    expect(up).toEqual([]);
  });

  it('stats/ is pure numerics: it imports nothing from data/', () => {
    const bad = edges.filter((e) => floorOf(e.from).name === 'stats' && floorOf(e.to).name === 'data').map((e) => `${e.from} -> ${e.to}`);
    expect(bad).toEqual([]);
  });

  it('report/ reads analyses/ only for their result types', () => {
    const bad = edges
      .filter((e) => floorOf(e.from).name === 'report' && floorOf(e.to).name === 'analyses' && !e.typeOnly)
      .map((e) => `${e.from} -> ${e.to}`);
    expect(bad).toEqual([]);
  });

  it('has no circle', () => {
    expect(cycles(edges)).toEqual([]);
  });

  it('registers no label catalog by a side-effect import', () => {
    const bare = edges.filter((e) => /i18n[\\/]labels[\\/]/.test(e.to) && !/i18n[\\/]/.test(e.from));
    expect(bare.map((e) => `${e.from} -> ${e.to}`)).toEqual([]);
  });

  it('the checks can fail: an arrow up, a value import of an analysis in report/, and a circle are each caught', () => {
    const fake: Edge[] = [
      { from: 'src/stats/a.ts', to: 'src/report/b.ts', typeOnly: false },
      { from: 'src/report/b.ts', to: 'src/analyses/c.ts', typeOnly: false },
      { from: 'src/report/x.ts', to: 'src/report/y.ts', typeOnly: false },
      { from: 'src/report/y.ts', to: 'src/report/x.ts', typeOnly: false },
    ];
    expect(fake.filter((e) => floorOf(e.to).floor > floorOf(e.from).floor)).toHaveLength(1);
    expect(cycles(fake)).toEqual([['src/report/x.ts', 'src/report/y.ts']]);
  });
});
