// Pledges across readouts: the table every pledge view, export and CLI command works on, and the
// comparisons analysts ask for: a parties × topics matrix (with the two sides of each pair of
// talks next to each other), reciprocity by pair, differences between two readouts / dates /
// parties (new, dropped, firmer, weaker, same), a timeline per topic, filters and sort.
// Pure: input is ReadoutAnalysis objects, whoever produced them.

import type { ReadoutAnalysis, Strength, Topic } from './types';
import { STRENGTHS, TOPICS } from './types';
import { foldText } from './text';

/** One readout handed to the pledge table: a stable id (uri or path) and a short label. */
export interface ReadoutInput {
  id: string;
  label: string;
  analysis: ReadoutAnalysis;
}

/** What the list of readouts shows and what filters by readout need. */
export interface ReadoutSummary {
  id: string;
  label: string;
  date: string | null;
  /** Parties to the talks, most mentioned first (the pledges' parties fill in when the analysis names none). */
  parties: string[];
  /** Canonical names of the leaders mentioned, most mentioned first. */
  leaders: string[];
  pledgeCount: number;
  byStrength: Record<Strength, number>;
}

/** A commitment placed in its readout: the row of every pledge view and export. */
export interface Pledge {
  /** `${readoutId}#${start}`: unique in a table, stable while the sentence does not move. */
  id: string;
  readoutId: string;
  date: string | null;
  party: string;
  /** The other side(s) of the talks: who the pledge is made to (both parties for "both"). */
  counterparts: string[];
  topic: Topic;
  strength: Strength;
  speaker?: string;
  sentence: string;
  start: number;
  end: number;
  /** The wording that decided the strength. */
  markers: string[];
}

export interface PledgeTable {
  readouts: ReadoutSummary[];
  pledges: Pledge[];
}

export const BOTH = 'both';

const RANK: Record<Strength, number> = { aspirational: 1, willing: 2, firm: 3 };

export function strengthRank(s: Strength): number {
  return RANK[s];
}

/** The stronger of two strengths (firm over willing over aspirational). */
export function stronger(a: Strength | undefined, b: Strength): Strength {
  return a === undefined || RANK[b] > RANK[a] ? b : a;
}

export function pledgeId(readoutId: string, start: number): string {
  return `${readoutId}#${start}`;
}

function countBy<T>(items: Iterable<T>): Map<T, number> {
  const m = new Map<T, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

function byCountThenName(m: Map<string, number>): string[] {
  return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([k]) => k);
}

/**
 * Parties to the talks. The analysis' own list wins; when it names fewer than two (an extractor
 * that found no party), the parties that pledge in the readout fill in, so pairs still form.
 */
export function readoutParties(analysis: ReadoutAnalysis): string[] {
  const parties = analysis.parties.filter((p) => p !== BOTH);
  if (parties.length >= 2) return parties;
  const pledging = byCountThenName(countBy(analysis.commitments.map((c) => c.party).filter((p) => p !== BOTH)));
  for (const p of pledging) if (!parties.includes(p)) parties.push(p);
  return parties;
}

function summarise(r: ReadoutInput, parties: string[]): ReadoutSummary {
  const byStrength: Record<Strength, number> = { firm: 0, willing: 0, aspirational: 0 };
  for (const c of r.analysis.commitments) byStrength[c.strength]++;
  return {
    id: r.id,
    label: r.label,
    date: r.analysis.date,
    parties,
    leaders: byCountThenName(countBy(r.analysis.leaders.map((l) => l.canonical))),
    pledgeCount: r.analysis.commitments.length,
    byStrength,
  };
}

/** Readouts in time order, undated last, then by label: the order of every readout list. */
export function byReadoutOrder(a: ReadoutSummary, b: ReadoutSummary): number {
  const da = a.date ?? '\uffff', db = b.date ?? '\uffff';
  return da < db ? -1 : da > db ? 1 : a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
}

