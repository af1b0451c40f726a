// Pattern finders of the agreement extractor (GUIDELINES.md section 4) for instruments the
// registry does not know: capitalised names ending in a head noun ("... Partnership Agreement",
// "Treaty of Aachen", "Roadmap 2030"), a place or pair before a lower-case head ("EU-Mercosur
// agreement"), and designations in any case ("comprehensive strategic cooperative partnership",
// "community with a shared future"). They work on one line's units (words, hyphen compounds,
// punctuation) with walks bounded to a few words around each head, so hostile text stays linear.

import type { Token } from './agreementRegistry';
import { countryOfWord, isCountryName, isNationality, matchPairPrefix } from './agreementCountries';

/** Capitalised head nouns that end the name of an instrument, with the kind they give. */
const HEADS = new Map<string, string>([
  ...['Agreement', 'Agreements', 'Accord', 'Accords', 'Pact', 'Deal', 'Compact', 'Protocol', 'Convention'].map((w) => [w, 'agreement'] as [string, string]),
  ...['Treaty', 'Treaties', 'Charter'].map((w) => [w, 'treaty'] as [string, string]),
  ['Memorandum', 'mou'],
  // Acronym heads name an instrument only with a qualifier: "the India-UK FTA", not "an FTA".
  ['FTA', 'agreement'], ['EPA', 'agreement'], ['CEPA', 'agreement'], ['MoU', 'mou'], ['MOU', 'mou'],
  ['Initiative', 'initiative'],
  ...['Plan', 'Programme', 'Program', 'Roadmap', 'Strategy', 'Agenda', 'Vision', 'Blueprint', 'Goals', 'Goal'].map((w) => [w, 'plan'] as [string, string]),
  ['Framework', 'framework'],
  ['Partnership', 'partnership'],
  ...['Declaration', 'Statement', 'Communique'].map((w) => [w, 'statement'] as [string, string]),
  ...['Formula', 'Doctrine', 'Principle', 'Principles', 'Policy', 'Concept'].map((w) => [w, 'policy'] as [string, string]),
  ...['Resolution', 'Year', 'Years'].map((w) => [w, 'other'] as [string, string]),
]);
/** Lower-case heads that make a name only after a capitalised place or pair ("Geneva declaration"). */
const LOWER_HEADS = new Set(['agreement', 'agreements', 'accord', 'accords', 'declaration', 'communique', 'treaty', 'protocol',
  'memorandum', 'roadmap', 'formula']);
/** Lower-case particles inside capitalised names: "Rio de Janeiro", "Sharm el-Sheikh". */
const NAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'del', 'la', 'le', 'el', 'al', 'von', 'van', 'der', 'bin']);
/** Lower-case generic words that belong to the name when written right after it. */
export const ABSORBED = new Set(['agreement', 'agreements', 'treaty', 'accord', 'accords']);
/** Capitalised words that name a body, meeting or place: a name followed by one is part of it ("Belt and Road Forum"). */
export const BODY_WORDS = new Set(['Summit', 'Forum', 'Dialogue', 'Committee', 'Council', 'Commission', 'Mechanism', 'Group',
  'Conference', 'Meeting', 'Congress', 'Session', 'Union', 'Organization', 'Organisation', 'Secretariat', 'Fund', 'Bank',
  'Agency', 'Office', 'Ministry', 'Department', 'Centre', 'Center', 'Institute', 'University', 'Working', 'Task', 'Coalition',
  'Alliance', 'Association', 'Assembly', 'Parliament', 'Party', 'Board', 'Court', 'Tribunal', 'Authority', 'Zone', 'Park',
  'Project', 'Corridor', 'Fair', 'Expo', 'Games', 'Festival', 'Week', 'Day', 'Award', 'Prize', 'Club', 'Network', 'Platform',
  'Format', 'Talks', 'Negotiations', 'Team', 'Facility', 'Secretary', 'Coordinator', 'Envoy', 'Act']);
