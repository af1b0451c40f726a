// Leader mentions (GUIDELINES section 3): every written name of an office holder, name only,
// resolved to a canonical person by the talks' date. Two sources feed it:
// - the gazetteer: known full names, aliases and derived short forms ("Xi", "Chinh"), matched on
//   accent-folded tokens so NFC, NFD and capitals ("KISHIDA Fumio") all match;
// - context: a title or honorific before a capitalised name, an apposition ("X, the foreign
//   minister"), a transcript speaker label, "said X"; later short mentions of those people too.
// Short forms resolve to the person of that name mentioned in the text, else to whoever held the
// written title at the date. Picture credits and bylines are never leaders.

import type { LeaderMention, OfficeTerm, Source } from '../types';
import type { ExtractContext } from './context';
import { foldText, unfoldSpan, type FoldedText } from '../text';
import { termAt, termNear, titleFits, type FormEnd, type GazetteerIndex, type NameNode, type PersonEntry } from '../gazetteer';
import {
  COMMON_WORD_ENDING, HONORIFICS, NATIONALITIES, NOT_NAME_WORDS, OFFICE_TITLES, ORGANISATION_WORDS, PLACE_PHRASES, PLACES,
  STRONG_HONORIFICS, TITLE_CONTINUATION,
} from './leaderLexicon';

interface Token {
  s: number; e: number; t: string; lower: string;
  /** Starts with a capital. */
  up: boolean;
  /** Two or more letters, all capitals. */
  caps: boolean;
}

/** Short forms that are English function words: only a title right before makes them a name ("Vice Premier He"). */
const FUNCTION_WORDS = new Set(['he', 'she', 'it', 'we', 'to', 'in', 'on', 'at', 'an', 'as', 'by', 'do', 'go', 'me', 'my', 'no', 'of', 'or', 'so', 'up', 'us', 'be', 'is', 'if', 'the', 'and', 'but', 'for', 'can', 'will', 'may', 'am']);
/** Short forms that are also common words: they need a title or an earlier full mention. */
const COMMON_SURNAMES = new Set([
  'moon', 'bishop', 'king', 'rice', 'brown', 'young', 'key', 'long', 'rich', 'law', 'price', 'major', 'may', 'lee',
  'kim', 'son', 'park', 'li', 'ma', 'guard', 'wing', 'power', 'hope', 'little', 'gray', 'grey', 'green', 'white',
  'black', 'rose', 'church', 'ball', 'sun', 'jiang', 'abe', 'hu', 'wen', 'lam', 'prince', 'duke', 'baker', 'cook',
  'smith', 'hill', 'wood', 'sharif', 'english', 'hunt', 'gates', 'cooper', 'craft', 'cannon', 'carter', 'don', 'man',
  'mai', 'min', 'mark', 'cruz', 'costa', 'gil', 'lu', 'lin', 'dai', 'ding', 'dong', 'hong', 'han', 'cho', 'chung',
  'chan', 'chang', 'chen', 'guo', 'gao', 'liu', 'mao', 'meng', 'hui', 'hua', 'jia', 'cui', 'liang', 'dam', 'ha', 'hue',
  'hung', 'binh', 'manh', 'minh', 'nyo', 'nyan', 'hor', 'hoi', 'kan', 'amr', 'ali', 'asif', 'dar', 'khan', 'ahmed',
  'hamid', 'hasan', 'ibrahim', 'ismail', 'mohamed', 'mohammed', 'muhammad', 'abdullah', 'khalid', 'faisal', 'hamad',
  'khaled', 'abdul', 'john', 'donald', 'michel', 'philippe', 'gabriel', 'nathan', 'jonathan', 'peters', 'moreno',
  'garcia', 'fernandez', 'castro', 'hussein', 'hussain', 'mahmud', 'moni', 'carr', 'austin', 'harris', 'johnson',
  'lai', 'pak', 'blok', 'lew', 'kirk', 'flynn', 'bolton', 'gallant', 'champagne', 'joly', 'marty',
]);
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'la', 'le', 'bin', 'ibn', 'bint', 'ben', 'al', 'el', 'abu', 'ter', 'zu', 'y']);
/** What follows an apostrophe without being part of a name ("Albanese's", "don't"). */
const POSSESSIVE_TAIL = new Set(['s', 't', 'll', 're', 've', 'd', 'm']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Verbs (and "who") after a full name that make it a person acting in the text. */
const ACTION_VERBS = new Set([
  'said', 'says', 'added', 'noted', 'held', 'had', 'has', 'met', 'meets', 'spoke', 'speaks', 'told', 'expressed', 'stressed',
  'thanked', 'congratulated', 'welcomed', 'called', 'urged', 'visited', 'received', 'attended', 'agreed', 'invited',
  'discussed', 'praised', 'reaffirmed', 'underscored', 'emphasized', 'emphasised', 'pointed', 'asked', 'briefed',
  'affirmed', 'proposed', 'announced', 'wrote', 'stated', 'declared', 'hosted', 'accepted', 'conveyed', 'highlighted',
  'underlined', 'voiced', 'appreciated', 'thanks', 'who', 'whose', 'will', 'would', 'is', 'was',
]);
const SPEECH_VERBS = /^(?:said|says|added|noted|stressed|told|asked|stated|explained|emphasized|emphasised|underlined|remarked|recalled|pointed)$/;

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

/** Titles that also start names of things ("General Motors", "Premier League", "Chief Justice"). */
const LOOSE_TITLES = new Set(['general', 'premier', 'chief', 'leader', 'head', 'director', 'chair', 'speaker', 'representative', 'deputy', 'delegate', 'commander', 'lord', 'sir', 'dame']);
const PLURAL_TITLE = /(?:ents|ers|ors|ings|eens|ers-elect|ts)$/i;

/** Titles that only count written in capitals ("PM Albanese", not "pm"). */
const CAPS_ONLY_TITLES = new Set(['pm', 'fm', 'ceo', 'hrh', 'he']);

function tokenize(folded: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const t = m[0];
    out.push({ s: m.index, e: m.index + t.length, t, lower: t.toLowerCase(), up: isUpperStart(t), caps: isAllCaps(t) });
  }
  return out;
}

