// Scores a ReadoutAnalysis against a gold file of the corpus (GUIDELINES.md):
// - leaders / agreements: gold mentions are placed by the guideline's counting rule (every
//   surface, longest first, unglued, overlaps skipped); a gold mention is found when a predicted
//   span of the same category overlaps it; a predicted span is correct when it overlaps a gold one.
// - commitments: a gold sentence is found when a predicted commitment overlaps it; party,
//   strength and topic accuracy are measured on the found pairs.
// Pure: the caller reads the files.

import type { ReadoutAnalysis } from './types';
import { splitSentences, sentenceKey, escapeRegExp } from './text';

export interface GoldEntity { surface: string; canonical: string; occurrences: number }
export interface GoldCommitment { sentence_start: string; party: string; strength: string; topic: string }
export interface GoldFile {
  file: string;
  date: string | null;
  leaders: GoldEntity[];
  agreements: GoldEntity[];
  commitments: GoldCommitment[];
}

export interface Counts { tp: number; fp: number; fn: number }
export interface Accuracy { right: number; total: number }
export interface FileScore {
  file: string;
  date: { gold: string | null; found: string | null };
  leaders: Counts; leaderCanonical: Accuracy;
  agreements: Counts; agreementCanonical: Accuracy;
  commitments: Counts; party: Accuracy; strength: Accuracy; topic: Accuracy;
  /** Human-readable misses and false alarms, for tuning and the verbose report. */
  errors: string[];
}

interface Placed { start: number; end: number; surface: string; canonical: string }

/** Gold mentions at their positions, by GUIDELINES.md section 2. */
export function placeGoldMentions(text: string, entities: GoldEntity[]): Placed[] {
  const ordered = [...entities].sort((a, b) =>
    Array.from(b.surface).length - Array.from(a.surface).length || (a.surface < b.surface ? -1 : a.surface > b.surface ? 1 : 0));
  const placed: Placed[] = [];
  for (const e of ordered) {
    if (!e.surface) continue;
    const re = new RegExp(escapeRegExp(e.surface), 'g');
    const startsAlnum = /^[\p{L}\p{N}]/u.test(e.surface);
    const endsAlnum = /[\p{L}\p{N}]$/u.test(e.surface);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const a = m.index, b = a + m[0].length;
      if (m[0].length === 0) { re.lastIndex++; continue; }
      if ((startsAlnum && isGlueStrict(text, a - 1)) || (endsAlnum && isGlueStrict(text, b))) continue;
      if (placed.some((p) => a < p.end && p.start < b)) continue;
      placed.push({ start: a, end: b, surface: e.surface, canonical: e.canonical });
    }
  }
  return placed.sort((x, y) => x.start - y.start);
}

// The checker's glue is Python's \w: letters, digits, underscore (not combining marks).
function isGlueStrict(text: string, i: number): boolean {
  return i >= 0 && i < text.length && /[\p{L}\p{N}_]/u.test(text[i]);
}

const same = (a: string, b: string) => a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();

function scoreEntities(
  text: string, gold: GoldEntity[], found: { start: number; end: number; text: string; canonical: string }[],
  label: string, errors: string[],
): { counts: Counts; canonical: Accuracy } {
  const placed = placeGoldMentions(text, gold);
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const canonical: Accuracy = { right: 0, total: 0 };
  for (const g of placed) {
    const hits = found.filter((f) => f.start < g.end && g.start < f.end);
    if (hits.length === 0) { counts.fn++; errors.push(`${label} missed ${JSON.stringify(g.surface)} @${g.start}`); continue; }
    counts.tp++;
    canonical.total++;
    if (hits.some((h) => same(h.canonical, g.canonical))) canonical.right++;
    else errors.push(`${label} canonical ${JSON.stringify(g.surface)} @${g.start}: gold ${JSON.stringify(g.canonical)}, found ${JSON.stringify(hits[0].canonical)}`);
  }
  for (const f of found) {
    if (!placed.some((g) => f.start < g.end && g.start < f.end)) {
      counts.fp++;
      errors.push(`${label} false ${JSON.stringify(f.text)} @${f.start}`);
    }
  }
  return { counts, canonical };
}