/** Organisations and events whose names end in a head noun. */
const NOT_INSTRUMENTS = new Set(['united nations development programme', 'un development programme', 'world food programme',
  'united nations environment programme', 'un environment programme', 'nuclear threat initiative', 'clinton global initiative',
  'democratic national convention', 'republican national convention', 'global partnership for education',
  'marshall plan foundation', 'partnership for peace programme', 'world food program', 'un development program',
  'united nations development program', 'un environment program', 'united nations environment program']);

/** Capitalised function words that open a sentence or a phrase but never a name. */
const STOP_CAPS = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'Our', 'His', 'Her', 'My', 'Your',
  'Both', 'Each', 'Every', 'All', 'Any', 'Some', 'Such', 'No', 'In', 'On', 'At', 'For', 'With', 'Under', 'By', 'As', 'To',
  'From', 'Of', 'And', 'But', 'Or', 'If', 'When', 'While', 'After', 'Before', 'Since', 'During', 'Also', 'He', 'She', 'It',
  'They', 'We', 'I', 'Through', 'Within', 'Via', 'Upon', 'Regarding', 'Concerning', 'Per', 'Mr', 'Mrs', 'Ms', 'Dr']);
const MONTHS_DAYS = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Monday',
  'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
/** A single modifier that does not make a head noun a name ("Press Statement", "New Year"). */
const WEAK_MODIFIERS = new Set(['Press', 'New', 'Final', 'Official', 'Written', 'Opening', 'Closing', 'Following', 'Above',
  'Second', 'Third', 'First', 'Last', 'Next', 'Recent', 'Bilateral', 'Trilateral', 'Annual', 'Draft', 'Interim', 'Formal',
  'Relevant', 'Said', 'Overall', 'General', 'Current', 'Previous', 'Whole', 'Entire', 'Foreign', 'Domestic', 'National',
  'Work', 'Political', 'Common', 'Business', 'Long-term', 'Medium-term', 'Short-term']);
/** Modifiers before "Year" that make an ordinary year, not a theme year. */
const CALENDAR_YEARS = new Set(['New', 'Lunar', 'Fiscal', 'Academic', 'School', 'Calendar', 'Financial', 'Election', 'Olympic']);
/** Words of a name that only says what kind of bilateral instrument it is: such a name gets the pair prefix. */
const GENERIC_WORDS = new Set(['comprehensive', 'strategic', 'economic', 'partnership', 'agreement', 'free', 'trade',
  'investment', 'cooperation', 'cooperative', 'framework', 'roadmap', 'action', 'plan', 'joint', 'statement', 'declaration',
  'memorandum', 'of', 'understanding', 'enhanced', 'global', 'special', 'security', 'defence', 'defense', 'treaty',
  'friendship', 'mutual', 'assistance', 'reciprocal', 'access', 'extensive', 'all-round', 'innovative', 'privileged', 'new',
  'digital', 'green', 'maritime', 'relationship', 'and', 'upgraded', 'year', 'years', 'partnership', 'programme', 'program',
  'strategy', 'vision', 'mutually', 'beneficial', 'protection', 'promotion', 'taxation', 'double', 'avoidance',
  'extradition', 'legal', 'visa', 'exemption', 'customs', 'aviation', 'air', 'services', 'transport', 'fisheries',
  'science', 'technology', 'cultural', 'education', 'peace', 'good-neighbourliness', 'good-neighborliness', 'friendly', 'high-level', 'deep', 'closer', 'enhanced', 'all-weather', 'future-oriented']);
/** Words of a purpose tail that keeps a generic name bilateral ("... for Peace and Prosperity in Asia and the World"). */
const PURPOSE_WORDS = new Set(['peace', 'prosperity', 'development', 'growth', 'stability', 'security', 'cooperation',
  'friendship', 'future', 'new', 'era', 'asia', 'world', 'region', 'the', 'and', 'in', 'of', 'a', 'common', 'shared',
  'sustainable', 'mutual', 'benefit', 'progress', 'innovation', 'partnership', 'investment', 'trade', 'economic']);
/** Adjectives of a relationship designation ("comprehensive strategic cooperative partnership"). */
const DESIGNATION_WORDS = new Set(['comprehensive', 'strategic', 'cooperative', 'cooperation', 'global', 'all-round',
  'all-weather', 'extensive', 'enhanced', 'special', 'privileged', 'innovative', 'future-oriented', 'multidimensional']);