function isUpperStart(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(t);
}
function isAllCaps(t: string): boolean {
  return t.length >= 2 && t === t.toUpperCase() && t !== t.toLowerCase();
}

/** A found name before resolution. */
interface Raw {
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

class Scanner {
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
    if (!first.up && !(NAME_PARTICLES.has(first.lower) && toks[i + 1] && toks[i + 1].up)) return null;
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

  /** A headline in Title Case ("King Salman, President Obama Hold Meeting White House"). */
  inTitleCaseLine(at: number): boolean {
    const from = this.f.lastIndexOf('\n', at) + 1;
    let to = this.f.indexOf('\n', at);
    if (to < 0) to = this.f.length;
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
        const phrase = this.toks.slice(i, j + 1).map((t) => t.lower).join(' ');
        const firstTok = this.toks[i].t;
        const capsOk = !CAPS_ONLY_TITLES.has(phrase) || isAllCaps(firstTok);
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
    if (NOT_NAME_WORDS.has(tk.lower) || PLACES.has(tk.lower) || NATIONALITIES.has(tk.lower) || ORGANISATION_WORDS.has(tk.lower)) return false;
    return true;
  }

  /** The capitalised name run starting at token i: [i, end) or null. */
  nameRun(i: number): { b: number; e: number } | null {
    const toks = this.toks;
    if (i >= toks.length || !this.nameLike(i, true)) return null;
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

/** foldText, with a no-copy path for plain ASCII text (most readouts). */
function foldFast(text: string): FoldedText {
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(text)) return foldText(text);
  const map = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = i;
  return { text, toOriginal: map };
}

/** Index of the token containing folded offset `at`, or -1. */
function tokenAt(toks: Token[], at: number): number {
  let lo = 0, hi = toks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (toks[mid].e <= at) lo = mid + 1; else hi = mid; }
  return lo < toks.length && toks[lo].s <= at ? lo : -1;
}

/** Tokens inside a multi-word place name ("Ha Noi", "Phnom Penh"). */
function placePhraseTokens(toks: Token[], sc: Scanner): Set<number> {
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

/** Picture credits and bylines: "(Xinhua/Liu Weibing)", "Photo: Bundesregierung/Steins", "By Jane Doe". */
function creditZones(text: string): { start: number; end: number }[] {
  const zones: { start: number; end: number }[] = [];
  const add = (re: RegExp) => { for (const m of text.matchAll(re)) zones.push({ start: m.index, end: m.index + m[0].length }); };
  add(/\([^()\n]{0,60}\/[^()\n]{1,60}\)/g);
  add(/(?:^|\n)[ \t]*(?:Photos?|Pictures?|Images?|Credits?|Photo credit|Source|Reporting|Writing|Editing|Edited|Written|Reported|Compiled|Translated|Editors?|Reporters?|Authors?|Correspondents?|Journalists?|Produced|Photographers?|Video|Camera)(?: by)?\s*[:|][^\n]{0,120}/gi);
  add(/\[(?:Photo|Picture|Image)[^\]\n]{0,80}\]/g);
  add(/(?:^|\n)[ \t]*By [A-Z][^\n]{0,80}(?=\n|$)/g);
  add(/\((?:Reporting|Writing|Editing|Additional reporting)[^()\n]*\)/gi);
  add(/\b(?:Photo|Picture|Image)s?(?: by| credit)?:? [A-Z][\p{L}' -]+\/[\p{L}' -]+/gu);
  return zones;
}

/** Canonical of a context name, from the original (accented) text of tokens [a, b). */
function originalCanonical(text: string, folded: FoldedText, toks: Token[], sc: Scanner, a: number, b: number): string {
  const keep = toks.slice(a, b).map((t, k) => ({ t, k })).filter(({ t, k }) => !(k > 0 && SUFFIXES.has(t.lower)));
  const words = keep.map(({ t }) => {
    const sp = unfoldSpan(folded, t.s, t.e, text);
    return text.slice(sp.start, sp.end).normalize('NFC');
  });
  const seps = keep.slice(1).map(({ k }) => sc.gap(a + k));
  return contextCanonical(words, seps);
}

/** Context canonical: capitals folded to Title case, family-first pair reordered, nasab trimmed. */
function contextCanonical(words: string[], seps: string[]): string {
  let w = words.map((x) => (isAllCaps(x) && x.length > 1 ? x[0] + x.slice(1).toLowerCase() : x));
  let s = [...seps];
  if (words.length === 2 && isAllCaps(words[0]) && !isAllCaps(words[1])) { w = [w[1], w[0]]; s = [' ']; }
  // "Adel bin Zaid Al-Toraifi" -> "Adel Al-Toraifi"; "Mohammed bin Salman bin Abdulaziz" -> "Mohammed bin Salman".
  const lower = w.map((x) => x.toLowerCase());
  const nasab = lower.findIndex((x) => x === 'bin' || x === 'ibn');
  if (nasab > 0) {
    const article = lower.findIndex((x, i) => i > nasab && (x === 'al' || x === 'el'));
    if (article > 0) { w = [...w.slice(0, nasab), ...w.slice(article)]; s = [...s.slice(0, nasab), ...s.slice(article)]; }
    else if (nasab + 2 < w.length) { w = w.slice(0, nasab + 2); s = s.slice(0, nasab + 2); }
  }
  return w.map((x, i) => (i === 0 ? x : (s[i - 1] ?? ' ') + x)).join('');
}

function isCommonShort(lower: string): boolean {
  return COMMON_SURNAMES.has(lower) || NOT_NAME_WORDS.has(lower);
}

/** Finds and resolves every leader mention. */
export function findLeaders(ctx: ExtractContext): LeaderMention[] {
  const { text, gazetteer: index } = ctx;
  if (!text) return [];
  const folded: FoldedText = foldFast(text);
  const sc = new Scanner(folded.text, index);
  const toks = sc.toks;
  const zones = creditZones(folded.text);
  const inZone = (s: number, e: number) => zones.some((z) => s < z.end && z.start < e);

  // 1. Titles before names: position of the name's first token -> the title phrase.
  const titled = new Map<number, { title: string; kind: 'office' | 'honorific' }>();
  const contextRaws: Raw[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = sc.titleAt(i);
    if (!t) continue;
    let j = t.end;
    let kind = t.kind;
    const titleStart = toks[i].s;
    let titleEnd = toks[t.end - 1].e;
    if (folded.text[titleEnd] === '.') titleEnd++;
    let afterContinuation = false;
    // Chains and continuations: "Minister of Foreign Affairs", "President of Mexico", "Minister of State Dr.".
    for (let guard = 0; guard < 12 && j < toks.length; guard++) {
      const tk = toks[j];
      if ((tk.lower === 'of' || tk.lower === 'for' || tk.lower === 'to') && sc.joined(j)) {
        let k = j + 1;
        while (k < toks.length && sc.joined(k) && (TITLE_CONTINUATION.has(toks[k].lower) || PLACES.has(toks[k].lower) || NATIONALITIES.has(toks[k].lower)) && (toks[k].up || toks[k].lower === 'the' || toks[k].lower === 'and' || toks[k].lower === 'of')) k++;
        // Trailing "and"/"of"/"the" are not part of the title.
        while (k > j + 1 && ['and', 'of', 'the'].includes(toks[k - 1].lower)) k--;
        if (k === j + 1) break;
        j = k;
        titleEnd = toks[j - 1].e;
        afterContinuation = true;
        continue;
      }
      const next = sc.titleAt(j);
      // "H.E. Mr." chains over the abbreviation's dot; "...of the Philippines. Minister" does not.
      const abbreviated = sc.gap(j) === '. ' && !afterContinuation && toks[j - 1].t.length <= 4;
      if (next && (sc.joined(j) || abbreviated)) {
        afterContinuation = false;
        if (next.kind === 'office') kind = 'office';
        j = next.end;
        titleEnd = toks[j - 1].e;
        if (folded.text[titleEnd] === '.') titleEnd++;
        continue;
      }
      break;
    }
    if (j >= toks.length) continue;
    const g = sc.gap(j);
    const commaApposition = g === ', ' && kind === 'office';
    if (!(g === ' ' || g === '. ' || g === '\u00a0' || commaApposition)) continue;
    const title = folded.text.slice(titleStart, titleEnd);
    // Known even when no context name follows: "Vice Premier He" is a gazetteer short form.
    if (!commaApposition && toks[j].up) titled.set(j, { title, kind });
    const run = sc.nameRun(j);
    if (!run) { i = Math.max(i, j - 1); continue; }
    // "President, Vice President ...": after a comma the name must be followed by a comma or end.
    if (commaApposition && !/^(?:,|\.|;|\)|$)/.test(folded.text.slice(run.e, run.e + 1))) continue;
    const single = run.b - j === 1;
    if (single && !sc.plausibleSingle(j)) continue;
    // "General Debate", "Premier League": after a loose title one unknown word is not enough.
    const head = toks[i].lower;
    if (single && t.end - i === 1 && kind === 'office' && LOOSE_TITLES.has(head) && !sc.isKnownShortForm(toks[j].lower)) continue;
    // A Title Case headline capitalises verbs too ("Presidents Strengthen Mercosur Trade Bloc").
    if (single && kind === 'office' && !sc.isKnownShortForm(toks[j].lower) && sc.inTitleCaseLine(toks[j].s)) continue;
    titled.set(j, { title, kind });
    contextRaws.push({ a: j, b: run.b, s: toks[j].s, e: run.e, context: true, title, titleKind: kind });
    i = run.b - 1;
    // "Presidents Xi Jinping and Joe Biden", "Foreign Ministers Wang Yi and Bui Thanh Son".
    if (PLURAL_TITLE.test(title) && toks[run.b]?.lower === 'and' && sc.joined(run.b) && run.b + 1 < toks.length && sc.gap(run.b + 1) === ' ') {
      const second = sc.nameRun(run.b + 1);
      if (second && second.b - (run.b + 1) >= 2) {
        titled.set(run.b + 1, { title, kind });
        contextRaws.push({ a: run.b + 1, b: second.b, s: toks[run.b + 1].s, e: second.e, context: true, title, titleKind: kind });
        i = second.b - 1;
      }
    }
  }