export function scoreFile(text: string, gold: GoldFile, found: ReadoutAnalysis): FileScore {
  const errors: string[] = [];
  const leaders = scoreEntities(text, gold.leaders ?? [], found.leaders, 'leader', errors);
  const agreements = scoreEntities(text, gold.agreements ?? [], found.agreements, 'agreement', errors);

  // Locate gold sentences with our splitter (the same rules as the checker's).
  const sentences = splitSentences(text);
  const commitments: Counts = { tp: 0, fp: 0, fn: 0 };
  const party: Accuracy = { right: 0, total: 0 };
  const strength: Accuracy = { right: 0, total: 0 };
  const topic: Accuracy = { right: 0, total: 0 };
  const matched = new Set<number>();
  for (const g of gold.commitments ?? []) {
    const at = text.indexOf(g.sentence_start);
    const sentence = sentences.find((s) => s.start === at) ??
      (at >= 0 ? { start: at, end: at + g.sentence_start.length } : undefined);
    const hitIndex = sentence ? found.commitments.findIndex((c, i) => !matched.has(i) && c.start < sentence.end && sentence.start < c.end) : -1;
    if (hitIndex < 0) {
      commitments.fn++;
      errors.push(`commitment missed ${JSON.stringify(g.sentence_start)} (${g.party}/${g.strength}/${g.topic})`);
      continue;
    }
    matched.add(hitIndex);
    commitments.tp++;
    const c = found.commitments[hitIndex];
    const check = (acc: Accuracy, name: string, want: string, got: string) => {
      acc.total++;
      if (same(want, got)) acc.right++;
      else errors.push(`commitment ${name} ${JSON.stringify(g.sentence_start.slice(0, 40))}: gold ${want}, found ${got}`);
    };
    check(party, 'party', g.party, c.party);
    check(strength, 'strength', g.strength, c.strength);
    check(topic, 'topic', g.topic, c.topic);
  }
  found.commitments.forEach((c, i) => {
    if (matched.has(i)) return;
    commitments.fp++;
    errors.push(`commitment false ${JSON.stringify(sentenceKey(c.text))} (${c.party}/${c.strength}/${c.topic})`);
  });

  return {
    file: gold.file,
    date: { gold: gold.date, found: found.date },
    leaders: leaders.counts, leaderCanonical: leaders.canonical,
    agreements: agreements.counts, agreementCanonical: agreements.canonical,
    commitments, party, strength, topic,
    errors,
  };
}

export interface Summary {
  files: number;
  leaders: Prf; leaderCanonical: number;
  agreements: Prf; agreementCanonical: number;
  commitments: Prf; party: number; strength: number; topic: number;
  date: number;
}
export interface Prf { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, ...c };
}

const ratio = (a: Accuracy) => (a.total === 0 ? 1 : a.right / a.total);

/** Micro-averaged totals over files. */
export function summarize(scores: FileScore[]): Summary {
  const addC = (pick: (s: FileScore) => Counts): Counts =>
    scores.reduce((t, s) => ({ tp: t.tp + pick(s).tp, fp: t.fp + pick(s).fp, fn: t.fn + pick(s).fn }), { tp: 0, fp: 0, fn: 0 });
  const addA = (pick: (s: FileScore) => Accuracy): Accuracy =>
    scores.reduce((t, s) => ({ right: t.right + pick(s).right, total: t.total + pick(s).total }), { right: 0, total: 0 });
  return {
    files: scores.length,
    leaders: prf(addC((s) => s.leaders)), leaderCanonical: ratio(addA((s) => s.leaderCanonical)),
    agreements: prf(addC((s) => s.agreements)), agreementCanonical: ratio(addA((s) => s.agreementCanonical)),
    commitments: prf(addC((s) => s.commitments)),
    party: ratio(addA((s) => s.party)), strength: ratio(addA((s) => s.strength)), topic: ratio(addA((s) => s.topic)),
    date: scores.length === 0 ? 1 : scores.filter((s) => s.date.gold === s.date.found).length / scores.length,
  };
}

/** Thresholds of the issue "The analysis core": the eval test and the CLI's verdict use them. */
export const THRESHOLDS = {
  leadersF1: 0.95, leaderCanonical: 0.95, agreementsF1: 0.85, commitmentsF1: 0.85,
  party: 0.85, strength: 0.85, topic: 0.75,
} as const;

export function belowThresholds(s: Summary): string[] {
  const out: string[] = [];
  const check = (name: string, got: number, want: number) => { if (got < want) out.push(`${name} ${got.toFixed(3)} < ${want}`); };
  check('leaders F1', s.leaders.f1, THRESHOLDS.leadersF1);
  check('leader canonical', s.leaderCanonical, THRESHOLDS.leaderCanonical);
  check('agreements F1', s.agreements.f1, THRESHOLDS.agreementsF1);
  check('commitments F1', s.commitments.f1, THRESHOLDS.commitmentsF1);
  check('party', s.party, THRESHOLDS.party);
  check('strength', s.strength, THRESHOLDS.strength);
  check('topic', s.topic, THRESHOLDS.topic);
  return out;
}
