// The known-instruments registry as the agreement extractor uses it: every canonical name,
// variant and acronym of the bundled registry (gazetteer/data/agreements.json) and of the user's
// gazetteer, tokenised once into a first-word index, so matching a readout costs one map lookup
// per word whatever the size of the registry; plus a lookup by normalised name for pattern finds.

import bundled from '../gazetteer/data/agreements.json';
import type { AgreementEntry, Source } from '../types';

/** A word or punctuation token of folded text: [s, e) are folded offsets. */
export interface Token { t: string; s: number; e: number }

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(text[i]);
}

/**
 * Tokens of folded text: a dotted group ("U.S.", "a.m."), a run of letters and digits, or one
 * other non-space character (a surrogate pair stays whole). A hand-written scanner: a unicode
 * regex costs several times more per readout.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || (c >= 128 && SPACE.test(text[i]))) { i++; continue; }
    if (isAsciiLetter(c) && text.charCodeAt(i + 1) === 46 && isAsciiLetter(text.charCodeAt(i + 2)) && text.charCodeAt(i + 3) === 46) {
      let j = i;
      while (j + 1 < to && isAsciiLetter(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) j += 2;
      out.push({ t: text.slice(i, j), s: i, e: j });
      i = j;
      continue;
    }
    if (isWordChar(text, i)) {
      let j = i + 1;
      while (j < to && isWordChar(text, j)) j++;
      out.push({ t: text.slice(i, j), s: i, e: j });
      i = j;
      continue;
    }
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
    out.push({ t: text.slice(i, i + pair), s: i, e: i + pair });
    i += pair;
  }
  return out;
}

export interface KnownInstrument {
  canonical: string;
  acronym?: string;
  kind?: string;
  source: Source;
}

interface Phrase {
  /** Lower-cased tokens. */
  tokens: string[];
  /** exact[k]: tokens[k] must match as written (acronyms and other all-caps words). */
  exact: (string | null)[];
  /** gaps[k]: whitespace before token k. */
  gaps: boolean[];
  /** The written form has a capital, so a match must have one too ("Peace Formula" vs "a peace formula"). */
  needsCapital: boolean;
  instrument: KnownInstrument;
}

export interface RegistryIndex {
  byFirst: Map<string, Phrase[]>;
  byName: Map<string, KnownInstrument>;
}

export interface RegistryMatch { start: number; end: number; instrument: KnownInstrument }

const ALL_CAPS = /^(?=.*\p{Lu})[\p{Lu}\p{N}.&-]+$/u;

/** Key for name lookups: folded, lower case, single spaces, quotes and "the" dropped. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD').replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u201c\u201d"]/g, '').replace(/[\u2010-\u2014]/g, '-')
    .toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '').trim();
}

function foldPlain(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[\u2018\u2019]/g, "'").replace(/[\u2010-\u2013]/g, '-');
}

function tokenise(written: string): { tokens: string[]; gaps: boolean[] } {
  const found = tokenize(foldPlain(written));
  return { tokens: found.map((t) => t.t), gaps: found.map((t, k) => k > 0 && t.s > found[k - 1].e) };
}

function addPhrase(index: RegistryIndex, written: string, instrument: KnownInstrument): void {
  const { tokens, gaps } = tokenise(written);
  if (tokens.length === 0) return;
  const single = tokens.length === 1;
  const phrase: Phrase = {
    tokens: tokens.map((t) => t.toLowerCase()),
    // A one-word entry (an acronym such as "AUKUS") and every all-caps word ("New START") must
    // match exactly: "a new start" is not the treaty.
    exact: tokens.map((t) => (single || (ALL_CAPS.test(t) && /\p{L}{2}/u.test(t)) ? t : null)),
    gaps,
    needsCapital: /\p{Lu}/u.test(written),
    instrument,
  };
  const key = phrase.tokens[0];
  const list = index.byFirst.get(key) ?? [];
  list.push(phrase);
  // Longest first; the first-added (user) phrase wins among equals.
  list.sort((a, b) => b.tokens.length - a.tokens.length);
  index.byFirst.set(key, list);
  const k = nameKey(written);
  if (!index.byName.has(k)) index.byName.set(k, instrument);
}

export function buildRegistryIndex(user: readonly AgreementEntry[] = []): RegistryIndex {
  const index: RegistryIndex = { byFirst: new Map(), byName: new Map() };
  const add = (entries: readonly AgreementEntry[], source: Source) => {
    for (const e of entries) {
      if (!e || typeof e.canonical !== 'string' || !e.canonical.trim()) continue;
      const instrument: KnownInstrument = { canonical: e.canonical, acronym: e.acronym, kind: e.kind, source };
      for (const written of [e.canonical, ...(e.variants ?? []), ...(e.acronym ? [e.acronym] : [])]) {
        if (typeof written === 'string' && written.trim()) addPhrase(index, written, instrument);
      }
    }
  };
  add(user, 'user');
  add(bundled as AgreementEntry[], 'gazetteer');
  return index;
}

const BUNDLED_INDEX = buildRegistryIndex();
const USER_INDEXES = new WeakMap<readonly AgreementEntry[], RegistryIndex>();

/** The index for a gazetteer's user entries merged over the bundled registry (cached per entry list). */
export function registryFor(user: readonly AgreementEntry[] | undefined): RegistryIndex {
  if (!user || user.length === 0) return BUNDLED_INDEX;
  let index = USER_INDEXES.get(user);
  if (!index) { index = buildRegistryIndex(user); USER_INDEXES.set(user, index); }
  return index;
}

/**
 * Registry names among tokens[from, to) of one line, leftmost-longest, not overlapping.
 * `folded` is the folded text the tokens index into.
 */
export function matchRegistry(index: RegistryIndex, tokens: readonly Token[], from: number, to: number, folded: string): RegistryMatch[] {
  const out: RegistryMatch[] = [];
  const lower = lowerOf(tokens);
  for (let i = from; i < to; i++) {
    const list = index.byFirst.get(lower[i]);
    if (!list) continue;
    for (const p of list) {
      const n = p.tokens.length;
      if (i + n > to) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const tok = tokens[i + k];
        ok = (p.exact[k] !== null ? tok.t === p.exact[k] : lower[i + k] === p.tokens[k]) &&
          (k === 0 || (tok.s > tokens[i + k - 1].e) === p.gaps[k]);
      }
      if (!ok) continue;
      const start = tokens[i].s, end = tokens[i + n - 1].e;
      if (p.needsCapital && !/\p{Lu}/u.test(folded.slice(start, end))) continue;
      out.push({ start, end, instrument: p.instrument });
      i += n - 1;
      break;
    }
  }
  return out;
}

/** Lower-cased token texts, once per token list (matchRegistry runs line by line over one list). */
function lowerOf(tokens: readonly Token[]): string[] {
  let lower = LOWER.get(tokens);
  if (!lower || lower.length !== tokens.length) { lower = tokens.map((t) => t.t.toLowerCase()); LOWER.set(tokens, lower); }
  return lower;
}
const LOWER = new WeakMap<readonly Token[], string[]>();

export function lookupName(index: RegistryIndex, name: string): KnownInstrument | undefined {
  return index.byName.get(nameKey(name));
}
