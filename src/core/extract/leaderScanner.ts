// The token scanner behind the leader rules: accent-folded word tokens with their case, the
// title/honorific trie, name runs ("Joseph R. Biden, Jr.", "Moon Jae-in", "von der Leyen") and
// gazetteer form matching over the trie in GazetteerIndex (longest form first, glued possessive
// "Li Keqiangs", family name first in capitals "KISHIDA Fumio"). Offsets are into the folded text.

import { foldText, type FoldedText } from '../text';
import type { FormEnd, GazetteerIndex, NameNode } from '../gazetteer';
import {
  COMMON_WORD_ENDING, HONORIFICS, NATIONALITIES, NOT_NAME_WORDS, OFFICE_TITLES, ORGANISATION_WORDS, PLACE_PHRASES, PLACES,
} from './leaderLexicon';

export interface Token {
  s: number; e: number; t: string; lower: string;
  /** Starts with a capital. */
  up: boolean;
  /** Two or more letters, all capitals. */
  caps: boolean;
}

export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'la', 'le', 'bin', 'ibn', 'bint', 'ben', 'al', 'el', 'abu', 'ter', 'zu', 'y']);
/** What follows an apostrophe without being part of a name ("Albanese's", "don't"). */
export const POSSESSIVE_TAIL = new Set(['s', 't', 'll', 're', 've', 'd', 'm']);
/** Chinese and Vietnamese family names spelled like English words. */
const SYLLABLE_SURNAMES = new Set(['he', 'to', 'an', 'do']);
export const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

interface TitleNode { next: Map<string, TitleNode>; kind?: 'office' | 'honorific' }

function buildTitleTrie(): TitleNode {
  const root: TitleNode = { next: new Map() };
  const add = (phrase: string, kind: 'office' | 'honorific') => {
    let node = root;
    for (const t of phrase.split(/[^a-z0-9']+/).filter(Boolean)) {
      let n = node.next.get(t);
      if (!n) { n = { next: new Map() }; node.next.set(t, n); }
      node = n;
    }
    if (!node.kind || kind === 'office') node.kind = kind;
  };
  for (const h of HONORIFICS) add(h, 'honorific');
  for (const t of OFFICE_TITLES) add(t, 'office');
  return root;
}
const TITLES = buildTitleTrie();


/** Titles that only count written in capitals ("PM Albanese", not "pm"). */
const CAPS_ONLY_TITLES = new Set(['pm', 'fm', 'ceo', 'hrh', 'he', 'mp']);

/** Word tokens: maximal runs of letters and digits (code points, as /[\p{L}\p{N}]+/u finds them). */
export function tokenize(folded: string): Token[] {
  const out: Token[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    let w = wordUnitsAt(folded, i);
    if (!w) { i++; continue; }
    const s = i;
    do { i += w; w = i < n ? wordUnitsAt(folded, i) : 0; } while (w);
    const t = folded.slice(s, i);
    out.push({ s, e: i, t, lower: t.toLowerCase(), up: isUpperStart(t), caps: isAllCaps(t) });
  }
  return out;
}

/** Code units of the letter or digit at i (1, or 2 for an astral one), 0 when none is there. */
function wordUnitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
    return 0;
  }
  let known = BMP_WORD[c];
  if (known === 0) { known = WORD_CHAR.test(text[i]) ? 1 : 2; BMP_WORD[c] = known; }
  return known === 1 ? 1 : 0;
}
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Per BMP code unit: 0 not yet asked, 1 letter or digit, 2 neither. */
const BMP_WORD = new Uint8Array(65536);

export function isUpperStart(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(t);
}
export function isAllCaps(t: string): boolean {
  if (t.length < 2) return false;
  // ASCII: no lower-case letter and at least one capital (what the case round trip tells).
  let upper = false;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 128) return t === t.toUpperCase() && t !== t.toLowerCase();
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

