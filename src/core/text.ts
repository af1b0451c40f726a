// Text primitives shared by every extractor: lines, sentences (the corpus rules of
// GUIDELINES.md section 5.1), accent folding with an offset map, and word-boundary tests.
// Offsets are always UTF-16 code units into the original text.

import type { Sentence, Span } from './types';

export interface Line extends Span {
  /** 0-based line number. */
  line: number;
}

/** Lines without their terminator; a CR before the LF is not part of the line. */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  let n = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = text.length;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    out.push({ start, end, text: text.slice(start, end), line: n++ });
    if (nl === text.length) break;
    start = nl + 1;
  }
  return out;
}

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb']);
const OPENERS = new Set(['"', "'", '\u201c', '\u2018', '\u00ab', '(']);
const HSPACE = /[ \t\u00a0]/;
/** HSPACE by code unit. */
const isHSpace = (c: number) => c === 32 || c === 9 || c === 0xa0;
const LIST_MARKER = /^\d{1,3}\.[ \t]+/;
/** Words after which a full stop does not end a sentence. */
export const ABBREVIATIONS = new Set([
  'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Jr.', 'Sr.', 'St.', 'Gen.', 'Gov.', 'Sen.', 'Rep.',
  'Lt.', 'Col.', 'Capt.', 'No.', 'Nos.', 'vs.', 'Co.', 'Inc.', 'Ltd.',
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
]);