  // 2. Appositions: "Khalid bin Ali Al-Homaidan, Chief of General Intelligence".
  for (let i = 1; i < toks.length; i++) {
    if (sc.gap(i) !== ', ') continue;
    let k = i;
    while (k < toks.length && (['the', 'a', 'an', 'his', 'her', 'then', 'former'].includes(toks[k].lower) || NATIONALITIES.has(toks[k].lower)) && k - i < 3) k++;
    const t = k < toks.length ? sc.titleAt(k) : null;
    if (!t || t.kind !== 'office') continue;
    // Walk back over the name before the comma.
    let a = i - 1;
    if (!sc.nameLike(a, false) || !toks[a].up) continue;
    while (a - 1 >= 0 && sc.joined(a) && (sc.nameLike(a - 1, false) || sc.isInitial(a - 1))) a--;
    while (a < i - 1 && (NAME_PARTICLES.has(toks[a].lower) && !toks[a].up)) a++;
    if (!sc.nameLike(a, true)) continue;
    const capitals = toks.slice(a, i).filter((x) => x.up && !NAME_PARTICLES.has(x.lower)).length;
    if (capitals < 2) continue;
    contextRaws.push({ a, b: i, s: toks[a].s, e: toks[i - 1].e, context: true });
  }

  // 3. Transcript speaker labels: "MINISTER MARSUDI:" at the start of a line.
  for (const m of folded.text.matchAll(/(?:^|\n)[ \t]*((?:[\p{Lu}.'-]+ ){0,4}[\p{Lu}'-]{2,})[ \t]*:/gu)) {
    const labelStart = m.index + m[0].indexOf(m[1]);
    const words = m[1].split(' ');
    let at = labelStart;
    let hasTitle = false;
    const nameParts: { s: number; e: number; w: string }[] = [];
    for (const w of words) {
      const lw = w.toLowerCase().replace(/\.$/, '');
      if (OFFICE_TITLES.includes(lw) || HONORIFICS.includes(lw) || HONORIFICS.includes(lw + '.') || ['prime', 'foreign', 'vice', 'deputy'].includes(lw)) hasTitle = true;
      else if (!NOT_NAME_WORDS.has(lw) && !PLACES.has(lw)) nameParts.push({ s: at, e: at + w.length, w });
      else nameParts.length = 0;
      at += w.length + 1;
    }
    if (!nameParts.length) continue;
    const s = nameParts[0].s, e = nameParts[nameParts.length - 1].e;
    const a = tokenAt(toks, s);
    const b = a < 0 ? -1 : tokenAt(toks, e - 1) + 1;
    if (a < 0 || b <= a) continue;
    const word = nameParts.map((p) => p.w).join(' ');
    const known = hasTitle || sc.matchForm(a) !== null || new RegExp(`\\b${word[0]}${word.slice(1).toLowerCase()}\\b`).test(folded.text);
    if (known) contextRaws.push({ a, b, s, e, context: true, title: hasTitle ? words.slice(0, words.length - nameParts.length).join(' ') : undefined });
  }

  // 4. Reported speech: "..., said Rady." / "said Li when meeting".
  for (let i = 1; i < toks.length; i++) {
    if (!SPEECH_VERBS.test(toks[i - 1].t) || sc.gap(i) !== ' ' || !toks[i].up) continue;
    const run = sc.nameRun(i);
    if (!run) continue;
    const after = folded.text.slice(run.e, run.e + 12);
    if (!/^(?:[,.;:]|\s+(?:when|while|at|in|on|after|during|who|that|as|before|adding|noting)\b|$)/.test(after)) continue;
    if (run.b - i === 1 && !sc.plausibleSingle(i)) continue;
    contextRaws.push({ a: i, b: run.b, s: toks[i].s, e: run.e, context: true, weak: true } as Raw);
  }

  // 4b. A full name (two or more capitalised words) acting in the sentence: "Vladimir Putin had a
  //     telephone conversation", "Bui Thanh Son said", "Bashar Al-Assad who has lost legitimacy".
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i].up || (i > 0 && sc.joined(i) && toks[i - 1].up)) continue;
    const run = sc.nameRun(i);
    if (!run) continue;
    const capitals = toks.slice(i, run.b).filter((x) => x.up && !NAME_PARTICLES.has(x.lower) && x.t.length > 1).length;
    const nextTok = toks[run.b];
    // A relative sharing a leader's family name ("Yuko Kishida attended") is not found this way.
    const relative = sc.isKnownShortForm(toks[run.b - 1].lower) || sc.isKnownShortForm(toks[i].lower);
    if (capitals >= 2 && !relative && nextTok && /^[ ,]+$/.test(folded.text.slice(run.e, nextTok.s)) && ACTION_VERBS.has(nextTok.lower)) {
      contextRaws.push({ a: i, b: run.b, s: toks[i].s, e: run.e, context: true });
    }
    i = run.b - 1;
  }

  // 5. Gazetteer forms, longest first at each token.
  const gazRaws: Raw[] = [];
  const placeTokens = placePhraseTokens(toks, sc);
  for (let i = 0; i < toks.length; i++) {
    const r = sc.matchReversed(i) ?? sc.matchForm(i);
    if (!r) continue;
    i = r.b - 1;
    // An alias that carries its title ("King Salman"): the title stays outside the name.
    const t = sc.titleAt(r.a);
    if (t && t.end < r.b && r.kind !== 'full') { r.a = t.end; r.s = toks[r.a].s; }
    if (r.kind === 'short') {
      // "Yuko Kishida", "Zhang Zhou", "Lee Do-woon": the short form inside someone else's full name.
      if (sc.neighbourNamesOther(r)) continue;
      // "HÀ NỘI —", "Ha Noi": a place, not a short name; capitals alone only in a speaker label.
      if (placeTokens.has(r.a)) continue;
      if (r.b - r.a === 1 && toks[r.a].caps && !/^\s*:/.test(folded.text.slice(r.e, r.e + 3))) continue;
    }
    gazRaws.push(r);
  }

  // 5b. With compromise loaded: a leftover pair of capitalised name-like words that its lexicon
  //     reads as a person ("the death of Alexei Navalny").
  if (ctx.nlp) {
    const taken = [...contextRaws, ...gazRaws];
    for (let i = 0; i < toks.length; i++) {
      if (!toks[i].up || (i > 0 && sc.joined(i) && toks[i - 1].up)) continue;
      const run = sc.nameRun(i);
      if (!run) continue;
      const capitals = toks.slice(i, run.b).filter((x) => x.up && !NAME_PARTICLES.has(x.lower) && x.t.length > 1).length;
      const s0 = toks[i].s;
      if (capitals >= 2 && !taken.some((r) => r.s < run.e && s0 < r.e) && !inZone(s0, run.e)) {
        const span = unfoldSpan(folded, s0, run.e, text);
        if (ctx.nlp.isPersonName(text.slice(span.start, span.end))) contextRaws.push({ a: i, b: run.b, s: s0, e: run.e, context: true });
      }
      i = run.b - 1;
    }
  }

  // 6. Merge: a context name containing a gazetteer match takes the gazetteer's person unless it
  //    names someone else with the same short form ("Ivanka Trump" around "Trump").
  const merged: Raw[] = [];
  const usedGaz = new Set<Raw>();
  // gazRaws are in text order and do not overlap: binary search the first that may overlap c.
  const overlapping = (c: Raw): Raw[] => {
    let lo = 0, hi = gazRaws.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (gazRaws[mid].e <= c.s) lo = mid + 1; else hi = mid; }
    const out: Raw[] = [];
    for (let k = lo; k < gazRaws.length && gazRaws[k].s < c.e; k++) out.push(gazRaws[k]);
    return out;
  };
  for (const c of dedupe(contextRaws)) {
    const inside = overlapping(c);
    if (inside.length > 1) continue; // "Putin-Trump": the gazetteer's two names stand.
    if (inside.length === 1) {
      const g = inside[0];
      usedGaz.add(g);
      const sameOrLonger = g.s <= c.s && g.e >= c.e;
      const otherPerson = g.kind === 'short' && !sameOrLonger && namesSomeoneElse(toks, c, g);
      if (otherPerson) { merged.push({ ...c, title: c.title ?? titled.get(c.a)?.title }); continue; }
      merged.push({ ...g, a: Math.min(g.a, c.a), b: Math.max(g.b, c.b), s: Math.min(g.s, c.s), e: Math.max(g.e, c.e), title: c.title ?? titled.get(g.a)?.title, titleKind: c.titleKind });
      continue;
    }
    merged.push(c);
  }
  for (const g of gazRaws) if (!usedGaz.has(g)) merged.push({ ...g, title: titled.get(g.a)?.title, titleKind: titled.get(g.a)?.kind });
  merged.sort((x, y) => x.s - y.s);

  // 7. Context people: canonical names and the short forms that refer back to them.
  const contextPeople = new Map<string, { canonical: string; first: number; key: string[] }>();
  for (const r of merged) {
    if (!r.context || r.ends) continue;
    r.canonical = originalCanonical(text, folded, toks, sc, r.a, r.b);
    const capitals = toks.slice(r.a, r.b).filter((t) => t.up && t.t.length > 1 && !SUFFIXES.has(t.lower) && !NAME_PARTICLES.has(t.lower));
    if (capitals.length < 2) continue;
    // Either end of a full name may be the one used alone ("Xi" of Xi Jinping, "Noda" of Yoshihiko Noda).
    const key = capitals.map((t) => t.lower);
    for (const short of new Set([key[0], key[key.length - 1]])) {
      if (FUNCTION_WORDS.has(short) || NOT_NAME_WORDS.has(short)) continue;
      const had = contextPeople.get(short);
      if (!had) { contextPeople.set(short, { canonical: r.canonical, first: r.s, key }); continue; }
      // Two spellings of one name ("Abdel Fattah Sisi", "Abdel Fattah al-Sisi") stay one person;
      // two different people sharing a word make that word ambiguous.
      if (had.canonical === r.canonical || !had.canonical) continue;
      const sub = (x: string[], y: string[]) => x.every((w) => y.includes(w));
      if (sub(key, had.key)) continue;
      if (sub(had.key, key)) { had.canonical = r.canonical; had.key = key; continue; }
      had.canonical = '';
    }
  }
  // A one-word context name of someone named in full elsewhere takes the full name.
  for (const r of merged) {
    if (!r.context || r.ends || r.b - r.a !== 1) continue;
    const p = contextPeople.get(toks[r.a].lower);
    if (p?.canonical) r.canonical = p.canonical;
  }
  const tokenTaken = new Uint8Array(toks.length);
  for (const r of merged) for (let k = r.a; k < r.b && k < toks.length; k++) tokenTaken[k] = 1;
  for (let i = 0; i < toks.length; i++) {
    const p = contextPeople.get(toks[i].lower);
    if (!p || !p.canonical || !toks[i].up || tokenTaken[i]) continue;
    if (i > 0 && sc.joined(i) && toks[i - 1].up && sc.nameLike(i - 1, true)) continue; // part of another name
    merged.push({ a: i, b: i + 1, s: toks[i].s, e: toks[i].e, context: true, canonical: p.canonical, title: titled.get(i)?.title });
  }
  merged.sort((x, y) => x.s - y.s);

  // 8. Resolve gazetteer names by date, title and the people named in full.
  const anchors = anchorIndex(merged);
  const contextSurnames = new Set(merged.filter((o) => o.context && !o.ends && o.b - o.a >= 2).map((o) => toks[o.b - 1].lower));
  const supported = new Set(merged.filter((o) => !(o as { weak?: boolean }).weak).map((o) => o.canonical));
  const out: LeaderMention[] = [];
  for (const r of merged) {
    if (inZone(r.s, r.e)) continue;
    let person: PersonEntry | undefined;
    let canonical = r.canonical;
    if (r.ends) {
      person = resolve(r, anchors, contextSurnames, ctx.date, toks);
      if (!person) {
        if (r.context && r.kind === 'short') {
          // A titled name the gazetteer only knows as someone else's short form: keep it as context.
          const words = toks.slice(r.a, r.b).map((t) => t.t);
          if (r.b - r.a < 2) continue;
          canonical = contextCanonical(words, words.slice(1).map((_, k) => sc.gap(r.a + 1 + k)));
        } else continue;
      } else canonical = person.canonical;
    }
    if (!canonical) continue;
    if ((r as { weak?: boolean }).weak && !person && !hasSupport(r, merged, supported)) continue;
    const span = unfoldSpan(folded, r.s, r.e, text);
    const surface = text.slice(span.start, span.end);
    if (index.notLeaders.has(surface.normalize('NFC')) || index.notLeaders.has(canonical)) continue;
    const term: OfficeTerm | undefined = person ? termNear(person, ctx.date) : undefined;
    const source: Source = person ? (person.user ? 'user' : 'gazetteer') : 'context';
    const m: LeaderMention = { start: span.start, end: span.end, text: surface, canonical, source };
    const title = r.title ? cleanTitle(text, folded, r.title, r.s) : undefined;
    if (title) m.title = title;
    if (term) { m.office = term.office; m.country = term.country; }
    out.push(m);
  }
  return dedupeMentions(out);
}