/** A found name before resolution. */
export interface Raw {
  /** token range [a, b) */
  a: number; b: number;
  /** folded offsets [s, e) (e may include a glued possessive "s" or a suffix) */
  s: number; e: number;
  ends?: FormEnd[];
  /** Best kind among the gazetteer ends, when any. */
  kind?: 'full' | 'alias' | 'short';
  context?: boolean;
  /** Title phrase written before it (folded text). */
  title?: string;
  titleKind?: 'office' | 'honorific';
  /** Canonical for a context name. */
  canonical?: string;
}

/** isKnownFamilyNameLast answers per gazetteer trie (the bundled one lives for the process). */
const FAMILY_LAST = new WeakMap<NameNode, Map<string, boolean>>();

export class Scanner {
  readonly toks: Token[];
  private readonly gaps: string[];
  constructor(readonly f: string, readonly index: GazetteerIndex) {
    this.toks = tokenize(f);
    this.gaps = this.toks.map((t, i) => (i === 0 ? '' : f.slice(this.toks[i - 1].e, t.s)));
  }

  /** The text between token i-1 and token i. */
  gap(i: number): string { return this.gaps[i] ?? ''; }

  /** Token i is a single capital followed by "." (an initial "R."). */
  isInitial(i: number): boolean {
    const k = this.toks[i];
    return k !== undefined && k.t.length === 1 && k.up && this.f[k.e] === '.';
  }

  /** Tokens i-1 and i may belong to one name: joined by one space, hyphen or apostrophe. */
  joined(i: number): boolean {
    if (i <= 0 || i >= this.toks.length) return false;
    const g = this.gap(i);
    if (g === "'") return !POSSESSIVE_TAIL.has(this.toks[i].lower) || this.toks[i].up;
    return g === ' ' || g === '-' || g === '\u00a0' || (g === '. ' && this.isInitial(i - 1));
  }

  /** Longest gazetteer form starting at token i (the token order given by `order`). */
  matchForm(i: number): Raw | null {
    const toks = this.toks;
    const first = toks[i];
    // A lower-case particle may open a form only when a capitalised word follows ("von der Leyen").
    if (!first.up && !(NAME_PARTICLES.has(first.lower) && (toks[i + 1]?.up || (NAME_PARTICLES.has(toks[i + 1]?.lower ?? '') && toks[i + 2]?.up)))) return null;
    let node: NameNode | undefined = this.index.names;
    let best: Raw | null = null;
    let j = i;
    while (j < toks.length) {
      const tk = toks[j];
      if (j > i && !tk.up && !NAME_PARTICLES.has(tk.lower) && this.gap(j) !== '-') break;
      const child: NameNode | undefined = node.next.get(tk.lower);
      if (!child) {
        // Scraped possessive without apostrophe: "Li Keqiangs".
        if (j > i && tk.lower.length > 3 && tk.lower.endsWith('s')) {
          const bare = node.next.get(tk.lower.slice(0, -1));
          if (bare && bare.ends.length && !this.isGlued(tk.e)) best = this.raw(i, j + 1, bare.ends, tk.e);
        }
        break;
      }
      node = child;
      if (node.ends.length && !this.isGlued(tk.e) && (j + 1 >= toks.length || !this.continuesWord(j + 1))) best = this.raw(i, j + 1, node.ends, tk.e);
      // Skip a middle initial ("Joseph R. Biden").
      let k = j + 1;
      if (this.isInitial(k) && this.joined(k) && this.joined(k + 1) && !node.next.has(toks[k].lower)) k++;
      if (!this.joined(k)) break;
      j = k;
    }
    if (best) this.absorbSuffix(best);
    return best;
  }

  /** The token at i continues the previous one as one word ("Xi" + "nhua" cannot happen with our tokens, but "Jae-in" can). */
  continuesWord(i: number): boolean {
    const g = this.gap(i);
    return g === '-' && !this.toks[i].up && !NAME_PARTICLES.has(this.toks[i].lower);
  }

  isGlued(e: number): boolean {
    return e < this.f.length && /[\p{L}\p{N}_]/u.test(this.f[e]);
  }

