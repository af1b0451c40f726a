// Which countries (or the EU) take part in the talks a readout reports, most mentioned first.
// Evidence: country names, demonyms and seats of government, the countries of the leaders found,
// and pair compounds ("China-Vietnam"); the title line and the opening sentences weigh more,
// since that is where a readout names who talked to whom. Third parties (a war discussed, a
// bloc mentioned) are usually outweighed; at most two sides are returned unless a third is as
// present as the second in the opening.

import type { PartyContext } from './context';
import { canonicalCountry, countryMentions, isBloc, type CountryFormKind } from '../gazetteer/countries';

const FORM_WEIGHT: Record<CountryFormKind, number> = { name: 1, demonym: 1, seat: 0.5 };
const LEADER_WEIGHT = 1.5;
const OPENING_FACTOR = 3;
const PAIR_BONUS = 2;
/** Blocs other than the EU are rarely a side in bilateral readouts ("China-ASEAN" cooperation). */
const BLOC_FACTOR = 0.4;
const POSSESSIVE = /^['\u2019]s?/;

const OBJECT_BEFORE = /(?:^|\s)(?:on|against|in|into|to|from|of|over|about|toward|towards|within|at|by|through|including)\s+(?:the\s+)?$/i;
const ACTING_AFTER = /^(?:['\u2019]s?\s+(?:side|government)|\s+(?:side|government))?\s+(?:will|would|shall|is|are|was|were|has|have|had|said|says|added|stressed|agreed|supports|stands|remains|should|must|can|could|hopes|wants|welcomed|expressed)\b/;

/** Sides act and speak; third parties are mostly talked about ("pressure on Putin", "in Ukraine"). */
function roleFactor(text: string, start: number, end: number): number {
  if (ACTING_AFTER.test(text.slice(end, end + 40))) return 1.5;
  if (OBJECT_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return 0.5;
  return 1;
}

export function findParties(ctx: PartyContext): string[] {
  const { text, sentences } = ctx;
  // The opening: the title line and the first three sentences of the text.
  const openingEnd = sentences.length > 3 ? sentences[3].start : text.length;
  const score = new Map<string, number>();
  const opening = new Set<string>();
  const add = (country: string, weight: number, at: number) => {
    const inOpening = at < openingEnd;
    if (inOpening) opening.add(country);
    const factor = (inOpening ? OPENING_FACTOR : 1) * (isBloc(country) && country !== 'EU' ? BLOC_FACTOR : 1);
    score.set(country, (score.get(country) ?? 0) + weight * factor);
  };
  const mentions = countryMentions(text);
  for (const m of mentions) add(m.country, FORM_WEIGHT[m.form] * roleFactor(text, m.start, m.end), m.start);
  for (const l of ctx.leaders) {
    // "Putin's invasion": a leader named only as a possessor is talked about, not talking.
    const weight = POSSESSIVE.test(text.slice(l.end, l.end + 2)) ? LEADER_WEIGHT / 3 : LEADER_WEIGHT;
    if (l.country) add(canonicalCountry(l.country) ?? l.country, weight * roleFactor(text, l.start, l.end), l.start);
  }
  // "China-Vietnam relations", "between the UK and EU": a pair names the two sides.
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i], b = mentions[i + 1];
    if (a.country === b.country) continue;
    const gap = text.slice(a.end, b.start);
    const bonus = /^[-\u2013/]$/.test(gap) ? PAIR_BONUS : /^\s+(?:and|&)\s+(?:the\s+)?$/.test(gap) ? PAIR_BONUS / 2 : 0;
    if (!bonus) continue;
    score.set(a.country, (score.get(a.country) ?? 0) + bonus);
    score.set(b.country, (score.get(b.country) ?? 0) + bonus);
  }
  const ranked = [...score.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const sides = ranked.slice(0, 2).map(([c]) => c);
  // A third side only when it is named in the opening and about as present as the second.
  for (const [country, s] of ranked.slice(2)) {
    if (opening.has(country) && ranked[1] && s >= ranked[1][1] * 0.8 && !isBloc(country)) sides.push(country);
  }
  return sides;
}
