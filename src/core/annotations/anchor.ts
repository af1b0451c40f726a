// Anchoring: finding an annotation's words in a (possibly changed) text from its W3C quote
// (exact + prefix/suffix context) and last known position, and moving anchors with edits.
//
// Search order, cheapest and surest first:
//   1. the exact quote, each occurrence scored by how well its context matches;
//   2. the quote under a normalisation that ignores whitespace runs, CR/LF, quote and dash styles,
//      case and diacritics (NFC or NFD alike), mapped back to original offsets;
//   3. approximate: seeds (exact pieces of the normalised quote) vote for a few candidate places,
//      each checked by an edit distance restricted to a window of the quote's length plus the
//      error budget. The cost is linear in the text for the seeds plus quote x window per
//      candidate, never quote x text.
// A short quote ("Li") occurs in many places, so a match of a short quote is accepted only when
// at least one side of its context still matches; otherwise the annotation becomes an orphan
// rather than jumping to the wrong mention.
// All offsets are UTF-16 code units, end exclusive.

import type { AnchoredAnnotation, ReadoutAnnotation, TextAnchor } from './model';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;
/** Quotes at least this long are distinctive enough to be placed without context. */
const DISTINCTIVE_LENGTH = 24;
/** At least one side of the context must be this similar (0..1) for a short quote. */
const MIN_CONTEXT_SIMILARITY = 0.5;
/** Share of the quote that may differ in an approximate match. */
const MAX_ERROR_RATE = 0.2;
/** Quotes longer than this are only found exactly or normalised (the window check is quadratic in it). */
const MAX_FUZZY_QUOTE = 2000;
const MAX_FUZZY_CANDIDATES = 4;
const MAX_EXACT_CANDIDATES = 5000;

export interface AnchorMatch {
  start: number;
  end: number;
  /** anchored: the same words (up to whitespace, quote style, case, accents); fuzzy: similar words. */
  status: 'anchored' | 'fuzzy';
}

/** The W3C quote and position of [start, end) in text, context cut without splitting a surrogate pair. */
export function describeSpan(text: string, start: number, end: number, contextLength = CONTEXT_LENGTH): TextAnchor {
  let ps = Math.max(0, start - contextLength);
  if (ps > 0 && isLowSurrogate(text.charCodeAt(ps))) ps--;
  let se = Math.min(text.length, end + contextLength);
  if (se < text.length && isLowSurrogate(text.charCodeAt(se))) se++;
  return { start, end, exact: text.slice(start, end), prefix: text.slice(ps, start), suffix: text.slice(end, se) };
}

/** Where the anchor's words are in text, or null when they cannot be placed (an orphan). */
export function anchorQuote(text: string, anchor: TextAnchor, prepared?: PreparedText): AnchorMatch | null {
  if (anchor.exact === '') {
    // Position-only annotation (imported without a quote): valid while it fits in the text.
    return anchor.start >= 0 && anchor.start <= anchor.end && anchor.end <= text.length
      ? { start: anchor.start, end: anchor.end, status: 'anchored' } : null;
  }
  const p = prepared ?? prepareText(text);
  if (anchor.start >= 0 && text.startsWith(anchor.exact, anchor.start) && sameContext(text, anchor)) {
    return { start: anchor.start, end: anchor.start + anchor.exact.length, status: 'anchored' };
  }
  // A match whose context also holds is taken at once; a weaker one competes with the next,
  // looser search (an exact "Moon Jae-in" elsewhere loses to "Moon Jae In" in the right place).
  let best: Scored | null = null;
  for (const search of [findExact, findNormalized, findApproximate]) {
    const found = search(p, anchor);
    if (found && (!best || found.score > best.score)) best = found;
    if (best && best.context >= STRONG_CONTEXT) break;
  }
  return best && { start: best.start, end: best.end, status: best.status };
}

/** Sum of the two context similarities above which no looser search is tried. */
const STRONG_CONTEXT = 1.8;

interface Scored extends AnchorMatch {
  score: number;
  /** before + after context similarity, 0..2 */
  context: number;
}

/** A text with its normalised form computed once, for anchoring many annotations in it. */
export interface PreparedText {
  text: string;
  /** Computed on first use: most annotations are found exactly and never need it. */
  readonly normalized: NormalizedText;
}

export function prepareText(text: string): PreparedText {
  let normalized: NormalizedText | undefined;
  return { text, get normalized() { return (normalized ??= normalizeForAnchoring(text)); } };
}

