// The workspace-index benchmark: 10,000 generated readouts (corpus sentences recombined under
// generated datelines, ~3 KB each) analysed and put into the term index, as the editor's
// background pass does; then a single-file update (one readout edited and re-indexed), as a
// save or a debounced keystroke does. Prints medians, never fails on time.
// Aims (issue 5, this 2-core machine): full pass < 20 s, single-file update < 50 ms.
// Run alone: node out/bench/index.bench.js [--files N] [--workers N]

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeReadout } from '../src/core/analyze';
import { splitSentences } from '../src/core/text';
import { TermIndex } from '../src/core/termIndex';
import { defaultCorpusDir } from '../src/cli/evalCommand';
import { WorkerPool } from '../src/vscode/workerPool';
import { median, type BenchResult } from './run';

/** Deterministic generator (mulberry32), so every run indexes the same workspace. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = ['HANOI', 'BEIJING', 'TOKYO', 'CANBERRA', 'BERLIN', 'MOSCOW', 'WASHINGTON', 'SEOUL', 'ANKARA', 'LONDON', 'JAKARTA', 'MANILA'];
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

export function corpusSentences(corpusDir = defaultCorpusDir()): string[] {
  const dir = path.join(corpusDir, 'readouts');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .flatMap((f) => splitSentences(fs.readFileSync(path.join(dir, f), 'utf8')).map((s) => s.text))
    .filter((s) => s.length > 40 && s.length < 600);
}

/** One generated readout: title, dateline with a date between 2012 and 2025, 12-24 sentences. */
export function generateReadout(sentences: string[], random: () => number): string {
  const pick = () => sentences[Math.floor(random() * sentences.length)];
  const year = 2012 + Math.floor(random() * 14);
  const month = Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const lines = [pick(), '', `${CITIES[Math.floor(random() * CITIES.length)]}, ${MONTHS[month]} ${day}, ${year} (Xinhua) -- ${pick()}`];
  const n = 12 + Math.floor(random() * 13);
  let paragraph: string[] = [];
  for (let i = 0; i < n; i++) {
    paragraph.push(pick());
    if (random() < 0.4) { lines.push('', paragraph.join(' ')); paragraph = []; }
  }
  if (paragraph.length) lines.push('', paragraph.join(' '));
  return `${lines.join('\n')}\n`;
}

export interface IndexBenchOptions { files?: number; updates?: number; workers?: number; corpusDir?: string; print?: (line: string) => void }

/**
 * The full pass as the editor runs it: analyses in the worker pool (dist/analysisWorker.js),
 * term index updates on this thread. Undefined when the worker bundle is not built.
 */
export async function workerPass(texts: string[], workers?: number): Promise<{ ms: number; workers: number } | undefined> {
  // Beside the CLI bundle (dist/cli.js) or, from tsc output (out/bench/), in dist/.
  const script = [path.resolve(__dirname, 'analysisWorker.js'), path.resolve(__dirname, '../../dist/analysisWorker.js')].find((f) => fs.existsSync(f));
  if (!script) return undefined;
  const pool = new WorkerPool(script, (line) => console.error(line), workers);
  const index = new TermIndex();
  const queue = texts.map((t, i) => [i, t] as const);
  const t0 = process.hrtime.bigint();
  const lane = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [i, text] = next;
      index.update(`file:///bench/${i}.txt`, text, await pool.analyze(text, {}));
    }
  };
  try {
    await Promise.all(Array.from({ length: pool.parallelism * 2 }, lane));
    return { ms: Number(process.hrtime.bigint() - t0) / 1e6, workers: pool.parallelism };
  } finally {
    pool.dispose();
  }
}

export async function runIndexBench(options: IndexBenchOptions = {}): Promise<BenchResult[]> {
  const files = options.files ?? 10_000;
  const updates = options.updates ?? 30;
  const print = options.print ?? ((line: string) => console.log(line));
  const random = prng(20261201);
  const sentences = corpusSentences(options.corpusDir);
  const texts = Array.from({ length: files }, () => generateReadout(sentences, random));
  const bytes = texts.reduce((n, t) => n + t.length, 0);
  print(`index bench: ${files} generated readouts, ${(bytes / 1024 / 1024).toFixed(1)} MB, median ${median(texts.map((t) => t.length))} chars`);

  // Full pass, as the background indexer runs it (analysis + term index per file).
  const index = new TermIndex();
  const perFile: number[] = [];
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < files; i++) {
    const s = process.hrtime.bigint();
    index.update(`file:///bench/${i}.txt`, texts[i], analyzeReadout(texts[i]));
    perFile.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  const fullMs = Number(process.hrtime.bigint() - t0) / 1e6;
  print(`  full pass ${(fullMs / 1000).toFixed(2)} s (aim < 20 s), per file median ${median(perFile).toFixed(2)} ms`);

  // Single-file updates: a readout in the middle gets a sentence appended, is analysed and re-indexed.
  const target = Math.floor(files / 2);
  const updateMs: number[] = [];
  const indexOnlyMs: number[] = [];
  for (let i = 0; i < updates; i++) {
    const edited = `${texts[target]}${sentences[(i * 37) % sentences.length]}\n`;
    const s = process.hrtime.bigint();
    const analysis = analyzeReadout(edited);
    const a = process.hrtime.bigint();
    index.update(`file:///bench/${target}.txt`, edited, analysis);
    const e = process.hrtime.bigint();
    updateMs.push(Number(e - s) / 1e6);
    indexOnlyMs.push(Number(e - a) / 1e6);
  }
  // A lookup as a hover does it: the most mentioned leader key, all its occurrences.
  const key = index.occurrencesIn(`file:///bench/${target}.txt`).find((o) => o.kind === 'leader' || o.kind === 'term')?.key;
  const lookupMs: number[] = [];
  const previewMs: number[] = [];
  let found = 0;
  for (let i = 0; key && i < updates; i++) {
    const s = process.hrtime.bigint();
    found = index.occurrences(key).length;
    const m = process.hrtime.bigint();
    index.preview(key, `file:///bench/${target}.txt`, 50);
    previewMs.push(Number(process.hrtime.bigint() - m) / 1e6);
    lookupMs.push(Number(m - s) / 1e6);
  }
  print(`  single-file update median ${median(updateMs).toFixed(2)} ms (aim < 50 ms), term index part ${median(indexOnlyMs).toFixed(3)} ms`);
  const results: BenchResult[] = [
    { name: `index ${files} generated readouts (full pass)`, median: fullMs / 1000, unit: 's', note: 'aim < 20 s on 2 cores' },
    { name: 'index: per readout during the full pass', median: median(perFile), unit: 'ms' },
    { name: 'index: single-file update (analyse + re-index)', median: median(updateMs), unit: 'ms', note: 'aim < 50 ms' },
    { name: 'index: term index update alone', median: median(indexOnlyMs), unit: 'ms' },
  ];
  if (lookupMs.length) {
    results.push({ name: `index: all occurrences of one key (${found}), "show all"`, median: median(lookupMs), unit: 'ms' });
    results.push({ name: 'index: hover preview of that key (this file + 50 elsewhere)', median: median(previewMs), unit: 'ms' });
  }
  const pooled = await workerPass(texts, options.workers);
  if (pooled) {
    print(`  full pass in ${pooled.workers} analysis worker(s), as the editor runs it: ${(pooled.ms / 1000).toFixed(2)} s`);
    results.push({ name: `index ${files} readouts with ${pooled.workers} worker(s) (editor's pass)`, median: pooled.ms / 1000, unit: 's', note: 'aim < 20 s on 2 cores' });
  }
  return results;
}