  /** "Family GIVEN" written with the family name in capitals first: "KISHIDA Fumio". */
  matchReversed(i: number): Raw | null {
    const toks = this.toks;
    if (!toks[i].caps || i + 1 >= toks.length || toks[i + 1].caps || !toks[i + 1].up || this.gap(i + 1) !== ' ') return null;
    const given = this.index.names.next.get(toks[i + 1].lower);
    const node = given?.next.get(toks[i].lower);
    if (!node || !node.ends.length) return null;
    return this.raw(i, i + 2, node.ends, toks[i + 1].e);
  }

  raw(a: number, b: number, ends: FormEnd[], e: number): Raw {
    if (SUFFIXES.has(this.toks[b - 1].lower) && this.f[e] === '.') e++;
    const kind = ends.some((x) => x.kind === 'full') ? 'full' : ends.some((x) => x.kind === 'alias') ? 'alias' : 'short';
    return { a, b, s: this.toks[a].s, e, ends, kind };
  }

  /**
   * A short-form match with a capitalised name word glued before or after it that is not one of
   * its person's own names: "Yuko Kishida" is not Fumio Kishida, "Zhang Zhou" not Zhang Guoqing.
   */
  neighbourNamesOther(r: Raw): boolean {
    const toks = this.toks;
    const near: Token[] = [];
    // Only a space joins two words of one name here: "Putin-Trump" is a pair of people.
    if (r.a > 0 && this.gap(r.a) === ' ' && !this.isInitial(r.a - 1) && this.nameLike(r.a - 1, true)) near.push(toks[r.a - 1]);
    if (r.b < toks.length && this.gap(r.b) === ' ' && this.nameLike(r.b, false) && toks[r.b].up) near.push(toks[r.b]);
    if (!near.length || this.inTitleCaseLine(r.s)) return false;
    return near.some((tk) => !(r.ends ?? []).some((end) => ownName(end.person.canonical, tk.lower)));
  }

  /** Some gazetteer person is called by this one word ("Kishida"). */
  isKnownShortForm(lower: string): boolean {
    return this.index.names.next.get(lower)?.ends.some((e) => e.kind === 'short') ?? false;
  }

  /** Some gazetteer person's family name, written last in their name ("Kishida" of Fumio Kishida). */
  isKnownFamilyNameLast(lower: string): boolean {
    let known = FAMILY_LAST.get(this.index.names);
    if (!known) { known = new Map(); FAMILY_LAST.set(this.index.names, known); }
    let answer = known.get(lower);
    if (answer === undefined) {
      if (known.size > 20_000) known.clear();
      answer = this.familyNameLastUncached(lower);
      known.set(lower, answer);
    }
    return answer;
  }

  private familyNameLastUncached(lower: string): boolean {
    return this.index.names.next.get(lower)?.ends.some((e) => {
      if (e.kind !== 'short') return false;
      const words = e.person.canonical.split(/\s+/);
      return words.length > 1 && foldText(words[words.length - 1]).text.toLowerCase() === lower;
    }) ?? false;
  }

  /** A headline in Title Case ("King Salman, President Obama Hold Meeting White House"). */
  inTitleCaseLine(at: number): boolean {
    const from = this.lineStart(at);
    const known = this.titleCaseLines.get(from);
    if (known !== undefined) return known;
    const answer = this.titleCaseAt(from);
    this.titleCaseLines.set(from, answer);
    return answer;
  }

  private readonly titleCaseLines = new Map<number, boolean>();
  private lineStarts: number[] | null = null;