/** Collects the pledges of many readouts into one table, in readout order then text order. */
export function collectPledges(readouts: Iterable<ReadoutInput>): PledgeTable {
  const summaries: ReadoutSummary[] = [];
  const pledges: Pledge[] = [];
  for (const r of readouts) {
    const parties = readoutParties(r.analysis);
    summaries.push(summarise(r, parties));
    const commitments = [...r.analysis.commitments].sort((a, b) => a.start - b.start);
    for (const c of commitments) {
      pledges.push({
        id: pledgeId(r.id, c.start),
        readoutId: r.id,
        date: r.analysis.date,
        party: c.party,
        counterparts: c.party === BOTH ? parties.slice() : parties.filter((p) => p !== c.party),
        topic: c.topic,
        strength: c.strength,
        speaker: c.speaker,
        sentence: c.text,
        start: c.start,
        end: c.end,
        markers: c.markers.map((m) => m.text),
      });
    }
  }
  return { readouts: summaries, pledges };
}

// ---------------------------------------------------------------------------------------------
// Matrix and reciprocity

export interface CellSummary {
  count: number;
  /** Strongest strength among the cell's pledges; undefined when the cell is empty. */
  strongest?: Strength;
  byStrength: Record<Strength, number>;
}

export interface PledgeMatrix {
  /** Rows: parties ordered so that the two sides of the most frequent pairs sit together; "both" last. */
  parties: string[];
  /** Columns: topics with at least one pledge, in the TOPICS order. */
  topics: Topic[];
  /** cells[row][column] */
  cells: CellSummary[][];
  partyTotals: number[];
  topicTotals: number[];
  total: number;
}

function emptyCell(): CellSummary {
  return { count: 0, byStrength: { firm: 0, willing: 0, aspirational: 0 } };
}

function addToCell(cell: CellSummary, s: Strength): void {
  cell.count++;
  cell.byStrength[s]++;
  cell.strongest = stronger(cell.strongest, s);
}

/** Orders parties so that each is followed by its most frequent counterpart not yet placed. */
export function orderPartiesByPair(pledges: readonly Pledge[]): string[] {
  const volume = countBy(pledges.map((p) => p.party).filter((p) => p !== BOTH));
  const pairVolume = new Map<string, Map<string, number>>();
  for (const p of pledges) {
    if (p.party === BOTH) continue;
    for (const other of p.counterparts) {
      const row = pairVolume.get(p.party) ?? new Map<string, number>();
      row.set(other, (row.get(other) ?? 0) + 1);
      pairVolume.set(p.party, row);
      const back = pairVolume.get(other) ?? new Map<string, number>();
      back.set(p.party, (back.get(p.party) ?? 0) + 1);
      pairVolume.set(other, back);
    }
  }
  const order: string[] = [];
  const placed = new Set<string>();
  for (const party of byCountThenName(volume)) {
    if (placed.has(party)) continue;
    order.push(party); placed.add(party);
    const partner = byCountThenName(pairVolume.get(party) ?? new Map()).find((o) => !placed.has(o) && volume.has(o));
    if (partner) { order.push(partner); placed.add(partner); }
  }
  if (pledges.some((p) => p.party === BOTH)) order.push(BOTH);
  return order;
}

/** Parties × topics: count and strongest strength of the pledges in each cell. */
export function pledgeMatrix(pledges: readonly Pledge[], options: { allTopics?: boolean } = {}): PledgeMatrix {
  const parties = orderPartiesByPair(pledges);
  const used = new Set(pledges.map((p) => p.topic));
  const topics = TOPICS.filter((t) => options.allTopics || used.has(t));
  const row = new Map(parties.map((p, i) => [p, i]));
  const col = new Map(topics.map((t, i) => [t, i]));
  const cells = parties.map(() => topics.map(() => emptyCell()));
  const partyTotals = parties.map(() => 0);
  const topicTotals = topics.map(() => 0);
  for (const p of pledges) {
    const r = row.get(p.party), c = col.get(p.topic);
    if (r === undefined || c === undefined) continue;
    addToCell(cells[r][c], p.strength);
    partyTotals[r]++; topicTotals[c]++;
  }
  return { parties, topics, cells, partyTotals, topicTotals, total: pledges.length };
}