/**
 * Places every annotation in text. Placed ones get their quote refreshed from the new text (so
 * the sidecar describes the current words); orphans keep their old quote and position untouched.
 */
export function anchorAnnotations(text: string, annotations: readonly ReadoutAnnotation[]): AnchoredAnnotation[] {
  const prepared = prepareText(text);
  return annotations.map((annotation) => {
    const m = anchorQuote(text, annotation.anchor, prepared);
    if (!m) return { annotation, status: 'orphan', start: annotation.anchor.start, end: annotation.anchor.end };
    const unchanged = annotation.anchor.start === m.start && annotation.anchor.end === m.end
      && annotation.anchor.exact === text.slice(m.start, m.end);
    const anchor = unchanged && sameContext(text, annotation.anchor) ? annotation.anchor : describeSpan(text, m.start, m.end);
    return { annotation: anchor === annotation.anchor ? annotation : { ...annotation, anchor }, status: m.status, start: m.start, end: m.end };
  });
}

function sameContext(text: string, a: TextAnchor): boolean {
  return text.slice(a.start - a.prefix.length, a.start) === a.prefix && text.slice(a.end, a.end + a.suffix.length) === a.suffix;
}

// ---------------------------------------------------------------------------------------------
// Moving anchors with edits made in the editor (exact, no search needed).

export interface MovedSpan {
  start: number;
  end: number;
  /** The edit overlapped the span's edge or removed it: re-anchor from the quote to be sure. */
  damaged: boolean;
}

/**
 * Moves [start, end) through one edit that replaced [changeStart, changeEnd) of the old text by
 * `insertedLength` units. Typing at the very start or end of a span does not extend it (like a
 * word boundary), typing inside does.
 */
export function moveSpan(start: number, end: number, changeStart: number, changeEnd: number, insertedLength: number): MovedSpan {
  const delta = insertedLength - (changeEnd - changeStart);
  if (changeStart >= end) return { start, end, damaged: false };
  if (changeEnd <= start) return { start: start + delta, end: end + delta, damaged: false };
  if (changeStart >= start && changeEnd <= end) {
    const newEnd = end + delta;
    return { start, end: newEnd, damaged: newEnd <= start };
  }
  // The edit straddles an edge: keep what survives and ask for a re-anchor.
  const newStart = changeStart < start ? changeStart + insertedLength : start;
  const newEnd = changeEnd > end ? changeStart + insertedLength : end + delta;
  return { start: Math.min(newStart, newEnd), end: Math.max(newStart, newEnd), damaged: true };
}

// ---------------------------------------------------------------------------------------------
// Code points: W3C TextPositionSelector counts Unicode code points, the editor counts UTF-16 units.

export interface PositionConverter {
  toCodePoint(utf16: number): number;
  toUtf16(codePoint: number): number;
}

/** Converts between UTF-16 offsets and code-point offsets of one text in O(log n) per call. */
export function positionConverter(text: string): PositionConverter {
  // Indices of the low halves of surrogate pairs: each one is a UTF-16 unit that is not a code point.
  const lows: number[] = [];
  for (let i = 1; i < text.length; i++) {
    if (isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) lows.push(i);
  }
  const countBelow = (arr: readonly number[], limit: number, key: (i: number) => number): number => {
    let lo = 0, hi = arr.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (key(mid) < limit) lo = mid + 1; else hi = mid; }
    return lo;
  };
  return {
    toCodePoint: (u) => u - countBelow(lows, u + 1, (i) => lows[i]),
    // The k-th low surrogate sits at code point lows[k] - k; every one before cp adds one unit.
    toUtf16: (cp) => cp + countBelow(lows, cp + 1, (i) => lows[i] - i),
  };
}

// ---------------------------------------------------------------------------------------------
// Normalisation with an offset map back to the original text.

export interface NormalizedText {
  text: string;
  /** map[i] = original offset of normalised unit i; map[text.length] = original length. */
  map: Int32Array;
}