  /** Start of the line holding folded offset `at` (binary search; a 1 MB line costs no rescans). */
  lineStart(at: number): number {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = this.f.indexOf('\n'); i >= 0; i = this.f.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    }
    const starts = this.lineStarts;
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= at) lo = mid; else hi = mid - 1; }
    return starts[lo];
  }

  private titleCaseAt(from: number): boolean {
    let to = this.f.indexOf('\n', from);
    if (to < 0) to = this.f.length;
    if (to - from > 400) return false;
    const line = this.f.slice(from, to).trim();
    // Headlines are short and do not end like a sentence.
    if (/[.!?:;]["'\u201d)]?$/.test(line) || line.length > 200) return false;
    const words = line.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
    return words.length >= 3 && words.filter((w) => isUpperStart(w)).length / words.length >= 0.75;
  }

  /** ", Jr." or " Jr." after a name belongs to it. */
  absorbSuffix(r: Raw): void {
    const m = /^(,?\s)(Jr|Sr|II|III|IV)(\.?)/.exec(this.f.slice(r.e, r.e + 6));
    if (m && !this.isGlued(r.e + m[1].length + m[2].length)) {
      r.e += m[0].length;
      while (r.b < this.toks.length && this.toks[r.b].s < r.e) r.b++;
    }
  }

  /** Title or honorific phrase starting at token i: [end token, kind]. */
  titleAt(i: number): { end: number; kind: 'office' | 'honorific' } | null {
    let node: TitleNode | undefined = TITLES;
    let best: { end: number; kind: 'office' | 'honorific' } | null = null;
    for (let j = i; j < this.toks.length; j++) {
      if (j > i) {
        const g = this.gap(j);
        if (!(g === ' ' || g === '-' || g === '. ' || g === '.')) break;
      }
      node = node.next.get(this.toks[j].lower);
      if (!node) break;
      if (node.kind) {
        const firstTok = this.toks[i].t;
        // CAPS_ONLY_TITLES are single words: only a one-token phrase can be one of them.
        const capsOk = j > i || !CAPS_ONLY_TITLES.has(this.toks[i].lower) || isAllCaps(firstTok);
        const honorificOk = node.kind === 'office' || isUpperStart(firstTok);
        if (capsOk && honorificOk) best = { end: j + 1, kind: node.kind };
      }
    }
    return best;
  }

  /** A token that can be part of a personal name. */
  nameLike(i: number, first: boolean): boolean {
    const tk = this.toks[i];
    if (!tk) return false;
    if (/^\d/.test(tk.t)) return false;
    if (NAME_PARTICLES.has(tk.lower) && !first) return true;
    if (!tk.up) return !first && (this.gap(i) === '-' || (this.gap(i) === "'" && !POSSESSIVE_TAIL.has(tk.lower)));
    if (first && SUFFIXES.has(tk.lower)) return false;
    if (NOT_NAME_WORDS.has(tk.lower) || PLACES.has(tk.lower) || NATIONALITIES.has(tk.lower) || ORGANISATION_WORDS.has(tk.lower)) return false;
    return true;
  }

  /**
   * "He Lifeng", "To Lam": a family name that is also an English word counts as the start of a
   * name when a capitalised given name follows it directly.
   */
  syllableSurname(i: number): boolean {
    const tk = this.toks[i];
    return tk !== undefined && SYLLABLE_SURNAMES.has(tk.lower) && tk.up && !tk.caps &&
      this.gap(i + 1) === ' ' && this.nameLike(i + 1, true) && !this.toks[i + 1].caps;
  }

  /** The capitalised name run starting at token i: [i, end) or null. */
  nameRun(i: number): { b: number; e: number } | null {
    const toks = this.toks;
    if (i >= toks.length || !(this.nameLike(i, true) || this.syllableSurname(i))) return null;
    // A capitalised particle may open a name ("Von der Leyen"); a lower-case one may not.
    let j = i + 1;
    while (j < toks.length && j - i < 7 && this.joined(j)) {
      if (this.isInitial(j) && this.joined(j + 1)) { j++; continue; }
      if (!this.nameLike(j, false)) break;
      j++;
    }
    // A particle cannot end a name.
    while (j > i + 1 && NAME_PARTICLES.has(toks[j - 1].lower) && !toks[j - 1].up) j--;
    const r = { a: i, b: j, s: toks[i].s, e: toks[j - 1].e };
    // Followed by an organisation word: "Oceanian Affairs Bureau", "Xinhua News".
    if (j < toks.length && this.gap(j) === ' ' && toks[j].up && ORGANISATION_WORDS.has(toks[j].lower)) return null;
    const raw: Raw = { ...r };
    this.absorbSuffix(raw);
    return { b: raw.b, e: raw.e };
  }

  /** Looks like a name on its own (one token): not a common-noun shape, not a lone capital. */
  plausibleSingle(i: number): boolean {
    const tk = this.toks[i];
    return tk.t.length >= 2 && !COMMON_WORD_ENDING.test(tk.t) && !NAME_PARTICLES.has(tk.lower);
  }
}

/** foldText itself (kept for callers of the older name; foldText now folds ASCII runs whole). */
export function foldFast(text: string): FoldedText {
  return foldText(text);
}

/** Index of the token containing folded offset `at`, or -1. */
export function tokenAt(toks: Token[], at: number): number {
  let lo = 0, hi = toks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (toks[mid].e <= at) lo = mid + 1; else hi = mid; }
  return lo < toks.length && toks[lo].s <= at ? lo : -1;
}

