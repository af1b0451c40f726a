// Resolution of gazetteer names: which person a written form names, by the people named in
// full in the same text, the title written before it, who held which office at the talks'
// date, and the rank of the office. Short forms that are also common words, places or bare
// syllables need a title or a full mention before they count.

import type { OfficeTerm } from '../types';
import { termAt, termNear, titleFits, type PersonEntry } from '../gazetteer';
import { ACTION_VERBS, COMMON_SURNAMES, FUNCTION_WORDS, NATIONALITIES, NOT_NAME_WORDS, PLACES } from './leaderLexicon';
import type { Raw, Token } from './leaderScanner';

export function isCommonShort(lower: string): boolean {
  return COMMON_SURNAMES.has(lower) || NOT_NAME_WORDS.has(lower);
}

/** Where each person is named in full (or by an alias), in text order. */
export interface Anchors { byPerson: Map<PersonEntry, number[]> }

export function anchorIndex(all: Raw[]): Anchors {
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

/** Chooses the person a gazetteer match names. */
export function resolve(r: Raw, anchors: Anchors, contextSurnames: Set<string>, date: string | null, toks: Token[]): PersonEntry | undefined {
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
      // Positions are in text order: binary search the last one before this mention.
      const list = anchors.byPerson.get(p) ?? [];
      let lo = 0, hi = list.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid] < r.s) lo = mid + 1; else hi = mid; }
      if (lo > 0 && list[lo - 1] > bestAt) { best = p; bestAt = list[lo - 1]; }
      if (lo < list.length && list[lo] < firstAfterAt) { firstAfter = p; firstAfterAt = list[lo]; }
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
  if (hasTitle && title) {
    // "former Prime Minister Abe": the title fits a term that had ended by the date.
    const former = people.filter((p) => p.terms.some((t) => (!date || t.from <= date) && titleFits(t, title)));
    if (former.length) return topRanked(former, date);
    // A title that fits none of them at the date: the name is someone the gazetteer does not know.
    const current = people.filter(inOffice);
    return current.length === 1 ? current[0] : undefined;
  }
  const current = people.filter(inOffice);
  if (current.length) return pick(current);
  return undefined;
}

/** Heads of state and government first, then ministers, then other offices; latest term breaks ties. */
export function officeRank(term: OfficeTerm | undefined): number {
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