const FOLDS = new Map<number, number>();
for (const c of '\u2018\u2019\u201a\u201b\u2032\u02bc`\u00b4') FOLDS.set(c.charCodeAt(0), 39); // '
for (const c of '\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb') FOLDS.set(c.charCodeAt(0), 34); // "
for (const c of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212') FOLDS.set(c.charCodeAt(0), 45); // -
for (const [from, to] of Object.entries({
  'đ': 'd', 'Đ': 'd', 'ı': 'i', 'ł': 'l', 'Ł': 'l', 'ø': 'o', 'Ø': 'o', 'ð': 'd', 'Ð': 'd',
  'æ': 'a', 'Æ': 'a', 'œ': 'o', 'Œ': 'o', 'ß': 's', 'þ': 't', 'Þ': 't',
})) FOLDS.set(from.charCodeAt(0), to.charCodeAt(0));
const COMBINING = /\p{M}/u;
const SPACE = 32;

/** The code units JavaScript's \s matches. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Lower-case ASCII letters; whitespace runs (CR LF, tabs, NBSP) become one space; combining
 * marks are dropped and precomposed letters reduced to their base (NFC and NFD agree); curly
 * quotes become straight ones and dash variants a hyphen. One output unit per kept input unit,
 * so surrogate pairs (emoji) pass through as two units and map back exactly.
 */
export function normalizeForAnchoring(text: string): NormalizedText {
  const out = new Uint16Array(text.length);
  const map = new Int32Array(text.length + 1);
  let n = 0;
  let lastSpace = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) c += 32;
      else if (isSpace(c)) c = SPACE;
    } else if (isSpace(c)) {
      c = SPACE;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      // surrogate halves pass through
    } else if (FOLDS.has(c)) {
      c = FOLDS.get(c)!;
    } else if (c >= 0x300 && COMBINING.test(text[i])) {
      continue;
    } else {
      const base = text[i].normalize('NFD').charCodeAt(0);
      if (base < 128) c = base >= 65 && base <= 90 ? base + 32 : base;
    }
    if (c === SPACE) {
      if (lastSpace) continue;
      lastSpace = true;
    } else {
      lastSpace = false;
    }
    out[n] = c;
    map[n] = i;
    n++;
  }
  map[n] = text.length;
  let normalized = '';
  for (let i = 0; i < n; i += 8192) normalized += String.fromCharCode(...out.subarray(i, Math.min(n, i + 8192)));
  return { text: normalized, map: map.subarray(0, n + 1) };
}

/** Original span of normalised [ns, ne): the end takes trailing combining marks and a whole surrogate pair. */
function toOriginal(n: NormalizedText, original: string, ns: number, ne: number): { start: number; end: number } {
  let start = n.map[ns];
  if (start > 0 && isLowSurrogate(original.charCodeAt(start)) && isHighSurrogate(original.charCodeAt(start - 1))) start--;
  if (ne <= ns) return { start, end: start };
  let end = n.map[ne - 1] + 1;
  if (end < original.length && isLowSurrogate(original.charCodeAt(end)) && isHighSurrogate(original.charCodeAt(end - 1))) end++;
  while (end < original.length && COMBINING.test(original[end])) end++;
  return { start, end };
}

/** First normalised index whose original offset is >= offset. */
function toNormalized(n: NormalizedText, offset: number): number {
  let lo = 0, hi = n.map.length - 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (n.map[mid] < offset) lo = mid + 1; else hi = mid; }
  return lo;
}

function isHighSurrogate(c: number): boolean { return c >= 0xd800 && c <= 0xdbff; }
function isLowSurrogate(c: number): boolean { return c >= 0xdc00 && c <= 0xdfff; }

// ---------------------------------------------------------------------------------------------
// The three searches.

interface Candidate { start: number; end: number; quoteSimilarity: number }

function findExact(p: PreparedText, anchor: TextAnchor): Scored | null {
  const { text } = p;
  const { exact } = anchor;
  const candidates: Candidate[] = [];
  for (let i = text.indexOf(exact); i !== -1 && candidates.length < MAX_EXACT_CANDIDATES; i = text.indexOf(exact, i + 1)) {
    candidates.push({ start: i, end: i + exact.length, quoteSimilarity: 1 });
  }
  return pick(p, anchor, candidates, exact.length, 'anchored');
}

function findNormalized(p: PreparedText, anchor: TextAnchor): Scored | null {
  const quote = trimSpaces(normalizeForAnchoring(anchor.exact).text);
  if (quote === '') return null;
  const n = p.normalized;
  const candidates: Candidate[] = [];
  for (let i = n.text.indexOf(quote); i !== -1 && candidates.length < MAX_EXACT_CANDIDATES; i = n.text.indexOf(quote, i + 1)) {
    candidates.push({ ...toOriginal(n, p.text, i, i + quote.length), quoteSimilarity: 1 });
  }
  return pick(p, anchor, candidates, quote.length, 'anchored');
}

