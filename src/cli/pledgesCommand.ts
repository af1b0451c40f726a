// `readout-lens pledges [--compare A B] [--format csv|json|md|cameo] [--date YYYY-MM-DD] FILE|DIR...`
// The pledges of many readouts: without --format a readable parties × topics matrix with the
// pair-by-pair reciprocity; with --format the pledge table in that format. --compare A B pairs
// the pledges of A and B by party and topic (new / dropped / firmer / weaker / same), where A and
// B are two readout files, two periods (YYYY, YYYY-MM or YYYY-MM-DD) or two party names.
// Exit codes: 0 ok, 1 a file could not be read (the others still count), 2 usage error.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeReadout } from '../core/analyze';
import { userLabelsFor } from './annotations';
import {
  collectPledges, compareDates, compareParties, comparePledges, pledgeMatrix, reciprocity,
  type CellSummary, type PledgeComparison, type PledgeTable, type ReadoutInput,
} from '../core/pledges';
import { exportComparison, exportPledges, PLEDGE_FORMATS, type PledgeFormat } from '../core/pledgeExport';
import { DEFAULT_MAX_BYTES, readReadout } from './readInput';
import { bold, dim, green, magenta, red, yellow } from './style';

const USAGE = 'Usage: readout-lens pledges [--compare A B] [--format csv|json|md|cameo] [--date YYYY-MM-DD] FILE|DIR...\n'
  + '  A and B: two readout files, two periods (2021, 2022-01, 2022-01-13) or two parties (China Vietnam)';
const READOUT_FILE = /\.(?:txt|md|readout)$/i;
const PERIOD = /^\d{4}(?:-\d{2}){0,2}$/;

/** Files named on the command line; a directory stands for the readouts directly inside it. */
function expandInputs(inputs: string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    let isDir = false;
    try { isDir = fs.statSync(input).isDirectory(); } catch { /* reported by readReadout below */ }
    if (isDir) {
      for (const name of fs.readdirSync(input).filter((n) => READOUT_FILE.test(n)).sort()) files.push(path.join(input, name));
    } else files.push(input);
  }
  return files;
}

/** Splits `--compare A B` off the arguments (parseArgs takes one value per option). */
function takeCompare(args: string[]): { rest: string[]; compare?: [string, string]; error?: string } {
  const i = args.indexOf('--compare');
  if (i === -1) return { rest: args };
  const [a, b] = [args[i + 1], args[i + 2]];
  if (a === undefined || b === undefined || a.startsWith('--') || b.startsWith('--')) return { rest: args, error: '--compare needs two values: A B' };
  return { rest: [...args.slice(0, i), ...args.slice(i + 3)], compare: [a, b] };
}

type CompareMode = 'readout' | 'period' | 'party';

function modeOf(value: string): CompareMode {
  if (PERIOD.test(value)) return 'period';
  try { if (fs.statSync(value).isFile()) return 'readout'; } catch { /* not a file */ }
  return 'party';
}

export function runPledges(args: string[]): number {
  const taken = takeCompare(args);
  if (taken.error) { console.error(`pledges: ${taken.error}\n${USAGE}`); return 2; }
  const { values, positionals } = parseArgs({
    args: taken.rest, allowPositionals: true,
    options: { format: { type: 'string' }, date: { type: 'string' } },
  });
  const format = values.format as PledgeFormat | undefined;
  if (format !== undefined && !PLEDGE_FORMATS.includes(format)) {
    console.error(`pledges: --format must be one of ${PLEDGE_FORMATS.join(', ')}, got ${JSON.stringify(values.format)}`); return 2;
  }
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    console.error(`pledges: --date must be YYYY-MM-DD, got ${JSON.stringify(values.date)}`); return 2;
  }
  const compare = taken.compare;
  const modes = compare?.map(modeOf);
  if (compare && modes && modes[0] !== modes[1]) {
    console.error(`pledges: --compare A B must be two of a kind (files, periods or parties); got a ${modes[0]} and a ${modes[1]}`); return 2;
  }
  if (compare && format === 'cameo') { console.error('pledges: CAMEO rows describe pledges, not changes: use csv, json or md with --compare'); return 2; }

  const files = expandInputs(positionals);
  if (compare && modes?.[0] === 'readout') {
    for (const f of compare) if (!files.some((x) => path.resolve(x) === path.resolve(f))) files.push(f);
  }
  if (files.length === 0) { console.error(`pledges: give at least one FILE or DIR\n${USAGE}`); return 2; }

  let failed = 0;
  const inputs: ReadoutInput[] = [];
  for (const file of files) {
    const read = readReadout(file, DEFAULT_MAX_BYTES);
    if (!read.ok) { failed++; console.error(`${red('error')} ${file}: ${read.error}`); continue; }
    // The user's labels win here too, as in `analyze` and the editor.
    const labels = userLabelsFor(file, read.text);
    for (const m of labels.messages) console.error(m);
    if (labels.failed) failed++;
    const analysis = labels.apply(analyzeReadout(read.text, { date: values.date, userGazetteer: labels.userGazetteer }));
    inputs.push({ id: path.resolve(file), label: file, analysis });
  }
  const table = collectPledges(inputs);

  if (compare && modes) {
    const result = compareBy(table, modes[0], compare);
    if (typeof result === 'string') { console.error(`pledges: ${result}`); return failed > 0 ? 1 : 2; }
    process.stdout.write(format ? exportComparison(format as Exclude<PledgeFormat, 'cameo'>, result) : formatComparison(result));
  } else {
    process.stdout.write(format ? exportPledges(format, table.pledges, table.readouts) : formatMatrix(table));
  }
  return failed > 0 ? 1 : 0;
}