const PARTNERSHIP_OF = new Set(['cooperation', 'coordination', 'friendship']);

/** Longest run of words scanned on either side of a head: bounds the work per head on hostile text. */
const MAX_NAME_UNITS = 14;

export interface Unit {
  /** Folded offsets of the unit. */
  s: number; e: number;
  t: string;
  lower: string;
  /** Token range [a, b). */
  a: number; b: number;
  word: boolean;
  cap: boolean;
  /** Whitespace before the unit. */
  gap: boolean;
}

/** Words made of hyphen-joined tokens ("People-to-People", "U.S.-Vietnam", "one-China") are one unit. */
export function unitsOf(tokens: readonly Token[], a: number, b: number, folded: string): Unit[] {
  const units: Unit[] = [];
  for (let i = a; i < b; i++) {
    const first = tokens[i];
    let j = i;
    const isWord = (k: number) => startsWord(tokens[k].t);
    if (isWord(i)) {
      // Hyphen compounds ("People-to-People") and apostrophes inside a word ("Xi'an", "d'Ivoire"), not "'s".
      while (j + 2 < b && (tokens[j + 1].t === '-' || (tokens[j + 1].t === "'" && tokens[j + 2].t !== 's')) &&
        tokens[j + 1].s === tokens[j].e && tokens[j + 2].s === tokens[j + 1].e && isWord(j + 2)) j += 2;
    } else if (first.t === "'" && j + 1 < b && tokens[j + 1].t === 's' && tokens[j + 1].s === first.e) {
      j++;
    }
    const t = folded.slice(first.s, tokens[j].e);
    units.push({
      s: first.s, e: tokens[j].e, t, lower: t.toLowerCase(), a: i, b: j + 1, word: isWord(i),
      cap: startsCapOrDigit(t), gap: i > a && first.s > tokens[i - 1].e,
    });
    i = j;
  }
  return units;
}

/** /^[\p{Lu}\p{N}]/u, without the regex for ASCII (asked for every unit of every line). */
function startsCapOrDigit(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return CAP_OR_DIGIT.test(t);
}
const CAP_OR_DIGIT = /^[\p{Lu}\p{N}]/u;

const WORD_START = /^[\p{L}\p{N}]/u;
function startsWord(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_START.test(t);
}

const isYear = (u: Unit | undefined) => !!u && /^(1[89]|20)\d\d$/.test(u.t);
const isNumber = (u: Unit | undefined) => !!u && /^\d+(?:\.\d+)?$/.test(u.t);
const isOrdinal = (u: Unit | undefined) => !!u && /^\d+(?:st|nd|rd|th)$/i.test(u.t);

/** A capitalised word that can stand inside a name. */
function isModifier(u: Unit | undefined): boolean {
  return !!u && u.word && u.cap && !STOP_CAPS.has(u.t) && !MONTHS_DAYS.has(u.t);
}

/**
 * True when the line reads as a headline in title case ("Leaders Plan Trade Deal"): most words
 * capitalised and no full stop at the end. Its capitalised patterns need the body's support.
 */
