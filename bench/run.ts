// `readout-lens bench` (and `npm run bench`): how fast the core analyses readouts.
// Reports medians and ratios, never fails on time:
//   - median time to analyse a ~5 KB readout (corpus texts concatenated and cut to 5 KB)
//   - throughput in MB/s on a 1 MB file made of corpus readouts
//   - cost growth 5 KB -> 1 MB as time-per-byte ratio (1.0 = perfectly linear)
//   - the workspace index (bench/index.bench.ts) and the pledges panel (bench/pledges.bench.ts)
// --quick runs fewer repetitions (used by the test that checks the bench runs at all).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeReadout } from '../src/core/analyze';
import { loadNlp } from '../src/core/nlp';
import { defaultCorpusDir } from '../src/cli/evalCommand';
import { runIndexBench } from './index.bench';
import { runPledgesBench } from './pledges.bench';

export interface BenchResult { name: string; median: number; unit: string; note?: string }

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Times fn `runs` times (after `warmup` untimed runs); returns the per-run milliseconds. */
export function time(fn: () => void, runs: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out;
}

/** Corpus readouts joined by blank lines, repeated until `bytes` long, cut at a line end. */
export function makeText(bytes: number, corpusDir = defaultCorpusDir()): string {
  const dir = path.join(corpusDir, 'readouts');
  const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  let out = '';
  for (let i = 0; out.length < bytes; i++) out += texts[i % texts.length] + '\n\n';
  const cut = out.lastIndexOf('\n', bytes);
  return out.slice(0, cut > bytes / 2 ? cut : bytes);
}

export function runAnalysisBench(quick = false): BenchResult[] {
  const small = makeText(5 * 1024);
  const big = makeText(1024 * 1024);
  const smallMs = median(time(() => analyzeReadout(small), quick ? 20 : 200, quick ? 2 : 20));
  const bigMs = median(time(() => analyzeReadout(big), quick ? 1 : 5, 1));
  const mb = big.length / (1024 * 1024);
  const growth = (bigMs / big.length) / (smallMs / small.length);
  return [
    { name: `analyze ~5 KB readout (${small.length} chars)`, median: smallMs, unit: 'ms', note: 'aim: well under one 16 ms frame' },
    { name: `analyze 1 MB file (${big.length} chars)`, median: bigMs, unit: 'ms' },
    { name: 'throughput on 1 MB', median: mb / (bigMs / 1000), unit: 'MB/s', note: 'aim: about 1 MB/s or more' },
    { name: 'cost growth 5 KB -> 1 MB (time per byte, 1.0 = linear)', median: growth, unit: 'x', note: 'must stay near 1 (linear)' },
  ];
}

/** What compromise costs: its first load, and the analysis of a 5 KB readout with it. */
export async function runNlpBench(quick = false): Promise<BenchResult[]> {
  const t = process.hrtime.bigint();
  const nlp = await loadNlp();
  const loadMs = Number(process.hrtime.bigint() - t) / 1e6;
  const small = makeText(5 * 1024);
  const withNlp = median(time(() => analyzeReadout(small, { nlp }), quick ? 20 : 200, quick ? 2 : 20));
  return [
    { name: 'compromise: first load (dynamic import, once per process)', median: loadMs, unit: 'ms', note: 'off the first paint: loaded after activation' },
    { name: 'analyze ~5 KB readout with compromise confirming names', median: withNlp, unit: 'ms' },
  ];
}

export function formatResults(results: BenchResult[]): string {
  return results.map((r) => `${r.name.padEnd(62)} ${r.median.toFixed(2).padStart(10)} ${r.unit}${r.note ? `   (${r.note})` : ''}`).join('\n');
}

/** readout-lens bench [--quick] [--only analysis|index|pledges] [--files N] [--workers N] */
export async function runBench(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: {
    quick: { type: 'boolean', default: false }, only: { type: 'string' }, files: { type: 'string' }, workers: { type: 'string' },
  } });
  const quick = values.quick ?? false;
  const want = (suite: string) => !values.only || values.only === suite;
  if (want('analysis')) {
    console.log(formatResults(runAnalysisBench(quick)));
    console.log(formatResults(await runNlpBench(quick)));
  }
  if (want('index')) {
    const files = values.files ? Number(values.files) : quick ? 300 : undefined;
    console.log(formatResults(await runIndexBench({ files, updates: quick ? 5 : undefined, workers: values.workers ? Number(values.workers) : undefined })));
  }
  if (want('pledges')) console.log(formatResults(runPledgesBench(quick)));
  return 0;
}