/** Tokens inside a multi-word place name ("Ha Noi", "Phnom Penh"). */
export function placePhraseTokens(toks: Token[], sc: Scanner): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i].up) continue;
    for (const p of PLACE_PHRASES_BY_FIRST.get(toks[i].lower) ?? []) {
      if (i + p.length > toks.length) continue;
      let ok = true;
      for (let k = 1; k < p.length && ok; k++) ok = toks[i + k].lower === p[k] && sc.joined(i + k);
      if (ok) for (let k = 0; k < p.length; k++) out.add(i + k);
    }
  }
  return out;
}
const PLACE_PHRASES_BY_FIRST = new Map<string, string[][]>();
for (const p of PLACE_PHRASES.map((x) => x.split(' ')).filter((x) => x.length > 1)) {
  PLACE_PHRASES_BY_FIRST.set(p[0], [...(PLACE_PHRASES_BY_FIRST.get(p[0]) ?? []), p]);
}

/** Usual short forms of given names, both ways ("Joe" Biden is "Joseph R. Biden"). */
const DIMINUTIVES: Record<string, string[]> = {
  joseph: ['joe'], michael: ['mike'], william: ['bill', 'will'], robert: ['bob', 'rob', 'bobby'], anthony: ['tony'],
  antony: ['tony'], james: ['jim', 'jimmy'], thomas: ['tom'], richard: ['dick', 'rich'], edward: ['ted', 'ed'],
  charles: ['chuck', 'charlie'], elizabeth: ['liz'], daniel: ['dan'], david: ['dave'], nicholas: ['nick'],
  benjamin: ['ben', 'bibi'], stephen: ['steve'], steven: ['steve'], samuel: ['sam'], peter: ['pete'],
  alexander: ['alex'], christopher: ['chris'], jacob: ['jake'], jonathan: ['jon'], kenneth: ['ken'],
  andrew: ['andy'], matthew: ['matt'], ferdinand: ['bongbong'], joaquin: ['jack'], john: ['jack'],
};

/** Is `word` (folded lower case) one of the person's names or a usual short form of one? */
export function ownName(canonical: string, word: string): boolean {
  return ownNameParts(canonical).some((w) => {
    return w === word || (DIMINUTIVES[w]?.includes(word) ?? false) || (DIMINUTIVES[word]?.includes(w) ?? false) ||
      (Math.min(w.length, word.length) >= 4 && (w.startsWith(word) || word.startsWith(w)));
  });
}

/** The folded lower-case parts of a canonical name, once per name (asked for every nearby word). */
function ownNameParts(canonical: string): string[] {
  let parts = OWN_NAME_PARTS.get(canonical);
  if (!parts) {
    if (OWN_NAME_PARTS.size > 20_000) OWN_NAME_PARTS.clear();
    parts = canonical.split(/[\s-]+/).map((part) => foldText(part).text.toLowerCase().replace(/\.$/, ''));
    OWN_NAME_PARTS.set(canonical, parts);
  }
  return parts;
}
const OWN_NAME_PARTS = new Map<string, string[]>();