/** A weak (said X) candidate needs the same name elsewhere with a title or as a full name. */
function hasSupport(r: Raw, all: Raw[], supported: Set<string | undefined>): boolean {
  if (!supported.has(r.canonical)) return false;
  return all.some((o) => o !== r && o.canonical === r.canonical && !(o as { weak?: boolean }).weak);
}

/** Where each person is named in full (or by an alias), in text order. */
interface Anchors { byPerson: Map<PersonEntry, number[]> }

function anchorIndex(all: Raw[]): Anchors {
  const byPerson = new Map<PersonEntry, number[]>();
  for (const r of all) {
    if (!r.ends || r.kind === 'short') continue;
    for (const e of r.ends) {
      if (e.kind === 'short') continue;
      const list = byPerson.get(e.person) ?? [];
      if (list[list.length - 1] !== r.s) list.push(r.s);
      byPerson.set(e.person, list);
    }
  }
  return { byPerson };
}

/** The title as written in the original text (the folded copy lost its accents). */
function cleanTitle(text: string, folded: FoldedText, title: string, nameStart: number): string | undefined {
  const s = folded.text.lastIndexOf(title, nameStart);
  if (s < 0) return title;
  const span = unfoldSpan(folded, s, s + title.length, text);
  return text.slice(span.start, span.end).replace(/[,\s]+$/, '');
}

