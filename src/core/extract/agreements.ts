// Agreement extraction (GUIDELINES.md section 4): treaties, agreements, MoUs, named statements,
// initiatives, plans, frameworks, relationship designations and named policies, each with a
// canonical name that groups its variants, and acronyms introduced in brackets linked to their
// long form. Known instruments come from the registry; unseen ones from patterns:
//   - a capitalised name ending in a head noun ("... Partnership Agreement", "Treaty of Aachen",
//     "Roadmap 2030", "UN Security Council Resolution 2216"), with an optional pair prefix;
//   - a place or pair before a lower-case head ("EU-Mercosur agreement", "Geneva declaration");
//   - lower-case designations ("comprehensive strategic cooperative partnership",
//     "community with a shared future", "first centenary goal", "14th five-year plan").
// This module owns the run: tokens of the accent-folded text, registry and pattern finds per line
// (agreementPatterns.ts), canonical names, overlap resolution, acronyms, original offsets.

import type { AgreementMention, Source } from '../types';
import { foldText, unfoldSpan, type FoldedText } from '../text';
import type { ExtractContext } from './context';
import { tokenize, lookupName, matchRegistry, registryFor, type KnownInstrument, type RegistryIndex, type Token } from './agreementRegistry';
import { countCountries, countryOfWord, matchCountry, matchPairPrefix, orderPair, type Country } from './agreementCountries';
import {
  ABSORBED, BODY_WORDS, bracketAcronym, findCapitalisedNames, findDesignations, findPlaceNames, isGenericName, isTitleCase,
  unitsOf, type Found, type Unit,
} from './agreementPatterns';

interface Candidate {
  s: number; e: number;
  canonical: string;
  kind?: string;
  acronym?: string;
  source: Source;
  /** Registry finds outrank pattern finds of the same length. */
  rank: number;
  /** A capitalised-pattern find in a title-case line: kept only if the body names it too. */
  titleOnly?: boolean;
}

interface Scan {
  folded: FoldedText;
  text: string;
  tokens: Token[];
  index: RegistryIndex;
  /** The two parties of the talks in canonical order ("China-Vietnam"), or null. */
  pair: string | null;
  countries: Country[];
}

/** Original text of a folded span, spaces collapsed and curly apostrophes straightened. */
function originalName(scan: Scan, start: number, end: number): string {
  const span = unfoldSpan(scan.folded, start, end, scan.text);
  return scan.text.slice(span.start, span.end).replace(/\s+/g, ' ').replace(/[\u2018\u2019]/g, "'").trim();
}

/** Acronym heads spelt out in canonicals, so "the India-UK FTA" and "the India-UK Free Trade Agreement" are one instrument. */
const HEAD_LONG_FORMS: Record<string, string> = {
  FTA: 'Free Trade Agreement', EPA: 'Economic Partnership Agreement', CEPA: 'Comprehensive Economic Partnership Agreement',
  MoU: 'Memorandum of Understanding', MOU: 'Memorandum of Understanding',
};

/** Canonical name of a pattern find. */
function canonicalOf(scan: Scan, units: readonly Unit[], f: Found, start: number, end: number): { canonical: string; known?: KnownInstrument } {
  const long = HEAD_LONG_FORMS[units[f.head].t];
  const name = long ? `${originalName(scan, start, units[f.head].s)} ${long} ${originalName(scan, units[f.head].e, end)}`.trim() : originalName(scan, start, end);
  const known = lookupName(scan.index, name);
  if (known) return { canonical: known.canonical, known };
  const firstTok = units[f.from].a;
  const pair = matchPairPrefix(scan.tokens, firstTok);
  let rest = name;
  let prefix: string | null = null;
  if (pair && scan.tokens[pair.next - 1].e < end) {
    rest = name.slice(originalName(scan, start, scan.tokens[pair.next - 1].e).length).trim();
    prefix = orderPair(pair.countries);
    const knownOrdered = lookupName(scan.index, `${prefix} ${rest}`);
    if (knownOrdered) return { canonical: knownOrdered.canonical, known: knownOrdered };
  }
  rest = rest.replace(/\b(community) (?:of (?:a )?shared future|of common destiny)/i, (_m, c: string) => `${c} with a shared future`);
  // "partnership of cooperation" and "cooperation partnership" are the "cooperative partnership".
  rest = rest.replace(/\b(partnership) of (cooperation)$/i, (_m, p: string, c: string) => `${c[0] === 'C' ? 'Cooperative' : 'cooperative'} ${p}`);
  rest = rest.replace(/^((?:comprehensive|strategic)\b.*?) (cooperation) (partnership)$/i, (_m, a: string, c: string, p: string) => `${a} ${c[0] === 'C' ? 'Cooperative' : 'cooperative'} ${p}`);
  const resolution = /^(?:(?:UN|U\.N\.|United Nations) )?(?:(?:Security Council|UNSC) )?(?:[Rr]esolution|UNSCR) (\d+)$/.exec(rest);
  if (resolution && (/Security Council|UNSC/.test(rest) || /^(?:Resolution|UNSCR)/.test(rest))) return { canonical: `UN Security Council Resolution ${resolution[1]}` };
  // A designation written with odd capitals ("Comprehensive Strategic partnership") is named in title case.
  if (f.generic && /\p{Lu}/u.test(rest) && /\b\p{Ll}/u.test(rest.replace(/\b(?:of|and|with|a|for)\b/g, ''))) {
    rest = rest.replace(/\b(\p{Ll})(\p{L}*)/gu, (w, c: string, more: string) => (/^(?:of|and|with|a|for)$/.test(w) ? w : c.toUpperCase() + more));
  }
  if (prefix) return { canonical: `${prefix} ${rest}` };
  if (/^(?:(?:first|second|two) centenary goals?|\d+(?:st|nd|rd|th) five-year plan)$/i.test(rest)) {
    const owner = ownerCountry(scan, firstTok) ?? scan.countries[0];
    return { canonical: owner ? `${owner.name}'s ${rest}` : rest };
  }
  if (scan.pair && (f.generic || isGenericName(units, f))) return { canonical: `${scan.pair} ${rest}` };
  return { canonical: rest };
}

