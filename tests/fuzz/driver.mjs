// Runs a batch of CLI cases in one Node process (a process per case would cost ~0.4 s of start-up
// each): `node driver.mjs cases.json results.jsonl`. Each case is {dir, args}; the case runs with `dir` as the
// working folder, its stdout and stderr captured, and one JSON line per case is printed with the
// exit code, the output, the files left in `dir` and the process's RSS (appended to the results
// file: a pipe may take a long line only in part). "start <i>" comes before
// each case, so when the batch is killed (a hang, memory exhausted) the parent knows which case.
import { appendFileSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const { main } = await import(resolve(import.meta.dirname, '../../dist/bundle/csat.js'));
const cases = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const CASE_TIMEOUT_MS = Number(process.env.CSAT_FUZZ_CASE_MS ?? 20000);

const out = (line) => appendFileSync(process.argv[3], `${line}\n`);
const realStdout = process.stdout.write.bind(process.stdout);
const realStderr = process.stderr.write.bind(process.stderr);

function capture(buffer) {
  return (chunk, encoding, cb) => {
    buffer.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const done = typeof encoding === 'function' ? encoding : cb;
    if (done) process.nextTick(done);
    return true;
  };
}

let peak = 0;
for (let i = 0; i < cases.length; i++) {
  const c = cases[i];
  out(`start ${i}`);
  const stdout = [];
  const stderr = [];
  process.chdir(c.dir);
  process.stdout.write = capture(stdout);
  process.stderr.write = capture(stderr);
  let code;
  let timer;
  const t0 = Date.now();
  try {
    code = await Promise.race([
      main(['node', 'csat', ...c.args]),
      new Promise((res) => {
        timer = setTimeout(() => res('timeout'), CASE_TIMEOUT_MS);
      }),
    ]);
  } catch (err) {
    code = 'threw';
    stderr.push(String(err?.stack ?? err));
  } finally {
    clearTimeout(timer);
    process.stdout.write = realStdout;
    process.stderr.write = realStderr;
  }
  const rss = process.memoryUsage().rss;
  peak = Math.max(peak, rss);
  out(JSON.stringify({ i, code, ms: Date.now() - t0, stdout: stdout.join(''), stderr: stderr.join(''), files: readdirSync(c.dir).sort(), rss }));
}
out(JSON.stringify({ done: true, peak }));