/** Is `word` (folded lower case) one of the person's names, or a short/long form of one ("Joe"/"Joseph")? */
function ownName(canonical: string, word: string): boolean {
  return canonical.split(/[\s-]+/).some((part) => {
    const w = foldText(part).text.toLowerCase();
    return w === word || (w.length >= 2 && word.length >= 2 && w.slice(0, 2) === word.slice(0, 2) && (w.startsWith(word.slice(0, 3)) || word.startsWith(w.slice(0, 3))));
  });
}

/** Does the context run c (around short-form match g) name a different person than g's candidates? */
function namesSomeoneElse(toks: Token[], c: Raw, g: Raw): boolean {
  const extra = toks.slice(c.a, c.b).filter((t, k) => (c.a + k < g.a || c.a + k >= g.b) && t.t.length > 1 && !NAME_PARTICLES.has(t.lower) && !SUFFIXES.has(t.lower));
  if (!extra.length) return false;
  const given = extra[0].lower;
  return !(g.ends ?? []).some((end) => {
    const others = end.person.canonical.split(/\s+/).map((w) => foldText(w).text.toLowerCase());
    return others.some((w) => w === given || (w.length >= 2 && given.length >= 2 && w.slice(0, 2) === given.slice(0, 2)) || w.startsWith(given) || given.startsWith(w));
  });
}