export function isTitleCase(units: readonly Unit[]): boolean {
  const last = units[units.length - 1];
  if (!last || /^[.!?"\u201d']$/.test(last.t)) return false;
  let words = 0, caps = 0;
  for (const u of units) {
    if (!u.word || !/\p{L}/u.test(u.t) || /^(?:of|and|the|a|an|in|on|for|to|with|at|by|from|as|over|vs)$/.test(u.t)) continue;
    words++;
    if (u.cap) caps++;
  }
  return words >= 3 && caps / words >= 0.75;
}

/** Left edge of a capitalised name ending just before units[head]: modifiers joined by single "and"s. */
function walkLeft(units: readonly Unit[], head: number): number {
  let i = head;
  while (i > 0 && head - i < MAX_NAME_UNITS) {
    const u = units[i - 1];
    if (isModifier(u)) { i--; continue; }
    if (NAME_PARTICLES.has(u.t) && i < head && i - 2 >= 0 && isModifier(units[i - 2])) { i -= 2; continue; }
    // A plural possessive inside a name: "G20 Leaders' Declaration".
    if (u.t === "'" && i < head + 1 && units[i].gap && !u.gap && /s$/.test(units[i - 2]?.t ?? '') && isModifier(units[i - 2])) { i -= 2; continue; }
    // "Belt and Road", "Comprehensive and Progressive": an "and" between two capitalised words.
    // Not across a body's name: "the National Dialogue and UN Security Council Resolution 2216".
    if ((u.lower === 'and' || u.t === '&') && i < head && i - 2 >= 0 && isModifier(units[i - 2]) && !BODY_WORDS.has(units[i - 2].t) && !HEADS.has(units[i - 2].t)) { i -= 2; continue; }
    break;
  }
  // A scraped possessive ("Chinas", "Hanois") names the owner, not the instrument.
  while (i < head && isScrapedPossessive(units[i])) i++;
  return i;
}

/** "India-UK", "China-ASEAN": a word made only of country names. */
export function isPairWord(word: string): boolean {
  const parts = word.split('-');
  return parts.length >= 2 && parts.every((p) => !!countryOfWord(p));
}

function nameKeyOf(units: readonly Unit[], from: number, to: number): string {
  return units.slice(from, to).map((u) => u.lower).join(' ');
}

/**
 * Start of a pair prefix that ends inside units[from] ("Viet Nam-Australia" where the walk
 * stopped at "Nam-Australia", or "Viet Nam - Japan" across a spaced dash), or `from`.
 */
function withPairStart(units: readonly Unit[], tokens: readonly Token[], from: number): number {
  for (let back = 1; back <= 3 && from - back >= 0; back++) {
    const u = units[from - back];
    if (!u.word && u.t !== '-') return from;
    if (!u.word || !u.cap) continue;
    const pair = matchPairPrefix(tokens, u.a);
    if (pair && pair.next > units[from].a && pair.next <= units[from].b) return from - back;
  }
  return from;
}

function isScrapedPossessive(u: Unit): boolean {
  return u.t.length > 3 && u.t.endsWith('s') && !!countryOfWord(u.t.slice(0, -1)) && !countryOfWord(u.t);
}

/** End (exclusive unit index) of a tail "of / for / on ..." after units[at - 1], or `at` if none. */
function walkTail(units: readonly Unit[], at: number): number {
  const first = units[at];
  if (!first || !/^(?:of|for|on|against)$/.test(first.lower)) return at;
  let end = at;
  let i = at;
  while (i < units.length && i - at < MAX_NAME_UNITS * 2) {
    const u = units[i];
    // Inside a tail: "... on Building the China-Laos Community with a Shared Future", "... for a Free and Open Indo-Pacific".
    if (/^(?:of|for|on|in|to|the|and|with|a|an|against)$/.test(u.lower) || u.t === '&') {
      // "... and the World" ends a name; "... and the Alliance for Development" starts another.
      if (u.lower === 'and' && (chainHasHead(units, i + 1) || (units[i + 1]?.lower === 'the' && chainLength(units, i + 2) > 1))) break;
      i++;
      continue;
    }
    if (u.t === "'s" && i === end && isModifier(units[i + 1])) { i++; continue; }
    if ((isModifier(u) && /^\p{L}/u.test(u.t)) || (isNumber(u) && units[i - 1]?.lower === 'to')) {
      end = ++i;
      continue;
    }
    break;
  }
  if (end === at) return at;
  // "the Belt and Road Initiative of China": a bare country is an owner, not part of the name.
  const tail = units.slice(at + 1, end).filter((u) => u.lower !== 'the' && u.lower !== 'and');
  if (tail.every((u) => countryOfWord(u.t) || isPairWord(u.t))) return at;
  // "Agenda 2063 of the African Union": an owner, whether a country or a body.
  if (first.lower === 'of' && (countryOfWord(tail.map((u) => u.t).join(' ')) || BODY_WORDS.has(tail[tail.length - 1].t))) return at;
  return end;
}

function chainLength(units: readonly Unit[], i: number): number {
  let k = i;
  while (k < units.length && k - i < MAX_NAME_UNITS && isModifier(units[k])) k++;
  return k - i;
}

/** True when the capitalised words from units[i] name another instrument or a body. */
function chainHasHead(units: readonly Unit[], i: number): boolean {
  for (let k = i; k < units.length && k - i < MAX_NAME_UNITS; k++) {
    const u = units[k];
    if (u.lower === 'the') continue;
    if (!isModifier(u)) return false;
    if (HEADS.has(u.t) || BODY_WORDS.has(u.t)) return true;
  }
  return false;
}

/** Extends a name over a bracketed acronym right after it: "(RCEP)". */
export function bracketAcronym(units: readonly Unit[], at: number): { end: number; acronym: string } | null {
  const open = units[at], acr = units[at + 1], close = units[at + 2];
  if (open?.t !== '(' || !acr || close?.t !== ')') return null;
  if (!/^[A-Z][A-Za-z0-9&.-]{1,11}$/.test(acr.t) || (acr.t.match(/[A-Z]/g) ?? []).length < 2) return null;
  return { end: at + 3, acronym: acr.t };
}

export interface Found { from: number; to: number; kind: string; acronym?: string; generic: boolean; head: number; tail: boolean }

/** Capitalised names ending in a head noun (pattern A) in one line's units. */
export function findCapitalisedNames(units: readonly Unit[], tokens: readonly Token[]): Found[] {
  const out: Found[] = [];
  for (let h = 0; h < units.length; h++) {
    const head = units[h];
    const kind = head.word ? HEADS.get(head.t) : undefined;
    if (!kind) continue;
    let from = walkLeft(units, h);
    // A leading year is a date, not part of the name ("the 2002 Arab Peace Initiative"), unless it is the name ("2030 Agenda").
    while (from < h - 1 && isYear(units[from])) from++;
    let to = h + 1;
    const number = units[to];
    const hasNumber = !!number && number.gap && (isYear(number) || (head.t === 'Resolution' && isNumber(number)));
    if (hasNumber) to++;
    const afterTail = walkTail(units, to);
    const hasTail = afterTail > to;
    to = afterTail;
    const modifiers = units.slice(from, h).filter((u) => u.word);
    if (!acceptHead(head.t, modifiers, hasTail, hasNumber, units[h + 2]?.lower === 'the', to - h - 1)) continue;
    // "Ministry of Economic Policy", "Department of Defense Strategy": the name of a body.
    if (units[from - 1]?.lower === 'of' && units[from - 2]?.word && BODY_WORDS.has(units[from - 2].t)) continue;
    if (NOT_INSTRUMENTS.has(nameKeyOf(units, from, h + 1))) continue;
    from = withPairStart(units, tokens, from);
    // "Defense Policy Coordination Talks", "Belt and Road Forum": the name goes on, so it is not this head's.
    if (units[to] && units[to].gap && (isModifier(units[to]) || BODY_WORDS.has(units[to].t)) && !isNumber(units[to])) continue;
    if (from > 0 && units[from - 1].word && BODY_WORDS.has(units[from - 1].t) && modifiers.length === 0) continue;
    out.push({ from, to, kind, generic: false, head: h, tail: hasTail });
  }
  return out;
}

function acceptHead(head: string, modifiers: readonly Unit[], hasTail: boolean, hasNumber: boolean, tailOpensWithThe = false, tailLength = 0): boolean {
  const pairLike = modifiers.some((m) => m.t.includes('-'));
  if (head === 'Resolution') return hasNumber;
  if (head === 'Year' || head === 'Years') return (hasTail || pairLike) && !modifiers.some((m) => CALENDAR_YEARS.has(m.t)) && !(hasTail && !pairLike && modifiers.length === 0 && tailOpensWithThe);
  if (head === 'Goal' || head === 'Goals') return modifiers.length >= 2 && !modifiers.some((m) => isNumber(m));
  // "a Memorandum of Understanding on education" is any MoU; a named one has a modifier or a capitalised subject.
  if (head === 'Memorandum') return modifiers.length > 0 || tailLength > 2;
  if (modifiers.length === 0) return hasTail || hasNumber;
  if (modifiers.length === 1 && !hasTail && !hasNumber) {
    const m = modifiers[0].t;
    // "Press Statement", "Chinese Strategy", "2019 Agreement" say what kind or whose, not which.
    if (WEAK_MODIFIERS.has(m) || isNationality(m)) return false;
    // A year names the horizon of a plan ("2030 Roadmap") but only dates an agreement ("2019 Agreement").
    if (/^\d+$/.test(m) && !(isYear(modifiers[0]) && HEADS.get(head) === 'plan')) return false;
  }
  return true;
}

/** A capitalised place or pair before a lower-case head (pattern B): "EU-Mercosur agreement", "Geneva declaration". */
export function findPlaceNames(units: readonly Unit[], tokens: readonly Token[]): Found[] {
  const out: Found[] = [];
  for (let h = 0; h < units.length; h++) {
    const u = units[h];
    if (u.t === 'UNSCR' && isNumber(units[h + 1]) && units[h + 1].gap) {
      out.push({ from: h, to: h + 2, kind: 'other', generic: false, head: h, tail: false });
      continue;
    }
    if (h === 0 || !u.gap || !(LOWER_HEADS.has(u.t) || (u.t === 'resolution' && isNumber(units[h + 1])))) continue;
    const from = walkLeft(units, h);
    if (from === h) continue;
    const modifiers = units.slice(from, h);
    // "UN Security Council resolution 2231"
    if (units[h].t === 'resolution' && isNumber(units[h + 1]) && modifiers.some((m) => /^(?:Council|UNSC|UN)$/.test(m.t))) {
      out.push({ from, to: h + 2, kind: 'other', generic: false, head: h, tail: false });
      continue;
    }
    if (!LOWER_HEADS.has(units[h].t)) continue;
    const pair = matchPairPrefix(tokens, modifiers[0].a);
    if (modifiers.every((m) => !/\p{L}/u.test(m.t))) continue;
    if (!pair) {
      // A sentence-initial word, a country, a nationality, an acronym or a person's title says who, not which.
      const prev = units[from - 1];
      if (!prev || /^[.!?:;"(]$/.test(prev.t)) continue;
      if (modifiers.some((m) => isCountryName(m.t) || /^[A-Z]{2,4}$/.test(m.t) || /^(?:President|Prime|Minister|Premier|Chancellor|King|Secretary|General)$/.test(m.t))) continue;
    }
    const word = units[h].t;
    out.push({ from, to: h + 1, kind: HEADS.get(word.charAt(0).toUpperCase() + word.slice(1)) ?? 'agreement', generic: false, head: h, tail: false });
  }
  return out;
}

/**
 * Start of a designation with the pair or region prefix written right before it: a country pair
 * ("Viet Nam-Australia", "U.S.-Vietnam") or a capitalised hyphenated region ("Asia-Pacific").
 */
function withPrefix(units: readonly Unit[], tokens: readonly Token[], from: number): number {
  for (let back = 1; back <= 4 && from - back >= 0; back++) {
    const u = units[from - back];
    if (!u.word && u.t !== '-') break;
    if (!u.word || !u.cap) continue;
    const pair = matchPairPrefix(tokens, u.a);
    if (pair && pair.next === units[from].a) return from - back;
  }
  const one = units[from - 1];
  return one && one.word && one.cap && one.t.includes('-') && !one.t.includes("'") ? from - 1 : from;
}

/** Lower-case (or any-case) designations and formulas. */
export function findDesignations(units: readonly Unit[], tokens: readonly Token[]): Found[] {
  const out: Found[] = [];
  for (let h = 0; h < units.length; h++) {
    const w = units[h].lower;
    if (w === 'partnership' || w === 'relationship') {
      let from = h;
      const adjectives: string[] = [];
      while (from > 0) {
        const u = units[from - 1];
        if (DESIGNATION_WORDS.has(u.lower)) { adjectives.push(u.lower); from--; continue; }
        if (u.lower === 'and' && from - 2 >= 0 && DESIGNATION_WORDS.has(units[from - 2].lower) && adjectives.length > 0) { from--; continue; }
        break;
      }
      let to = h + 1;
      if (units[to]?.lower === 'of' && PARTNERSHIP_OF.has(units[to + 1]?.lower ?? '')) to += 2;
      else if (units[to]?.lower === 'of' && units[to + 1]?.lower === 'mutual' && units[to + 2]?.lower === 'benefit') to += 3;
      const core = adjectives.includes('strategic') || adjectives.includes('comprehensive');
      const prefixed = withPrefix(units, tokens, from);
      // "the Vietnam-Laos special relationship" is a designation; "a special relationship" alone is not.
      const ok = w === 'partnership' ? core
        : (adjectives.includes('strategic') && adjectives.length >= 2) || to === h + 4 || (adjectives.includes('special') && prefixed < from);
      if (!ok) continue;
      // "the Strategic Partnership Council" is a body.
      if (units[to]?.word && BODY_WORDS.has(units[to].t)) continue;
      from = prefixed;
      out.push({ from, to, kind: 'partnership', generic: true, head: h, tail: false });
      continue;
    }
    if (w === 'community') {
      const next = units.slice(h + 1, h + 5).map((u) => u.lower).join(' ');
      // The formula and its other translations ("community of shared future", "community of common destiny").
      let to = next.startsWith('with a shared future') || next.startsWith('of a shared future') ? h + 5
        : next.startsWith('of shared future') || next.startsWith('of common destiny') ? h + 4 : 0;
      if (!to) continue;
      // "... for mankind" is the global formula, not a bilateral one.
      const global = units[to]?.lower === 'for' && /^(?:mankind|humanity)$/.test(units[to + 1]?.lower ?? '');
      if (global) to += 2;
      out.push({ from: withPrefix(units, tokens, h), to, kind: 'partnership', generic: !global, head: h, tail: false });
      continue;
    }
    if (w === 'centenary' && /^(?:first|second|two)$/.test(units[h - 1]?.lower ?? '') && /^goals?$/.test(units[h + 1]?.lower ?? '')) {
      out.push({ from: h - 1, to: h + 2, kind: 'plan', generic: false, head: h + 1, tail: false });
      continue;
    }
    if (w === 'five-year' && isOrdinal(units[h - 1]) && units[h + 1]?.lower === 'plan') {
      out.push({ from: h - 1, to: h + 2, kind: 'plan', generic: false, head: h + 1, tail: false });
    }
  }
  return out;
}

/** A name that only says what kind of bilateral instrument it is ("Free Trade Agreement", "Roadmap 2030"). */
export function isGenericName(units: readonly Unit[], f: Found): boolean {
  // "Vision 2030" is a country's own blueprint; "Joint Vision Statement" and "Roadmap 2030" are bilateral.
  if (units[f.head].t === 'Vision' && f.from === f.head) return false;
  let coreEnd = f.to;
  if (f.tail) {
    coreEnd = f.head + 1;
    while (coreEnd < f.to && !/^(?:of|for|on)$/.test(units[coreEnd].lower)) coreEnd++;
    // "Treaty of Aachen" is named by its tail; "Treaty of Peace and Friendship", "Year of ..." and
    // "Memorandum of Understanding" are not.
    const tailWords = units.slice(coreEnd + 1, f.to).filter((u) => u.word);
    const genericTail = tailWords.every((u) => GENERIC_WORDS.has(u.lower) || PURPOSE_WORDS.has(u.lower));
    if (units[coreEnd]?.lower === 'of' && !/^(?:Years?|Memorandum)$/.test(units[f.head].t) && !genericTail) return false;
    // "Partnership for Peace and Prosperity in Asia and the World" states a purpose; "Strategy for the Blue Pacific Continent" names a thing.
    if (units[coreEnd]?.lower === 'for' && units.slice(coreEnd + 1, f.to).some((u) => u.word && !PURPOSE_WORDS.has(u.lower))) return false;
  }
  for (let i = f.from; i < coreEnd; i++) {
    const u = units[i];
    if (!u.word || isNumber(u) || isOrdinal(u)) continue;
    if (!GENERIC_WORDS.has(u.lower)) return false;
  }
  // A name whose tail already names the pair ("... Building the China-Laos Community ...") needs no prefix.
  return !units.slice(coreEnd, f.to).some((u) => isPairWord(u.t));
}

