#!/usr/bin/env node
// Thin launcher: the CLI, compiled and bundled into one file (npm run build, run by `npm install`
// through the prepare script).
import { main } from '../dist/bundle/csat.js';

main(process.argv).then((code) => {
  process.exitCode = code;
});