/** Chooses the person a gazetteer match names. */
function resolve(r: Raw, anchors: Anchors, contextSurnames: Set<string>, date: string | null, toks: Token[]): PersonEntry | undefined {
  const ends = r.ends ?? [];
  const people = [...new Set(ends.map((e) => e.person))];
  const byKind = (k: 'full' | 'alias') => [...new Set(ends.filter((e) => e.kind === k).map((e) => e.person))];
  const named = byKind('full').length ? byKind('full') : byKind('alias');
  const title = r.title;
  const fits = (p: PersonEntry) => {
    if (!title || r.titleKind === 'honorific') return false;
    const t = termAt(p, date);
    return t ? titleFits(t, title) : false;
  };
  const inOffice = (p: PersonEntry) => (date ? termAt(p, date) !== undefined : p.terms.some((t) => !t.to));
  const pick = (list: PersonEntry[]): PersonEntry | undefined => {
    if (list.length <= 1) return list[0];
    const user = list.filter((p) => p.user);
    if (user.length === 1) return user[0];
    const t = list.filter(fits);
    if (t.length >= 1) return t[0];
    const o = list.filter(inOffice);
    if (o.length >= 1) return topRanked(o, date);
    return topRanked(list, date);
  };
  if (named.length) return pick(named);

  // Short form ("Li", "Chinh", "Trump").
  const word = toks[r.a].lower;
  const hasTitle = Boolean(title) && r.titleKind === 'office';
  if (FUNCTION_WORDS.has(word) && !hasTitle) return undefined;
  if (/^\s*\d/.test(toks[r.b]?.t ?? '') && toks[r.b]?.s === toks[r.b - 1].e + 1) return undefined; // "May 18"
  // People of this name mentioned in full, nearest before this mention first.
  const anchored = people.filter((p) => anchors.byPerson.has(p));
  // A context person of the same name ("Ivanka Trump") competes only without a fitting title.
  // "Costa Rica and Montenegro": a place-named person needs a title or a verb of their own.
  if (PLACES.has(word) && !hasTitle && !ACTION_VERBS.has(toks[r.b]?.lower ?? '')) return undefined;
  if (anchored.length) {
    const titledFit = anchored.filter(fits);
    if (titledFit.length) return titledFit[0];
    // "President Trump" after "Ivanka Trump": the title names the other holder of the name.
    const otherFit = hasTitle ? people.filter((p) => !anchored.includes(p) && fits(p)) : [];
    if (otherFit.length) return pick(otherFit);
    const current = anchored.filter(inOffice);
    const pool = current.length ? current : anchored;
    // Nearest full mention before this one; else the first one after it.
    let best: PersonEntry | undefined;
    let bestAt = -1;
    let firstAfter: PersonEntry | undefined;
    let firstAfterAt = Infinity;
    for (const p of pool) {
      for (const at of anchors.byPerson.get(p) ?? []) {
        if (at < r.s && at > bestAt) { best = p; bestAt = at; }
        if (at >= r.s && at < firstAfterAt) { firstAfter = p; firstAfterAt = at; }
      }
    }
    const p = best ?? firstAfter;
    if (p) return p;
  }
  if (anchored.length === 0 && contextSurnames.has(word)) return undefined;
  // Without a title or a full mention, a short form that is also a word, a place or a bare
  // syllable ("May", "Montenegro", "Wu") is not taken; "Xi" alone still is (one head of state).
  const soleHead = people.length === 1 && officeRank(termAt(people[0], date)) === 0;
  const risky = isCommonShort(word) || PLACES.has(word) || NATIONALITIES.has(word) || (word.length <= 2 && !soleHead);
  if (risky && !hasTitle) return undefined;
  const titledFit = people.filter(fits);
  if (titledFit.length) return pick(titledFit);
  if (hasTitle) {
    // A title that fits none of them at the date: the name is someone the gazetteer does not know.
    const current = people.filter(inOffice);
    return current.length === 1 ? current[0] : undefined;
  }
  const current = people.filter(inOffice);
  if (current.length) return pick(current);
  return undefined;
}