/** One topic of one pair of talks: what each side promised, and what they promised together. */
export interface ReciprocityRow {
  pair: [string, string];
  topic: Topic;
  a: CellSummary;
  b: CellSummary;
  joint: CellSummary;
}

/**
 * Reciprocity per pair of parties and topic. A pledge belongs to the pair formed by its party and
 * the first counterpart (the other main party of its readout); "both" belongs to the readout's pair.
 * Rows come pair by pair (most pledges first), topics in TOPICS order.
 */
export function reciprocity(pledges: readonly Pledge[]): ReciprocityRow[] {
  // Keyed "first\0second" then by topic; rows keep their pair key for the final sort.
  const pairs = new Map<string, { total: number; rows: Map<Topic, ReciprocityRow> }>();
  for (const p of pledges) {
    let x: string | undefined, y: string | undefined;
    if (p.party === BOTH) { if (p.counterparts.length >= 2) { x = p.counterparts[0]; y = p.counterparts[1]; } } else if (p.counterparts.length >= 1) { x = p.party; y = p.counterparts[0]; }
    if (x === undefined || y === undefined) continue;
    if (y < x) { const t = x; x = y; y = t; }
    const pk = `${x}\u0000${y}`;
    let pair = pairs.get(pk);
    if (!pair) { pair = { total: 0, rows: new Map() }; pairs.set(pk, pair); }
    let row = pair.rows.get(p.topic);
    if (!row) { row = { pair: [x, y], topic: p.topic, a: emptyCell(), b: emptyCell(), joint: emptyCell() }; pair.rows.set(p.topic, row); }
    addToCell(p.party === BOTH ? row.joint : p.party === x ? row.a : row.b, p.strength);
    pair.total++;
  }
  const topicIndex = new Map(TOPICS.map((t, i) => [t, i]));
  return [...pairs.entries()]
    .sort(([ka, a], [kb, b]) => b.total - a.total || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .flatMap(([, pair]) => [...pair.rows.values()].sort((r, q) => (topicIndex.get(r.topic) ?? 0) - (topicIndex.get(q.topic) ?? 0)));
}

// ---------------------------------------------------------------------------------------------
// Comparison

export type ChangeKind = 'new' | 'dropped' | 'firmer' | 'weaker' | 'same';
export const CHANGE_KINDS: readonly ChangeKind[] = ['new', 'dropped', 'firmer', 'weaker', 'same'];

/** Pledges of one side of a comparison that share a key (party + topic, or topic). */
export interface PairSide {
  strongest: Strength;
  pledges: Pledge[];
}

export interface PledgePair {
  /** Party of the pair; for a comparison of two parties, `${A} / ${B}`. */
  party: string;
  topic: Topic;
  kind: ChangeKind;
  before?: PairSide;
  after?: PairSide;
}

export interface PledgeComparison {
  /** What the two sides are, for headings: "000.txt" / "2022" / "China". */
  beforeLabel: string;
  afterLabel: string;
  pairs: PledgePair[];
  counts: Record<ChangeKind, number>;
}

function group(pledges: readonly Pledge[], keyOf: (p: Pledge) => string): Map<string, PairSide> {
  const groups = new Map<string, PairSide>();
  for (const p of pledges) {
    const k = keyOf(p);
    const g = groups.get(k);
    if (g) { g.pledges.push(p); g.strongest = stronger(g.strongest, p.strength); } else groups.set(k, { strongest: p.strength, pledges: [p] });
  }
  return groups;
}

function changeOf(before?: PairSide, after?: PairSide): ChangeKind {
  if (!before) return 'new';
  if (!after) return 'dropped';
  const d = RANK[after.strongest] - RANK[before.strongest];
  return d > 0 ? 'firmer' : d < 0 ? 'weaker' : 'same';
}

const KIND_ORDER: Record<ChangeKind, number> = { new: 0, dropped: 1, firmer: 2, weaker: 3, same: 4 };

function comparePairs(before: readonly Pledge[], after: readonly Pledge[], keyOf: (p: Pledge) => string,
  partyOf: (key: string, side: PairSide) => string, labels: [string, string]): PledgeComparison {
  const a = group(before, keyOf), b = group(after, keyOf);
  const keys = new Set([...a.keys(), ...b.keys()]);
  const pairs: PledgePair[] = [];
  const counts: Record<ChangeKind, number> = { new: 0, dropped: 0, firmer: 0, weaker: 0, same: 0 };
  const topicIndex = new Map(TOPICS.map((t, i) => [t, i]));
  for (const k of keys) {
    const x = a.get(k), y = b.get(k);
    const side = (x ?? y) as PairSide;
    const kind = changeOf(x, y);
    counts[kind]++;
    pairs.push({ party: partyOf(k, side), topic: side.pledges[0].topic, kind, before: x, after: y });
  }
  pairs.sort((p, q) => KIND_ORDER[p.kind] - KIND_ORDER[q.kind] || (p.party < q.party ? -1 : p.party > q.party ? 1 : 0)
    || (topicIndex.get(p.topic) ?? 0) - (topicIndex.get(q.topic) ?? 0));
  return { beforeLabel: labels[0], afterLabel: labels[1], pairs, counts };
}

/**
 * Pairs the pledges of two sets by party and topic. A pair is new (only after), dropped (only
 * before), firmer / weaker (the strongest strength rose / fell) or the same.
 */
export function comparePledges(before: readonly Pledge[], after: readonly Pledge[], labels: [string, string] = ['before', 'after']): PledgeComparison {
  return comparePairs(before, after, (p) => `${p.party}\u0000${p.topic}`, (_k, s) => s.pledges[0].party, labels);
}

/** Compares two readouts of a table by id. */
export function compareReadouts(table: PledgeTable, beforeId: string, afterId: string): PledgeComparison {
  const label = (id: string) => table.readouts.find((r) => r.id === id)?.label ?? id;
  return comparePledges(table.pledges.filter((p) => p.readoutId === beforeId), table.pledges.filter((p) => p.readoutId === afterId), [label(beforeId), label(afterId)]);
}

/** True when a readout date falls in a period written as YYYY, YYYY-MM or YYYY-MM-DD. */
export function inPeriod(date: string | null, period: string): boolean {
  return date !== null && date.startsWith(period);
}

/** Compares every pledge of one period (YYYY, YYYY-MM or YYYY-MM-DD) with those of another. */
export function compareDates(pledges: readonly Pledge[], before: string, after: string): PledgeComparison {
  return comparePledges(pledges.filter((p) => inPeriod(p.date, before)), pledges.filter((p) => inPeriod(p.date, after)), [before, after]);
}

/**
 * Compares what party A pledged with what party B pledged, topic by topic: "new" = only B,
 * "dropped" = only A, "firmer" = B pledged more firmly than A.
 */
export function compareParties(pledges: readonly Pledge[], partyA: string, partyB: string): PledgeComparison {
  return comparePairs(pledges.filter((p) => p.party === partyA), pledges.filter((p) => p.party === partyB),
    (p) => p.topic, () => `${partyA} / ${partyB}`, [partyA, partyB]);
}

// ---------------------------------------------------------------------------------------------
// Timeline

export type TimelineBucket = 'year' | 'month' | 'day';

export interface PledgeTimeline {
  bucket: TimelineBucket;
  /** Every period from the first to the last dated pledge, gaps included: "2021", "2021-06", "2021-06-04". */
  periods: string[];
  /** One series per topic that has dated pledges, in TOPICS order; counts[i] belongs to periods[i]. */
  series: { topic: Topic; counts: number[]; firm: number[] }[];
  /** Pledges of readouts without a date (not on the axis). */
  undated: number;
}

const DAY_MS = 86_400_000;

function nextPeriod(period: string, bucket: TimelineBucket): string {
  if (bucket === 'year') return String(Number(period) + 1);
  if (bucket === 'month') {
    const [y, m] = period.split('-').map(Number);
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  return new Date(Date.parse(`${period}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** Pledges per topic over time; the bucket is chosen from the span unless given (≤ 92 days: day, ≤ 5 years: month). */
export function pledgeTimeline(pledges: readonly Pledge[], bucket?: TimelineBucket): PledgeTimeline {
  const dated = pledges.filter((p) => p.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(p.date));
  const undated = pledges.length - dated.length;
  if (dated.length === 0) return { bucket: bucket ?? 'year', periods: [], series: [], undated };
  let min = dated[0].date as string, max = min;
  for (const p of dated) { const d = p.date as string; if (d < min) min = d; if (d > max) max = d; }
  const spanDays = (Date.parse(max) - Date.parse(min)) / DAY_MS;
  const b: TimelineBucket = bucket ?? (spanDays <= 92 ? 'day' : spanDays <= 5 * 366 ? 'month' : 'year');
  const cut = b === 'year' ? 4 : b === 'month' ? 7 : 10;
  const periods: string[] = [];
  for (let p = min.slice(0, cut); p <= max.slice(0, cut); p = nextPeriod(p, b)) periods.push(p);
  const index = new Map(periods.map((p, i) => [p, i]));
  const byTopic = new Map<Topic, { counts: number[]; firm: number[] }>();
  for (const p of dated) {
    let s = byTopic.get(p.topic);
    if (!s) { s = { counts: periods.map(() => 0), firm: periods.map(() => 0) }; byTopic.set(p.topic, s); }
    const i = index.get((p.date as string).slice(0, cut)) as number;
    s.counts[i]++;
    if (p.strength === 'firm') s.firm[i]++;
  }
  const series = TOPICS.filter((t) => byTopic.has(t)).map((t) => ({ topic: t, ...(byTopic.get(t) as { counts: number[]; firm: number[] }) }));
  return { bucket: b, periods, series, undated };
}

// ---------------------------------------------------------------------------------------------
// Filters and sort

export interface PledgeFilter {
  parties?: string[];
  topics?: Topic[];
  strengths?: Strength[];
  /** Inclusive bounds on the readout date (YYYY-MM-DD or a prefix); undated readouts fail any bound. */
  from?: string;
  to?: string;
  /** Canonical leader name: the pledge's speaker or a leader mentioned in its readout. */
  leader?: string;
  /** Free text, case and accent insensitive, over sentence, party, topic, speaker and readout label. */
  text?: string;
  readoutIds?: string[];
}

const haystacks = new WeakMap<Pledge, string>();

/** Lower-case, accent-folded form used by the free-text filter. */
export function foldForSearch(s: string): string {
  return foldText(s).text.toLowerCase();
}

function haystackOf(p: Pledge, label: string): string {
  let h = haystacks.get(p);
  if (h === undefined) {
    h = foldForSearch([p.sentence, p.party, p.topic, p.strength, p.speaker ?? '', label].join('\n'));
    haystacks.set(p, h);
  }
  return h;
}

export function isEmptyFilter(f: PledgeFilter): boolean {
  return !f.parties?.length && !f.topics?.length && !f.strengths?.length && !f.from && !f.to && !f.leader && !f.text?.trim() && !f.readoutIds?.length;
}

/** The pledges that pass every given criterion (an absent or empty criterion passes all). */
export function filterPledges(pledges: readonly Pledge[], readouts: readonly ReadoutSummary[], f: PledgeFilter): Pledge[] {
  if (isEmptyFilter(f)) return pledges.slice();
  const byId = new Map(readouts.map((r) => [r.id, r]));
  const parties = f.parties?.length ? new Set(f.parties) : undefined;
  const topics = f.topics?.length ? new Set<string>(f.topics) : undefined;
  const strengths = f.strengths?.length ? new Set<string>(f.strengths) : undefined;
  const ids = f.readoutIds?.length ? new Set(f.readoutIds) : undefined;
  const words = f.text ? foldForSearch(f.text).split(/\s+/).filter(Boolean) : [];
  // An upper bound written as a prefix ("2022") includes the whole period.
  const to = f.to ? f.to + '\uffff' : undefined;
  return pledges.filter((p) => {
    if (parties && !parties.has(p.party)) return false;
    if (topics && !topics.has(p.topic)) return false;
    if (strengths && !strengths.has(p.strength)) return false;
    if (ids && !ids.has(p.readoutId)) return false;
    if (f.from && (p.date === null || p.date < f.from)) return false;
    if (to && (p.date === null || p.date > to)) return false;
    const r = byId.get(p.readoutId);
    if (f.leader && p.speaker !== f.leader && !r?.leaders.includes(f.leader)) return false;
    if (words.length) {
      const h = haystackOf(p, r?.label ?? '');
      for (const w of words) if (!h.includes(w)) return false;
    }
    return true;
  });
}

export type PledgeSortKey = 'date' | 'party' | 'topic' | 'strength' | 'readout';
export const PLEDGE_SORT_KEYS: readonly PledgeSortKey[] = ['date', 'party', 'topic', 'strength', 'readout'];

/**
 * Sorted copy. Ties fall back to date, readout, then position in the text, so the order is stable
 * whatever the input order. Undated pledges sort after dated ones in ascending date order.
 */
export function sortPledges(pledges: readonly Pledge[], key: PledgeSortKey, descending = false, readouts?: readonly ReadoutSummary[]): Pledge[] {
  const labels = new Map((readouts ?? []).map((r) => [r.id, r.label]));
  const topicIndex = new Map(TOPICS.map((t, i) => [t, i]));
  // Keys are computed once per pledge (decorate, sort, undecorate): 20,000 rows sort in a few ms.
  const primary: (p: Pledge) => string | number = {
    date: (p: Pledge) => p.date ?? '\uffff',
    party: (p: Pledge) => p.party,
    topic: (p: Pledge) => topicIndex.get(p.topic) ?? 0,
    strength: (p: Pledge) => -RANK[p.strength],
    readout: (p: Pledge) => labels.get(p.readoutId) ?? p.readoutId,
  }[key];
  const sign = descending ? -1 : 1;
  const rows = pledges.map((p) => ({ p, k: primary(p), d: p.date ?? '\uffff', r: p.readoutId, s: p.start }));
  rows.sort((a, b) => (a.k < b.k ? -sign : a.k > b.k ? sign : 0) || (a.d < b.d ? -1 : a.d > b.d ? 1 : 0) || (a.r < b.r ? -1 : a.r > b.r ? 1 : 0) || a.s - b.s);
  return rows.map((x) => x.p);
}

/** Distinct values present in a table, for filter pickers. */
export function facets(table: PledgeTable): { parties: string[]; topics: Topic[]; strengths: Strength[]; leaders: string[]; dates: string[] } {
  const parties = orderPartiesByPair(table.pledges);
  const used = new Set(table.pledges.map((p) => p.topic));
  const leaders = byCountThenName(countBy(table.readouts.flatMap((r) => r.leaders)));
  const dates = [...new Set(table.readouts.map((r) => r.date).filter((d): d is string => d !== null))].sort();
  return { parties, topics: TOPICS.filter((t) => used.has(t)), strengths: STRENGTHS.slice(), leaders, dates };
}
