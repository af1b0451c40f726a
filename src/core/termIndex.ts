// The workspace term index: which entity (leader, agreement, pledge topic, recurring capitalised
// term) is mentioned where, across every indexed readout. Pure and updated one file at a time,
// so a keystroke in one readout costs the size of that readout, not of the workspace.
// Keys group the surfaces of one entity: "Li", "Premier Li" and "Li Qiang" share `leader:Li Qiang`.

import type { ReadoutAnalysis } from './types';
import { foldText } from './text';

export type TermKind = 'leader' | 'agreement' | 'pledge' | 'term';

export interface TermOccurrence {
  /** Identity of the file (a URI string in the editor, a path in the CLI). */
  file: string;
  start: number;
  end: number;
  /** The text as written at this occurrence. */
  surface: string;
  key: string;
  kind: TermKind;
  /** What the key stands for, for people: "Li Qiang", "China · trade". */
  label: string;
}

export function leaderKey(canonical: string): string {
  return `leader:${canonical}`;
}
export function agreementKey(canonical: string): string {
  return `agreement:${foldText(canonical).text.toLowerCase()}`;
}
export function pledgeKey(party: string, topic: string): string {
  return `pledge:${party.toLowerCase()}|${topic}`;
}
export function capitalisedTermKey(surface: string): string {
  const folded = foldText(surface).text.toLowerCase().replace(/['\u2019]s$/, '');
  return `term:${folded.replace(/\s+/g, ' ')}`;
}

// Words that open sentences or join clauses; a capitalised one is not a name.
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'as', 'by', 'for', 'from',
  'to', 'of', 'with', 'and', 'or', 'but', 'if', 'when', 'while', 'during', 'after', 'before',
  'since', 'he', 'she', 'it', 'we', 'they', 'i', 'you', 'his', 'her', 'its', 'our', 'their',
  'both', 'all', 'each', 'there', 'here', 'also', 'however', 'meanwhile', 'furthermore',
  'moreover', 'mr', 'mrs', 'ms', 'dr', 'h.e', 'article', 'number', 'date', 'photo', 'source',
]);
const CALENDAR_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
/** Titles are part of how a leader is named, not names of their own: "Premier", "Prime Minister". */
const TITLE_WORDS = new Set([
  'president', 'premier', 'prime', 'minister', 'chancellor', 'king', 'queen', 'secretary', 'general',
  'vice', 'foreign', 'state', 'councilor', 'councillor', 'chairman', 'chairwoman', 'spokesman',
  'spokesperson', 'ambassador', 'his', 'her', 'excellency', 'deputy', 'senior', 'director',
]);
/** Lower-case words allowed inside a name when a capitalised word follows: "Ministry of Foreign Affairs". */
const CONNECTORS = new Set(['of', 'the', 'for', 'on', 'de', 'du', 'la', 'von', 'der', 'bin', 'al']);

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'\u2019][\p{L}\p{M}\p{N}]+)*/gu;
const CAPITAL = /^\p{Lu}/u;
/** Lines this long are not prose (minified text, binary read as text): no term scan there. */
const MAX_SCAN_LINE = 20_000;

interface Word { start: number; end: number; text: string; capital: boolean; sentenceStart: boolean }