/** The country owning a national plan or goal: the nearest country named before it in the sentence. */
function ownerCountry(scan: Scan, tokenIndex: number): Country | null {
  for (let k = tokenIndex - 1, n = 0; k >= 0 && n < 40; k--, n++) {
    const t = scan.tokens[k].t;
    if (t === '.' || t === '!' || t === '?') break;
    const direct = matchCountry(scan.tokens, k);
    if (direct) return direct.country;
    const glued = countryOfWord(t);
    if (glued) return glued;
  }
  return null;
}

export function findAgreements(ctx: ExtractContext): AgreementMention[] {
  const text = ctx.text;
  if (!text) return [];
  const folded = ctx.folded ?? foldText(text);
  const f = folded.text;
  const tokens = tokenize(f);
  /** Index of the first token of each line. */
  const lineFirst: number[] = [0];
  let nextNewline = f.indexOf('\n');
  for (let k = 0; k < tokens.length; k++) {
    while (nextNewline !== -1 && nextNewline < tokens[k].s) {
      lineFirst.push(k);
      nextNewline = f.indexOf('\n', nextNewline + 1);
    }
  }
  lineFirst.push(tokens.length);
  const countries = countCountries(tokens);
  const scan: Scan = {
    folded, text, tokens, countries,
    index: registryFor(ctx.gazetteer?.agreements),
    pair: countries.length >= 2 ? orderPair(countries.slice(0, 2)) : null,
  };

  const lines: Candidate[][] = [];
  for (let li = 0; li + 1 < lineFirst.length; li++) {
    if (lineFirst[li] < lineFirst[li + 1]) lines.push(scanLine(scan, lineFirst[li], lineFirst[li + 1]));
  }
  // A headline's capitalised pattern finds count only if the body names the same instrument.
  const bodyNames = new Set<string>();
  for (const line of lines) for (const c of line) if (!c.titleOnly) bodyNames.add(c.canonical.toLowerCase());
  const chosen: Candidate[] = [];
  for (const line of lines) chosen.push(...pickLongest(line.filter((c) => !c.titleOnly || bodyNames.has(c.canonical.toLowerCase()))));
  return toMentions(scan, withAcronyms(scan, chosen));
}