function findApproximate(p: PreparedText, anchor: TextAnchor): Scored | null {
  const quote = trimSpaces(normalizeForAnchoring(anchor.exact).text);
  const m = quote.length;
  if (m < 5 || m > MAX_FUZZY_QUOTE) return null;
  const k = Math.max(1, Math.floor(m * MAX_ERROR_RATE));
  const n = p.normalized;
  const expected = toNormalized(n, Math.min(Math.max(anchor.start, 0), p.text.length));
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  const add = (ns: number, ne: number, distance: number) => {
    while (ns < ne && n.text[ns] === ' ') ns++;
    while (ne > ns && n.text[ne - 1] === ' ') ne--;
    const key = `${ns}:${ne}`;
    if (ne <= ns || seen.has(key)) return;
    seen.add(key);
    candidates.push({ ...toOriginal(n, p.text, ns, ne), quoteSimilarity: 1 - distance / m });
  };
  if (m <= LONG_QUOTE) {
    for (const h of approximateHits(n.text, quote, expected)) if (h.distance <= k) add(h.start, h.end, h.distance);
  } else {
    // A long quote is checked by its head and its tail (the window check costs the square of
    // the quote's length): both found in order, about the quote's length apart.
    const edge = LONG_QUOTE >> 1;
    const edgeErrors = Math.max(1, Math.floor(edge * MAX_ERROR_RATE));
    const heads = approximateHits(n.text, quote.slice(0, edge), expected).filter((h) => h.distance <= edgeErrors);
    const tails = approximateHits(n.text, quote.slice(m - edge), expected + m - edge).filter((h) => h.distance <= edgeErrors);
    for (const h of heads) {
      for (const t of tails) {
        const length = t.end - h.start;
        if (t.start < h.end - edge / 2 || Math.abs(length - m) > k) continue;
        add(h.start, t.end, Math.min(m, ((h.distance + t.distance) * m) / (2 * edge) + Math.abs(length - m)));
      }
    }
  }
  return pick(p, anchor, candidates, m, 'fuzzy');
}

/** Quotes longer than this are matched by their head and tail. */
const LONG_QUOTE = 256;

/**
 * Approximate occurrences of `quote` in `text`: seeds (exact pieces of the quote) vote for a few
 * places, each checked by an edit distance in a window of the quote's length plus the error
 * budget; the place expected from the old position is always checked.
 */
function approximateHits(text: string, quote: string, expected: number): Array<{ start: number; end: number; distance: number }> {
  const m = quote.length;
  const k = Math.max(1, Math.floor(m * MAX_ERROR_RATE));
  // With at most k errors, at least one of k+1 disjoint pieces survives intact (pigeonhole).
  // Long quotes use fewer, longer pieces so common words do not flood the votes.
  const pieces = Math.max(2, Math.min(k + 1, 16, Math.floor(m / 4)));
  const pieceLength = Math.floor(m / pieces);
  const bucketWidth = Math.max(8, k);
  const votes = new Map<number, number>();
  for (let piece = 0; piece < pieces; piece++) {
    const offset = piece * pieceLength;
    const seed = quote.slice(offset, offset + pieceLength);
    let hits = 0;
    for (let i = text.indexOf(seed); i !== -1 && hits < MAX_EXACT_CANDIDATES; i = text.indexOf(seed, i + 1), hits++) {
      const bucket = Math.floor(Math.max(0, i - offset) / bucketWidth);
      votes.set(bucket, (votes.get(bucket) ?? 0) + 1);
    }
  }
  const home = Math.floor(expected / bucketWidth);
  const ranked = [...votes.entries()]
    .sort((a, b) => b[1] - a[1] || Math.abs(a[0] - home) - Math.abs(b[0] - home))
    .slice(0, MAX_FUZZY_CANDIDATES)
    .map(([bucket]) => bucket);
  if (!ranked.includes(home)) ranked.push(home);
  const out: Array<{ start: number; end: number; distance: number }> = [];
  for (const bucket of ranked) {
    const from = Math.max(0, bucket * bucketWidth - k);
    const to = Math.min(text.length, bucket * bucketWidth + bucketWidth + m + k);
    const hit = bestSubstringMatch(quote, text, from, to);
    if (hit) out.push(hit);
  }
  return out;
}