/** Heads of state and government first, then ministers, then other offices; latest term breaks ties. */
function officeRank(term: OfficeTerm | undefined): number {
  const o = (term?.office ?? '').toLowerCase();
  if (/^(?:president|prime minister|premier|chancellor|federal chancellor|king|queen|emperor|emir|sultan|general secretary|supreme leader|chairman of the state affairs)\b/.test(o)) return 0;
  if (/\b(?:vice|deputy) (?:president|prime minister|premier)\b|^vice premier\b/.test(o)) return 1;
  if (/\bminister\b|\bsecretary of state\b|\bstate councilor\b|\bcrown prince\b/.test(o)) return 2;
  return 3;
}

function topRanked(list: PersonEntry[], date: string | null): PersonEntry {
  const rank = (p: PersonEntry) => officeRank(termNear(p, date));
  const best = Math.min(...list.map(rank));
  return latest(list.filter((p) => rank(p) === best), date);
}

function latest(list: PersonEntry[], date: string | null): PersonEntry {
  let best = list[0];
  let bestFrom = '';
  for (const p of list) {
    const t = date ? termNear(p, date) : termAt(p, null);
    const from = t?.from ?? '';
    if (from > bestFrom) { best = p; bestFrom = from; }
  }
  return best;
}

function dedupe(raws: Raw[]): Raw[] {
  const sorted = [...raws].sort((x, y) => x.s - y.s || (y.e - y.s) - (x.e - x.s));
  const out: Raw[] = [];
  for (const r of sorted) {
    const prev = out[out.length - 1];
    if (prev && r.s < prev.e) {
      // Keep the titled (stronger) one; else the longer.
      if (!prev.title && r.title) out[out.length - 1] = { ...r, s: Math.min(r.s, prev.s), e: Math.max(r.e, prev.e), a: Math.min(r.a, prev.a), b: Math.max(r.b, prev.b) };
      continue;
    }
    out.push(r);
  }
  return out;
}

function dedupeMentions(list: LeaderMention[]): LeaderMention[] {
  list.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: LeaderMention[] = [];
  for (const m of list) {
    const prev = out[out.length - 1];
    if (prev && m.start < prev.end) continue;
    out.push(m);
  }
  return out;
}