function compareBy(table: PledgeTable, mode: CompareMode, [a, b]: [string, string]): PledgeComparison | string {
  if (mode === 'period') return compareDates(table.pledges, a, b);
  if (mode === 'party') {
    const known = new Set(table.pledges.map((p) => p.party));
    const unknown = [a, b].filter((p) => !known.has(p));
    if (unknown.length) return `no pledges by ${unknown.map((u) => JSON.stringify(u)).join(' or ')} (parties: ${[...known].join(', ') || 'none'})`;
    return compareParties(table.pledges, a, b);
  }
  const [ida, idb] = [path.resolve(a), path.resolve(b)];
  if (!table.readouts.some((r) => r.id === ida) || !table.readouts.some((r) => r.id === idb)) return 'a readout to compare could not be read';
  return comparePledges(table.pledges.filter((p) => p.readoutId === ida), table.pledges.filter((p) => p.readoutId === idb), [a, b]);
}

const STRENGTH_COLOUR = { firm: green, willing: yellow, aspirational: magenta } as const;

function cellText(c: CellSummary): string {
  return c.count === 0 ? dim('·') : `${c.count}${c.strongest ? STRENGTH_COLOUR[c.strongest](c.strongest[0]) : ''}`;
}

/** Pads text that may carry colour codes to a visible width. */
function pad(s: string, width: number): string {
  const visible = s.replace(/\x1b\[\d+m/g, '').length;
  return s + ' '.repeat(Math.max(0, width - visible));
}

function formatMatrix(table: PledgeTable): string {
  const m = pledgeMatrix(table.pledges);
  const out: string[] = [bold(`${m.total} pledges in ${table.readouts.length} readouts`) + dim('  (count + strongest: f firm, w willing, a aspirational)')];
  if (m.total === 0) return out.join('\n') + '\n';
  const first = Math.max(8, ...m.parties.map((p) => p.length)) + 2;
  const width = Math.max(6, ...m.topics.map((t) => t.length)) + 2;
  out.push(pad('', first) + m.topics.map((t) => pad(t, width)).join('') + 'total');
  m.parties.forEach((p, r) => out.push(pad(bold(p), first) + m.cells[r].map((c) => pad(cellText(c), width)).join('') + m.partyTotals[r]));
  out.push('', bold('Reciprocity') + dim('  (pair / topic: first side | second side | joint)'));
  for (const row of reciprocity(table.pledges)) {
    out.push(`  ${row.pair[0]}–${row.pair[1]}  ${pad(row.topic, 13)} ${pad(cellText(row.a), 5)}| ${pad(cellText(row.b), 5)}| ${cellText(row.joint)}`);
  }
  return out.join('\n') + '\n';
}

function formatComparison(c: PledgeComparison): string {
  const counts = Object.entries(c.counts).map(([k, n]) => `${k} ${n}`).join(', ');
  const out = [bold(`${c.beforeLabel} → ${c.afterLabel}`) + `  ${counts}`];
  for (const p of c.pairs) {
    const strengths = `${p.before?.strongest ?? '-'} → ${p.after?.strongest ?? '-'}`;
    const sentence = (p.after ?? p.before)?.pledges[0].sentence ?? '';
    out.push(`  ${pad(p.kind, 8)} ${pad(p.party, 10)} ${pad(p.topic, 13)} ${pad(strengths, 28)} ${dim(sentence.length > 90 ? sentence.slice(0, 87) + '...' : sentence)}`);
  }
  return out.join('\n') + '\n';
}