function* wordsOf(text: string): Generator<Word> {
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    if (lineEnd - lineStart <= MAX_SCAN_LINE) {
      const line = text.slice(lineStart, lineEnd);
      let sentenceStart = true;
      let last = 0;
      WORD.lastIndex = 0;
      for (let m = WORD.exec(line); m; m = WORD.exec(line)) {
        const between = line.slice(last, m.index);
        if (/[.!?:;"\u201c]\s*$/.test(between) || /--\s*$/.test(between)) sentenceStart = true;
        yield {
          start: lineStart + m.index, end: lineStart + m.index + m[0].length, text: m[0],
          capital: CAPITAL.test(m[0]), sentenceStart,
        };
        sentenceStart = false;
        last = m.index + m[0].length;
      }
    }
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
  }
}

function isNameWord(w: Word): boolean {
  const lower = w.text.toLowerCase();
  return w.capital && !FUNCTION_WORDS.has(lower) && !CALENDAR_WORDS.has(lower) && !/^\p{N}/u.test(w.text);
}

/**
 * Runs of capitalised words ("South China Sea", "Lancang-Mekong Cooperation", "ASEAN"), outside
 * the spans the extractors already claimed. A single word that opens a sentence counts only when
 * the same word is also capitalised mid-sentence in the file: "Economic and trade cooperation..."
 * is not a name, "China will..." is.
 */
export function findCapitalisedTerms(text: string, claimed: { start: number; end: number }[]): { start: number; end: number; text: string }[] {
  const sorted = [...claimed].sort((a, b) => a.start - b.start);
  let c = 0;
  const isClaimed = (w: Word): boolean => {
    while (c < sorted.length && sorted[c].end <= w.start) c++;
    return c < sorted.length && sorted[c].start < w.end;
  };
  const runs: { words: Word[] }[] = [];
  const midSentence = new Set<string>();
  let run: Word[] = [];
  let pendingConnectors: Word[] = [];
  const close = () => {
    if (run.length) runs.push({ words: run });
    run = [];
    pendingConnectors = [];
  };
  let prevEnd = -1;
  for (const w of wordsOf(text)) {
    // A run never crosses anything but single spaces: "Vietnam, China" is two names.
    const gap = prevEnd >= 0 ? text.slice(prevEnd, w.start) : '';
    if (run.length && gap !== ' ') close();
    prevEnd = w.end;
    if (isClaimed(w)) { close(); continue; }
    if (isNameWord(w)) {
      if (!w.sentenceStart) midSentence.add(w.text.toLowerCase());
      run.push(...pendingConnectors, w);
      pendingConnectors = [];
      continue;
    }
    if (run.length && CONNECTORS.has(w.text.toLowerCase()) && !w.capital) { pendingConnectors.push(w); continue; }
    close();
  }
  close();
  const out: { start: number; end: number; text: string }[] = [];
  for (const run of runs) {
    // Titles at either end belong to a leader ("Chinese Premier", "Prime Minister Pham Minh Chinh").
    const edge = (w: Word) => TITLE_WORDS.has(w.text.toLowerCase()) || CONNECTORS.has(w.text.toLowerCase());
    let a = 0;
    let b = run.words.length;
    while (a < b && edge(run.words[a])) a++;
    while (b > a && edge(run.words[b - 1])) b--;
    const words = run.words.slice(a, b);
    if (!words.length) continue;
    if (words.length === 1) {
      const w = words[0];
      const acronym = /^\p{Lu}{2,}$/u.test(w.text);
      if (w.sentenceStart && !acronym && !midSentence.has(w.text.toLowerCase())) continue;
      if (w.text.length < 2) continue;
    }
    const start = words[0].start;
    const end = words[words.length - 1].end;
    out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

/** Every indexable occurrence in one readout, in text order. */
export function collectOccurrences(file: string, text: string, analysis: ReadoutAnalysis): TermOccurrence[] {
  const out: TermOccurrence[] = [];
  for (const l of analysis.leaders) {
    out.push({ file, start: l.start, end: l.end, surface: l.text, key: leaderKey(l.canonical), kind: 'leader', label: l.canonical });
  }
  for (const a of analysis.agreements) {
    out.push({ file, start: a.start, end: a.end, surface: a.text, key: agreementKey(a.canonical), kind: 'agreement', label: a.canonical });
  }
  for (const p of analysis.commitments) {
    out.push({ file, start: p.start, end: p.end, surface: p.text, key: pledgeKey(p.party, p.topic), kind: 'pledge', label: `${p.party} · ${p.topic}` });
  }
  for (const t of findCapitalisedTerms(text, [...analysis.leaders, ...analysis.agreements])) {
    out.push({ file, start: t.start, end: t.end, surface: t.text, key: capitalisedTermKey(t.text), kind: 'term', label: t.text });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

const KIND_ORDER: Record<TermKind, number> = { leader: 0, agreement: 1, term: 2, pledge: 3 };

/** The occurrences of a list that cover an offset, most specific first. */
export function occurrencesAt(list: readonly TermOccurrence[], offset: number): TermOccurrence[] {
  const found = list.filter((o) => o.start <= offset && offset < o.end);
  return found.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.end - a.start) - (b.end - b.start));
}

export class TermIndex {
  private readonly byFile = new Map<string, TermOccurrence[]>();
  private readonly byKey = new Map<string, Map<string, TermOccurrence[]>>();

  /** Replaces what is known about one file. */
  update(file: string, text: string, analysis: ReadoutAnalysis): void {
    this.remove(file);
    const occurrences = collectOccurrences(file, text, analysis);
    this.byFile.set(file, occurrences);
    for (const o of occurrences) {
      let files = this.byKey.get(o.key);
      if (!files) this.byKey.set(o.key, (files = new Map()));
      let list = files.get(file);
      if (!list) files.set(file, (list = []));
      list.push(o);
    }
  }

  remove(file: string): void {
    const old = this.byFile.get(file);
    if (!old) return;
    this.byFile.delete(file);
    for (const o of old) {
      const files = this.byKey.get(o.key);
      if (!files) continue;
      files.delete(file);
      if (files.size === 0) this.byKey.delete(o.key);
    }
  }

  files(): IterableIterator<string> {
    return this.byFile.keys();
  }

  has(file: string): boolean {
    return this.byFile.has(file);
  }

  /** Occurrences in one file, in text order. */
  occurrencesIn(file: string): readonly TermOccurrence[] {
    return this.byFile.get(file) ?? [];
  }

  /** Occurrences covering an offset, most specific first (a leader before the pledge sentence around it). */
  at(file: string, offset: number): TermOccurrence[] {
    return occurrencesAt(this.occurrencesIn(file), offset);
  }

  /** Every occurrence of a key: the given file first (if any), then the others by file name. */
  occurrences(key: string, firstFile?: string): TermOccurrence[] {
    const files = this.byKey.get(key);
    if (!files) return [];
    const names = [...files.keys()].sort((a, b) => (a === firstFile ? -1 : b === firstFile ? 1 : a < b ? -1 : a > b ? 1 : 0));
    return names.flatMap((f) => files.get(f) ?? []);
  }

  /**
   * What a hover needs without walking every occurrence of a frequent term ("China" in 10,000
   * readouts): all occurrences in `file`, the first `limit` elsewhere, and the totals.
   */
  preview(key: string, file: string, limit: number): { here: TermOccurrence[]; elsewhere: TermOccurrence[]; occurrences: number; files: number } {
    const files = this.byKey.get(key);
    if (!files) return { here: [], elsewhere: [], occurrences: 0, files: 0 };
    const elsewhere: TermOccurrence[] = [];
    let occurrences = 0;
    for (const [f, list] of files) {
      occurrences += list.length;
      if (f !== file && elsewhere.length < limit) elsewhere.push(...list.slice(0, limit - elsewhere.length));
    }
    return { here: files.get(file) ?? [], elsewhere, occurrences, files: files.size };
  }

  /** How many occurrences a key has, and in how many files. */
  count(key: string): { occurrences: number; files: number } {
    const files = this.byKey.get(key);
    if (!files) return { occurrences: 0, files: 0 };
    let n = 0;
    for (const list of files.values()) n += list.length;
    return { occurrences: n, files: files.size };
  }

  /** Keys whose label has a word starting with each word of the query (case and accents ignored). */
  search(query: string, kinds: readonly TermKind[] = ['leader', 'agreement', 'term'], limit = 500): { key: string; label: string; kind: TermKind }[] {
    const words = foldText(query).text.toLowerCase().split(/\s+/).filter(Boolean);
    const out: { key: string; label: string; kind: TermKind }[] = [];
    for (const [key, files] of this.byKey) {
      const first = files.values().next().value?.[0];
      if (!first || !kinds.includes(first.kind)) continue;
      const labelWords = foldText(first.label).text.toLowerCase().split(/[\s-]+/);
      if (words.every((w) => labelWords.some((lw) => lw.startsWith(w)))) out.push({ key, label: first.label, kind: first.kind });
      if (out.length >= limit) break;
    }
    return out;
  }
}
