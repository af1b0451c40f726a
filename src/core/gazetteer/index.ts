// The gazetteer index: dated offices (who held which title when, data/offices.json), known
// agreements, and the user's own entries merged on top (user entries win). It owns the lookup
// structures the leader extractor needs: a trie of written name forms over folded lower-case
// tokens, the people behind them, and date-aware office queries. Built once per distinct user
// gazetteer (the bundled part once per process), since analyzeReadout asks for it on every call.

import type { AgreementEntry, Gazetteer, OfficeTerm } from '../types';
import { foldText } from '../text';
import bundledOffices from './data/offices.json';

/** How a written form names its person: the full name, a listed alias, or a derived short form. */
export type FormKind = 'full' | 'alias' | 'short';

export interface PersonEntry {
  canonical: string;
  terms: OfficeTerm[];
  /** True when the user's gazetteer defines (or redefines) this person. */
  user: boolean;
}

export interface FormEnd {
  person: PersonEntry;
  kind: FormKind;
  /** The form's tokens as written in the gazetteer (case kept), to check capitals in the text. */
  written: string[];
}

export interface NameNode {
  next: Map<string, NameNode>;
  ends: FormEnd[];
}

export interface GazetteerIndex {
  offices: OfficeTerm[];
  agreements: AgreementEntry[];
  notLeaders: Set<string>;
  /** canonical -> person */
  people: Map<string, PersonEntry>;
  /** Root of the name-form trie; keys are folded, lower-cased word tokens. */
  names: NameNode;
}

/** Word tokens of a name, folded: "Abdel Fattah el-Sisi" -> ["Abdel", "Fattah", "el", "Sisi"]. */
export function nameTokens(name: string): string[] {
  const folded = /[^\x00-\x7f]/.test(name) ? foldText(name.normalize('NFC')).text : name;
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'la', 'le', 'ter', 'ten', 'zu']);
const NASAB = new Set(['bin', 'ibn', 'bint', 'ben']);
const ARTICLE = /^(?:al|el|Al|El|AL|EL)$/;
/** Family name first, and that is the short form used in running text ("Xi", "Li", "Moon"). */
const FAMILY_FIRST = new Set(['China', 'Taiwan', 'Hong Kong', 'Macao', 'Macau', 'North Korea', 'South Korea', 'Korea', 'Cambodia']);
/** Referred to by the last given name ("Chinh", "Trong", "Son"). */
const LAST_NAME_USED = new Set(['Vietnam', 'Viet Nam']);
/** Referred to by either the first or the last name ("Retno", "Marsudi"; "Prayut"). */
const EITHER_NAME = new Set(['Indonesia', 'Thailand', 'Laos', 'Malaysia', 'Brunei', 'Myanmar']);
const SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;
const REGNAL = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;
const ENGLISH_GIVEN_NAME_FIRST = new Set(['Hong Kong', 'Macao', 'Macau']);

/**
 * Short forms a running text uses for a person: the family name by the naming customs of the
 * office's country ("Xi" for Xi Jinping, "Chinh" for Pham Minh Chinh, "von der Leyen", "Sisi" for
 * el-Sisi, "Salman" for Salman bin Abdulaziz).
 */
export function deriveShortForms(person: string, country: string): string[] {
  let words = person.split(/\s+/).filter((w, i) => i === 0 || !SUFFIX.test(w.replace(/,$/, '')));
  // "Abdul Halim of Kedah", "Juan Carlos I": a ruler is named by the given name.
  const of = words.indexOf('of');
  if (of > 0) words = words.slice(0, of);
  const regnal = of > 0 || REGNAL.test(words[words.length - 1]);
  words = words.filter((w, i) => i === 0 || !REGNAL.test(w));
  if (words.length < 2) return regnal || words.length === 0 || words[0] === person ? [] : [words[0]];
  const out = new Set<string>();
  const nasab = words.findIndex((w) => NASAB.has(w.toLowerCase()));
  if (nasab > 0 || regnal) {
    out.add(words[0]);
  } else if (ENGLISH_GIVEN_NAME_FIRST.has(country) && words.length === 2 && !words[1].includes('-')) {
    // Hong Kong and Macao officials with an English given name: "Carrie Lam" -> "Lam".
    out.add(words[1]);
  } else if (FAMILY_FIRST.has(country)) {
    out.add(words[0]);
  } else if (LAST_NAME_USED.has(country)) {
    out.add(words[words.length - 1]);
  } else {
    const particle = words.findIndex((w, i) => i > 0 && PARTICLES.has(w.toLowerCase()));
    if (particle > 0) out.add(words.slice(particle).join(' '));
    else out.add(words[words.length - 1]);
    if (EITHER_NAME.has(country)) out.add(words[0]);
    // A two-word family name written as such: "López Obrador" -> also "Obrador" is not used,
    // but "Lopez Obrador" is; keep the last two words when the person has four or more.
    if (words.length >= 4 && particle < 0) out.add(words.slice(-2).join(' '));
  }
  return [...out];
}