/** Best candidate by quote, context and nearness to the old place; null when none is trustworthy. */
function pick(p: PreparedText, anchor: TextAnchor, candidates: Candidate[], quoteLength: number, status: AnchorMatch['status']): Scored | null {
  let best: { c: Candidate; score: number; context: number } | null = null;
  const span = Math.max(p.text.length, 1);
  const storedBefore = reverse(normalizeForAnchoring(anchor.prefix).text);
  const storedAfter = normalizeForAnchoring(anchor.suffix).text;
  for (const c of candidates) {
    const before = c.start >= anchor.prefix.length && p.text.startsWith(anchor.prefix, c.start - anchor.prefix.length) ? 1
      : contextSimilarity(storedBefore, reverse(normalizeForAnchoring(p.text.slice(Math.max(0, c.start - anchor.prefix.length - 8), c.start)).text));
    const after = p.text.startsWith(anchor.suffix, c.end) ? 1
      : contextSimilarity(storedAfter, normalizeForAnchoring(p.text.slice(c.end, c.end + anchor.suffix.length + 8)).text);
    if (quoteLength < DISTINCTIVE_LENGTH && Math.max(before, after) < MIN_CONTEXT_SIMILARITY) continue;
    const nearness = 1 - Math.min(1, Math.abs(c.start - anchor.start) / span);
    const score = 2 * c.quoteSimilarity + before + after + 0.25 * nearness;
    if (!best || score > best.score) best = { c, score, context: before + after };
  }
  return best ? { start: best.c.start, end: best.c.end, status, score: best.score, context: best.context } : null;
}

/**
 * How well the stored context matches the text next to a candidate (0..1), both normalised and
 * oriented away from the quote (the prefix reversed), so the two must agree from the quote out.
 * An empty stored context (quote at the start or end of the text) matches only the same edge.
 */
function contextSimilarity(stored: string, actual: string): number {
  if (stored.trim() === '') return actual.trim() === '' ? 1 : 0;
  return Math.max(0, 1 - anchoredDistance(stored, actual) / stored.length);
}

function reverse(s: string): string {
  let r = '';
  for (let i = s.length - 1; i >= 0; i--) r += s[i];
  return r;
}

/** Edit distance between pattern and the best prefix of target (pattern anchored at target's start). */
function anchoredDistance(pattern: string, target: string): number {
  const m = pattern.length;
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  let best = prev[m];
  for (let j = 1; j <= target.length; j++) {
    cur[0] = j;
    const tc = target.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1] + (pattern.charCodeAt(i - 1) === tc ? 0 : 1);
      cur[i] = Math.min(sub, prev[i] + 1, cur[i - 1] + 1);
    }
    if (cur[m] < best) best = cur[m];
    [prev, cur] = [cur, prev];
  }
  return best;
}

/**
 * Best approximate occurrence of pattern inside text[from, to) (Sellers' algorithm: the match may
 * start anywhere in the window), tracking where the best alignment starts.
 */
export function bestSubstringMatch(pattern: string, text: string, from: number, to: number): { start: number; end: number; distance: number } | null {
  const m = pattern.length;
  if (m === 0 || to <= from) return null;
  let prevCost = new Int32Array(m + 1);
  let curCost = new Int32Array(m + 1);
  let prevStart = new Int32Array(m + 1);
  let curStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) { prevCost[i] = i; prevStart[i] = from; }
  let best: { start: number; end: number; distance: number } | null = null;
  for (let j = from; j < to; j++) {
    curCost[0] = 0;
    curStart[0] = j + 1;
    const tc = text.charCodeAt(j);
    for (let i = 1; i <= m; i++) {
      let cost = prevCost[i - 1] + (pattern.charCodeAt(i - 1) === tc ? 0 : 1);
      let start = prevStart[i - 1];
      if (prevCost[i] + 1 < cost) { cost = prevCost[i] + 1; start = prevStart[i]; }
      if (curCost[i - 1] + 1 < cost) { cost = curCost[i - 1] + 1; start = curStart[i - 1]; }
      curCost[i] = cost;
      curStart[i] = start;
    }
    if (!best || curCost[m] < best.distance) best = { start: curStart[m], end: j + 1, distance: curCost[m] };
    [prevCost, curCost] = [curCost, prevCost];
    [prevStart, curStart] = [curStart, prevStart];
  }
  return best;
}

function trimSpaces(s: string): string {
  return s.replace(/^ +| +$/g, '');
}
