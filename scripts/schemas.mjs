// Writes schemas/<command>.schema.json, the JSON Schema of each command's `-f json` output,
// generated from the TypeScript types the code builds that output with (src/report/json-results.ts):
//
//   node scripts/schemas.mjs           regenerate the files
//   node scripts/schemas.mjs --check   exit 1 when a committed file differs from what the types give
//
// A new command gets its schema by one line in `CommandResults` (src/report/json-results.ts) and
// a run of this script; tests/report/json-schema.test.ts fails while the files are stale, and while
// a registered command has no schema or no fixture run that validates against it.
//
// ts-json-schema-generator reads the types as tsc does; interfaces become closed objects
// (additionalProperties: false), so a member the types do not declare fails validation.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'schemas');

/** The schema text of every command, by command name. */
export function buildSchemas() {
  const generator = createGenerator({
    path: join(root, 'src/report/json-results.ts'),
    tsconfig: join(root, 'tsconfig.json'),
    type: 'JsonOutputs',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    // tsc checks the sources in the build; checking them again here only costs time.
    skipTypeCheck: true,
    sortProps: false,
  });
  const all = generator.createSchema('JsonOutputs');
  const definitions = all.definitions;
  const outputs = definitions.JsonOutputs;
  const out = {};
  for (const [command, envelopeRef] of Object.entries(outputs.properties)) {
    const envelope = definitions[refName(envelopeRef.$ref)];
    // The envelope is the document itself; keep only the definitions it reaches.
    const reached = {};
    collect(envelope, definitions, reached);
    const schema = {
      $schema: all.$schema,
      title: `csat ${command} -f json`,
      ...envelope,
      definitions: Object.fromEntries(Object.keys(reached).sort().map((k) => [k, reached[k]])),
    };
    out[command] = JSON.stringify(schema, null, 2) + '\n';
  }
  return out;
}

function refName(ref) {
  return decodeURIComponent(ref.slice('#/definitions/'.length));
}

function collect(node, definitions, reached) {
  if (Array.isArray(node)) {
    for (const x of node) collect(x, definitions, reached);
  } else if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') {
        const name = refName(v);
        if (!(name in reached)) {
          reached[name] = definitions[name];
          collect(definitions[name], definitions, reached);
        }
      } else collect(v, definitions, reached);
    }
  }
}

const fileOf = (command) => join(outDir, `${command}.schema.json`);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const schemas = buildSchemas();
  const existing = (() => {
    try {
      return readdirSync(outDir).filter((f) => f.endsWith('.schema.json'));
    } catch {
      return [];
    }
  })();
  const wanted = new Set(Object.keys(schemas).map((c) => `${c}.schema.json`));
  if (process.argv.includes('--check')) {
    const stale = Object.entries(schemas).filter(([c, text]) => {
      try {
        return readFileSync(fileOf(c), 'utf8') !== text;
      } catch {
        return true;
      }
    });
    const extra = existing.filter((f) => !wanted.has(f));
    for (const [c] of stale) console.error(`schemas/${c}.schema.json is stale: run node scripts/schemas.mjs`);
    for (const f of extra) console.error(`schemas/${f} has no command: run node scripts/schemas.mjs`);
    process.exit(stale.length || extra.length ? 1 : 0);
  }
  mkdirSync(outDir, { recursive: true });
  for (const f of existing) if (!wanted.has(f)) rmSync(join(outDir, f));
  for (const [c, text] of Object.entries(schemas)) writeFileSync(fileOf(c), text);
  console.log(`wrote ${Object.keys(schemas).length} schemas to schemas/`);
}