/** Registry and pattern finds of one line (tokens [a, b)). */
function scanLine(scan: Scan, a: number, b: number): Candidate[] {
  const { tokens, folded } = scan;
  const out: Candidate[] = [];
  const units = unitsOf(tokens, a, b, folded.text);
  const titleLine = isTitleCase(units);
  // The unit ending at offset `e`, if any (units are in text order): asked only per registry find.
  const unitEnding = (e: number): number | undefined => {
    let lo = 0, hi = units.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (units[mid].e < e) lo = mid + 1; else hi = mid; }
    return lo < units.length && units[lo].e === e ? lo : undefined;
  };

  const registryEnds = new Map<number, number>();
  for (const r of matchRegistry(scan.index, tokens, a, b, folded.text)) {
    let end = r.end;
    let acronym = r.instrument.acronym;
    const last = unitEnding(r.end);
    if (last !== undefined) {
      let next = last + 1;
      const absorbed = units[next];
      if (absorbed && absorbed.gap && ABSORBED.has(absorbed.t) && !/(?:agreements?|treaty|accords?|pact|protocol|convention|deal)$/i.test(folded.text.slice(r.start, r.end))) { end = absorbed.e; next++; }
      const br = bracketAcronym(units, next);
      if (br) { end = units[br.end - 1].e; acronym = br.acronym; next = br.end; }
      // "Belt and Road Forum": the name of a body that contains the instrument's name.
      if (units[next]?.word && BODY_WORDS.has(units[next].t)) continue;
    }
    out.push({ s: r.start, e: end, canonical: r.instrument.canonical, kind: r.instrument.kind, acronym, source: r.instrument.source, rank: 2 });
    registryEnds.set(r.end, r.start);
  }

  const capitalised = [...findCapitalisedNames(units, tokens), ...findPlaceNames(units, tokens)];
  const finds = [
    // In a title-case headline the verbs are capitalised too ("Japan, Philippines Sign Reciprocal
    // Access Agreement"): every shorter start is a candidate; the body decides which one is named.
    ...(titleLine ? capitalised.flatMap((x) => leftTrims(units, x)) : capitalised).map((x) => ({ x, title: titleLine })),
    ...findDesignations(units, tokens).map((x) => ({ x, title: false })),
  ];
  for (const { x, title } of finds) {
    let to = x.to;
    if (units[to] && units[to].gap && ABSORBED.has(units[to].t) && x.kind === 'partnership' && x.generic === false) to++;
    const nameEnd = units[to - 1].e;
    let acronym: string | undefined;
    const br = bracketAcronym(units, to);
    if (br) { acronym = br.acronym; to = br.end; }
    const start = units[x.from].s;
    // A pattern find that only adds words on the left of a registry name ("Xis Global Development
    // Initiative") gives way to it; one that adds a pair prefix keeps its span.
    const registryStart = registryEnds.get(nameEnd);
    if (registryStart !== undefined && registryStart > start && !matchPairPrefix(tokens, units[x.from].a)) continue;
    const { canonical, known } = canonicalOf(scan, units, x, start, nameEnd);
    out.push({
      s: start, e: units[to - 1].e, canonical, kind: known?.kind ?? x.kind, acronym: acronym ?? known?.acronym,
      source: known?.source === 'user' ? 'user' : 'context', rank: 1, titleOnly: title,
    });
  }
  return out;
}

/** A find and the finds made of its last words only, down to the head. */
function leftTrims(units: readonly Unit[], x: Found): Found[] {
  const out: Found[] = [x];
  for (let from = x.from + 1; from <= x.head; from++) if (units[from].word && units[from].cap) out.push({ ...x, from });
  return out;
}

/** Non-overlapping finds of one line: in each cluster of overlapping finds, longest first, registry before pattern. */
function pickLongest(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((x, y) => x.s - y.s);
  const out: Candidate[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    let end = sorted[i].e;
    while (j < sorted.length && sorted[j].s < end) { end = Math.max(end, sorted[j].e); j++; }
    const cluster = sorted.slice(i, j).sort((x, y) => (y.e - y.s) - (x.e - x.s) || y.rank - x.rank || x.s - y.s);
    const picked: Candidate[] = [];
    for (const c of cluster) if (!picked.some((p) => c.s < p.e && p.s < c.e)) picked.push(c);
    out.push(...picked.sort((x, y) => x.s - y.s));
    i = j;
  }
  return out;
}

/** Adds every lone occurrence of an acronym introduced in brackets ("RCEP" after "... (RCEP)"). */
function withAcronyms(scan: Scan, chosen: Candidate[]): Candidate[] {
  const introduced = new Map<string, Candidate>();
  for (const c of chosen) if (c.acronym && !introduced.has(c.acronym) && c.rank === 1) introduced.set(c.acronym, c);
  if (introduced.size === 0) return chosen;
  const starts = chosen.map((c) => c.s);
  const covered = (s: number, e: number) => {
    // chosen is sorted and non-overlapping: only the find starting last before e can cover [s, e).
    let lo = 0, hi = starts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid] < e) lo = mid + 1; else hi = mid; }
    return lo > 0 && chosen[lo - 1].e > s;
  };
  const extra: Candidate[] = [];
  for (const t of scan.tokens) {
    const long = introduced.get(t.t);
    if (!long || covered(t.s, t.e)) continue;
    extra.push({ s: t.s, e: t.e, canonical: long.canonical, kind: long.kind, acronym: t.t, source: long.source, rank: 0 });
  }
  return [...chosen, ...extra].sort((x, y) => x.s - y.s);
}

/** Maps finds back to original offsets, one spelling per canonical ("Comprehensive Strategic Partnership" vs lower case). */
function toMentions(scan: Scan, chosen: Candidate[]): AgreementMention[] {
  const spelling = new Map<string, string>();
  return chosen.map((c) => {
    const key = c.canonical.toLowerCase();
    if (!spelling.has(key)) spelling.set(key, c.canonical);
    const span = unfoldSpan(scan.folded, c.s, c.e, scan.text);
    const mention: AgreementMention = {
      start: span.start, end: span.end, text: scan.text.slice(span.start, span.end),
      canonical: spelling.get(key) as string, source: c.source,
    };
    if (c.acronym) mention.acronym = c.acronym;
    if (c.kind) mention.kind = c.kind;
    return mention;
  });
}
