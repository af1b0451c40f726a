// `readout-lens eval [DIR]`: scores the core against a gold corpus laid out as
// DIR/readouts/<name>.txt + DIR/gold/<name>.json (the ../shared/corpus layout) and prints
// precision, recall and F1 per category plus canonical, party, strength and topic accuracy,
// overall and per file. The talks' date is NOT given to the core: finding it is part of the test.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeReadout } from '../core/analyze';
import { loadNlp, type Nlp } from '../core/nlp';
import { belowThresholds, prf, scoreFile, summarize, type FileScore, type GoldFile, type Summary } from '../core/eval';
import { decodeReadout } from './readInput';
import { bold, dim, green, red } from './style';

/** The corpus to score when none is named: ../shared/corpus if present, else the bundled copy. */
export function defaultCorpusDir(): string {
  const candidates = [path.resolve('../shared/corpus'), path.resolve(__dirname, '../../shared/corpus'), path.resolve(__dirname, '../corpus'), path.resolve('corpus')];
  return candidates.find((d) => fs.existsSync(path.join(d, 'gold'))) ?? candidates[0];
}

export interface CorpusEval { dir: string; scores: FileScore[]; summary: Summary; problems: string[] }

/** Scores every gold file of a corpus directory. */
export function evaluateCorpus(dir: string, nlp?: Nlp): CorpusEval {
  const goldDir = path.join(dir, 'gold');
  const problems: string[] = [];
  const scores: FileScore[] = [];
  for (const name of fs.readdirSync(goldDir).filter((n) => n.endsWith('.json')).sort()) {
    let gold: GoldFile;
    try { gold = JSON.parse(fs.readFileSync(path.join(goldDir, name), 'utf8')) as GoldFile; } catch (e) {
      problems.push(`${name}: unreadable gold JSON (${(e as Error).message})`); continue;
    }
    const textPath = path.join(dir, 'readouts', gold.file ?? name.replace(/\.json$/, '.txt'));
    if (!fs.existsSync(textPath)) { problems.push(`${name}: readout ${textPath} not found`); continue; }
    const read = decodeReadout(fs.readFileSync(textPath));
    if (!read.ok) { problems.push(`${name}: ${read.error}`); continue; }
    scores.push(scoreFile(read.text, gold, analyzeReadout(read.text, { nlp })));
  }
  return { dir, scores, summary: summarize(scores), problems };
}

const pct = (x: number) => x.toFixed(3);

export function formatSummary(s: Summary): string {
  const row = (name: string, p: ReturnType<typeof prf>, extra: string) =>
    `${name.padEnd(12)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${bold(pct(p.f1))}  ${dim(`(tp ${p.tp} fp ${p.fp} fn ${p.fn})`)}  ${extra}`;
  return [
    row('leaders', s.leaders, `canonical ${pct(s.leaderCanonical)}`),
    row('agreements', s.agreements, `canonical ${pct(s.agreementCanonical)}`),
    row('commitments', s.commitments, `party ${pct(s.party)}  strength ${pct(s.strength)}  topic ${pct(s.topic)}`),
    `date         ${pct(s.date)} of files`,
  ].join('\n');
}

export async function runEval(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { verbose: { type: 'boolean', short: 'v', default: false }, json: { type: 'boolean', default: false }, check: { type: 'boolean', default: false }, 'no-nlp': { type: 'boolean', default: false } },
  });
  const dir = path.resolve(positionals[0] ?? defaultCorpusDir());
  if (!fs.existsSync(path.join(dir, 'gold'))) {
    console.error(`eval: ${dir} has no gold/ folder (expected DIR/readouts/*.txt and DIR/gold/*.json)`);
    return 2;
  }
  const result = evaluateCorpus(dir, values['no-nlp'] ? undefined : await loadNlp());
  if (values.json) {
    console.log(JSON.stringify({ dir, summary: result.summary, files: result.scores.map(({ errors: _e, ...s }) => s), problems: result.problems }, null, 1));
  } else {
    console.log(bold(`Readout Lens eval on ${dir} (${result.summary.files} files)`));
    for (const s of result.scores) {
      const one = summarize([s]);
      console.log(`  ${s.file.padEnd(48)} L ${pct(one.leaders.f1)}  A ${pct(one.agreements.f1)}  C ${pct(one.commitments.f1)}  ` +
        dim(`party ${pct(one.party)} strength ${pct(one.strength)} topic ${pct(one.topic)} date ${s.date.gold === s.date.found ? 'ok' : `${s.date.found} != ${s.date.gold}`}`));
      if (values.verbose) for (const e of s.errors) console.log(dim(`      ${e}`));
    }
    for (const p of result.problems) console.log(red(`  ${p}`));
    console.log(bold('Overall'));
    console.log(formatSummary(result.summary));
  }
  const below = belowThresholds(result.summary);
  if (!values.json) console.log(below.length ? red(`below thresholds: ${below.join(', ')}`) : green('all thresholds met'));
  return values.check && (below.length > 0 || result.problems.length > 0) ? 1 : 0;
}