/** Spelling variants of a form: Arabic article al-/el- interchangeable or dropped ("al-Sisi", "Sisi"). */
function articleVariants(tokens: string[]): string[][] {
  const i = tokens.findIndex((t, k) => ARTICLE.test(t) && k < tokens.length - 1);
  if (i < 0) return [tokens];
  const rest = articleVariants(tokens.slice(i + 1));
  const head = tokens.slice(0, i);
  const out: string[][] = [];
  for (const r of rest) {
    out.push([...head, 'al', ...r], [...head, 'el', ...r]);
    if (head.length > 0 || r.length > 0) out.push([...head, ...r]);
  }
  return out;
}

function addForm(root: NameNode, tokens: string[], end: FormEnd): void {
  let node = root;
  for (const t of tokens) {
    const key = t.toLowerCase();
    let next = node.next.get(key);
    if (!next) { next = { next: new Map(), ends: [] }; node.next.set(key, next); }
    node = next;
  }
  const clash = node.ends.findIndex((e) => e.person === end.person);
  if (clash < 0) node.ends.push(end);
  else if (rank(end.kind) < rank(node.ends[clash].kind)) node.ends[clash] = end;
}

const rank = (k: FormKind) => (k === 'full' ? 0 : k === 'alias' ? 1 : 2);

function indexPeople(terms: { term: OfficeTerm; user: boolean }[]): { people: Map<string, PersonEntry>; names: NameNode } {
  const people = new Map<string, PersonEntry>();
  // A person redefined by the user keeps only the user's terms.
  const userPeople = new Set(terms.filter((t) => t.user).map((t) => t.term.person));
  for (const { term, user } of terms) {
    if (!term || typeof term.person !== 'string' || !term.person.trim()) continue;
    if (!user && userPeople.has(term.person)) continue;
    let p = people.get(term.person);
    if (!p) { p = { canonical: term.person, terms: [], user }; people.set(term.person, p); }
    p.terms.push(term);
  }
  const names: NameNode = { next: new Map(), ends: [] };
  for (const p of people.values()) {
    const add = (form: string, kind: FormKind) => {
      const tokens = nameTokens(form);
      if (tokens.length === 0) return;
      for (const v of articleVariants(tokens)) if (v.length) addForm(names, v, { person: p, kind, written: v });
      // "Joseph R. Biden, Jr." is matched as "Joseph Biden" + initial + suffix; index the bare form.
      const bare = tokens.filter((t, i) => !(i > 0 && SUFFIX.test(t)));
      if (bare.length !== tokens.length && bare.length) addForm(names, bare, { person: p, kind, written: bare });
    };
    add(p.canonical, 'full');
    const countries = new Set<string>();
    const aliases = new Set<string>();
    for (const t of p.terms) {
      for (const a of t.aliases ?? []) if (typeof a === 'string') aliases.add(a);
      countries.add(t.country);
    }
    for (const a of aliases) add(a, /\s/.test(a.trim()) ? 'alias' : 'short');
    for (const c of countries) for (const s of deriveShortForms(p.canonical, c)) add(s, 'short');
  }
  return { people, names };
}

let bundledCache: { term: OfficeTerm; user: boolean }[] | null = null;
let plainIndex: GazetteerIndex | null = null;
const userIndexCache = new WeakMap<object, GazetteerIndex>();

function bundledTerms(): { term: OfficeTerm; user: boolean }[] {
  if (!bundledCache) {
    const data = bundledOffices as unknown;
    const list = Array.isArray(data) ? data : ((data as { offices?: unknown[] }).offices ?? []);
    bundledCache = (list as OfficeTerm[]).map((term) => ({ term, user: false }));
  }
  return bundledCache;
}

