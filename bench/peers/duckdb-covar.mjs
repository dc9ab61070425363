#!/usr/bin/env node
/**
 * DuckDB's own aggregate for what csat --engine duckdb computes (bench/duckdb.mjs): the count, the
 * means and the sample covariances of items q1..qk of a Parquet file, in one query written the way
 * a DuckDB user would (AVG, COVAR_SAMP), run through the same @duckdb/node-api in a process of its
 * own. Prints the count and the first covariance so the two can be checked against each other.
 *
 *   node bench/peers/duckdb-covar.mjs FILE.parquet K
 */
import { DuckDBInstance } from '@duckdb/node-api';

const [file, k] = [process.argv[2], Number(process.argv[3])];
const items = Array.from({ length: k }, (_, j) => `q${j + 1}`);
const sums = ['COUNT(*) AS n', ...items.map((x) => `AVG(${x}) AS m_${x}`)];
for (let a = 0; a < k; a++) for (let b = a; b < k; b++) sums.push(`COVAR_SAMP(${items[a]}, ${items[b]}) AS c_${a + 1}_${b + 1}`);
const instance = await DuckDBInstance.create(':memory:');
const con = await instance.connect();
const reader = await con.runAndReadAll(`SELECT ${sums.join(', ')} FROM read_parquet('${file.replace(/'/g, "''")}')`);
const [row] = reader.getRowObjectsJS();
console.log(JSON.stringify({ n: Number(row.n), c_1_2: row.c_1_2 }));
con.closeSync();
instance.closeSync();