function endsWithAbbreviation(line: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && !HSPACE.test(line[s - 1])) s--;
  const word = line.slice(s, dot + 1).replace(/^[("'\u201c\u2018[\u00ab]+/, '');
  return ABBREVIATIONS.has(word) || /^(?:\p{L}\.)+$/u.test(word);
}

/**
 * Cuts text into sentences: lines are hard boundaries; inside a line a sentence ends at . ! ?
 * (plus closing quotes/brackets) followed by spaces and an upper-case letter, a digit, an
 * opening quote or "(", unless the full stop ends an abbreviation or an initial.
 * Leading spaces and a list number "1. " are not part of the sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const ln of splitLines(text)) {
    const line = ln.text;
    if (line.length > 200_000 && !/[.!?]/.test(line.slice(0, 200_000))) {
      // A huge line without punctuation (minified or binary-like): one sentence, no scanning.
      out.push({ start: ln.start, end: ln.end, text: line, line: ln.line });
      continue;
    }
    const skipLead = (from: number): number => {
      let a = from;
      while (a < line.length && isHSpace(line.charCodeAt(a))) a++;
      const m = LIST_MARKER.exec(line.slice(a, a + 8));
      return m && a + m[0].length < line.length ? a + m[0].length : a;
    };
    const push = (from: number, to: number) => {
      let b = to;
      while (b > from && /\s/.test(line[b - 1])) b--;
      if (b > from) out.push({ start: ln.start + from, end: ln.start + b, text: line.slice(from, b), line: ln.line });
    };
    let start = skipLead(0);
    for (let i = start; i < line.length; i++) {
      // A sentence end . ! ? by code: this loop visits every character of the text.
      const c = line.charCodeAt(i);
      if (c !== 46 && c !== 33 && c !== 63) continue;
      let j = i + 1;
      while (j < line.length && CLOSERS.has(line[j])) j++;
      let k = j;
      while (k < line.length && isHSpace(line.charCodeAt(k))) k++;
      if (k === j || k >= line.length) continue;
      const next = String.fromCodePoint(line.codePointAt(k) ?? 32);
      if (!(/[\p{Lu}\p{Lt}\p{Nd}]/u.test(next) || OPENERS.has(next))) continue;
      if (line[i] === '.' && endsWithAbbreviation(line, i)) continue;
      push(start, j);
      start = skipLead(k);
      i = start - 1;
    }
    push(start, line.length);
  }
  return out;
}

/** First 60 code points of a sentence: the key gold files use for commitments. */
export function sentenceKey(sentence: string): string {
  return Array.from(sentence).slice(0, 60).join('');
}

/** Text with accents and special letters folded to ASCII, and a map back to original offsets. */
export interface FoldedText {
  text: string;
  /** toOriginal[i] is the original offset of folded char i; toOriginal[text.length] is the original length. */
  toOriginal: Int32Array;
}

const SPECIAL_FOLDS: Record<string, string> = {
  'đ': 'd', 'Đ': 'D', 'ı': 'i', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'ð': 'd', 'Ð': 'D',
  'æ': 'a', 'Æ': 'A', 'œ': 'o', 'Œ': 'O', 'ß': 's', 'þ': 't', 'Þ': 'T',
  '\u2019': "'", '\u2018': "'", '\u02bc': "'", '\u2010': '-', '\u2011': '-', '\u2013': '-',
};
const COMBINING = /\p{M}/u;

/** One code unit folded on its own: '' for a combining mark, else exactly one unit. */
function foldUnit(ch: string): string {
  if (COMBINING.test(ch)) return ''; // NFD accent: belongs to the previous letter
  const special = SPECIAL_FOLDS[ch];
  if (special) return special;
  const base = ch.normalize('NFD')[0];
  // Surrogate halves and other non-letters pass through unchanged, one unit each.
  return base && base.charCodeAt(0) < 128 ? base : ch;
}
const UNIT_FOLDS = new Map<string, string>();

/**
 * Folds accents (NFC or NFD alike: "Phạm", "Pha\u0323m" -> "Pham"), curly apostrophes and
 * hyphen variants, keeping a per-character map to the original so matches found in the folded
 * text can be reported at original offsets. Case is kept.
 * Works unit by unit, so ASCII runs are copied whole and each distinct non-ASCII unit is folded
 * once per process (readouts are long and mostly ASCII; extractors share one fold per analysis).
 */
export function foldText(text: string): FoldedText {
  const map = new Int32Array(text.length + 1);
  if (!/[^\x00-\x7f]/.test(text)) {
    for (let i = 0; i <= text.length; i++) map[i] = i;
    return { text, toOriginal: map };
  }
  const parts: string[] = [];
  let n = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 128) { map[n++] = i; continue; }
    if (run < i) parts.push(text.slice(run, i));
    run = i + 1;
    const unit = text[i];
    let f = UNIT_FOLDS.get(unit);
    if (f === undefined) { f = foldUnit(unit); UNIT_FOLDS.set(unit, f); }
    if (f.length) { parts.push(f); map[n++] = i; }
  }
  if (run < text.length) parts.push(text.slice(run));
  map[n] = text.length;
  return { text: parts.join(''), toOriginal: map.subarray(0, n + 1) };
}

/** Original span of a folded match [start, end). The end swallows trailing combining marks. */
export function unfoldSpan(folded: FoldedText, start: number, end: number, original: string): { start: number; end: number } {
  const s = folded.toOriginal[start];
  let e = end >= folded.text.length ? original.length : folded.toOriginal[end];
  // toOriginal[end] points at the next kept char; step back over whitespace-free combining gaps only.
  if (end > 0 && end <= folded.text.length) {
    const lastKept = folded.toOriginal[end - 1];
    e = lastKept + 1;
    while (e < original.length && COMBINING.test(original[e])) e++;
    if (e < original.length && /[\uDC00-\uDFFF]/.test(original[e]) && /[\uD800-\uDBFF]/.test(original[e - 1])) e++;
  }
  return { start: s, end: e };
}

const GLUE = /[\p{L}\p{N}_\p{M}]/u;
/** True when text[i] is a letter, digit, underscore or combining mark (so a name there is glued). */
export function isGlue(text: string, i: number): boolean {
  return i >= 0 && i < text.length && GLUE.test(text[i]);
}

/** True when [start, end) is not glued to letters or digits on either side. */
export function isWholeWord(text: string, start: number, end: number): boolean {
  return !isGlue(text, start - 1) && !isGlue(text, end);
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Spans overlap when they share at least one code unit. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