/** The bundled gazetteer with the user's entries merged on top. Cached per user object. */
export function buildGazetteer(user?: Partial<Gazetteer>): GazetteerIndex {
  if (!user) return (plainIndex ??= makeIndex(undefined));
  const cached = userIndexCache.get(user);
  if (cached) return cached;
  const index = makeIndex(user);
  userIndexCache.set(user, index);
  return index;
}

/** An index over any office list (tests, tools), with the user's entries on top; not cached. */
export function indexOffices(offices: OfficeTerm[], user?: Partial<Gazetteer>): GazetteerIndex {
  return makeIndex(user, offices.map((term) => ({ term, user: false })));
}

function makeIndex(user?: Partial<Gazetteer>, base = bundledTerms()): GazetteerIndex {
  const userTerms = (user?.offices ?? []).map((term) => ({ term, user: true }));
  const all = [...userTerms, ...base];
  const { people, names } = indexPeople(all);
  return {
    offices: all.map((t) => t.term),
    agreements: [...(user?.agreements ?? [])],
    notLeaders: new Set((user?.notLeaders ?? []).map((s) => s.normalize('NFC'))),
    people,
    names,
  };
}

/** The term a person held at the date (the latest-starting one if several), or undefined. */
export function termAt(person: PersonEntry, date: string | null): OfficeTerm | undefined {
  if (!date) return latestTerm(person);
  let best: OfficeTerm | undefined;
  for (const t of person.terms) {
    if (t.from <= date && (!t.to || date <= t.to) && (!best || t.from > best.from)) best = t;
  }
  return best;
}

/** The most recent term (for display when the date is unknown or outside every term). */
export function latestTerm(person: PersonEntry): OfficeTerm | undefined {
  let best: OfficeTerm | undefined;
  for (const t of person.terms) if (!best || t.from > best.from) best = t;
  return best;
}

/** The term in office at the date, else the nearest one before it, else the first after. */
export function termNear(person: PersonEntry, date: string | null): OfficeTerm | undefined {
  const at = termAt(person, date);
  if (at || !date) return at;
  let before: OfficeTerm | undefined;
  let after: OfficeTerm | undefined;
  for (const t of person.terms) {
    if (t.from <= date && (!before || t.from > before.from)) before = t;
    if (t.from > date && (!after || t.from < after.from)) after = t;
  }
  return before ?? after;
}

const NATIONALITY_OR_ARTICLE = /^(?:the|his|her|then|former|new|incoming|outgoing|[A-Z][a-z]+(?:ese|ian|ish|ean|an|i|ic|ch))$/;

/** "Chinese Premier" -> "premier"; "Federal Chancellor of Germany" -> "federal chancellor". */
export function normaliseTitle(title: string): string {
  let known = normalisedTitles.get(title);
  if (known === undefined) {
    known = normaliseTitleUncached(title);
    if (normalisedTitles.size > 20_000) normalisedTitles.clear();
    normalisedTitles.set(title, known);
  }
  return known;
}
const normalisedTitles = new Map<string, string>();

function normaliseTitleUncached(title: string): string {
  const words = foldText(title).text.replace(/\s+of\s.*$|\s+to\s.*$/i, '').split(/\s+/).filter(Boolean);
  while (words.length > 1 && NATIONALITY_OR_ARTICLE.test(words[0])) words.shift();
  return words.join(' ').toLowerCase().replace(/\.$/, '');
}

const foldedOffices = new Map<string, string>();
function normaliseOffice(office: string): string {
  let known = foldedOffices.get(office);
  if (known === undefined) { known = foldText(office).text.toLowerCase(); foldedOffices.set(office, known); }
  return known;
}

/** Does a title written in the text fit this term ("Premier" fits "Premier of the State Council")? */
export function titleFits(term: OfficeTerm, written: string): boolean {
  const want = normaliseTitle(written);
  if (!want) return false;
  const office = normaliseOffice(term.office);
  if (office === want || office.startsWith(want + ' ')) return true;
  for (const t of term.titles ?? []) {
    const n = normaliseTitle(t);
    if (n === want || normaliseOffice(t) === want) return true;
  }
  return false;
}
