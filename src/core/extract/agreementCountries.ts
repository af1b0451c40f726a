// Country and bloc names as the agreement extractor needs them: recognising a country-pair prefix
// ("Vietnam-China", "U.S.-Vietnam", "Việt Nam-Australia"), ordering it by one fixed rule, and
// guessing the two parties of a readout so that an unprefixed bilateral designation
// ("the comprehensive strategic partnership") gets the pair's canonical.
//
// The fixed order: the larger population comes first. It reproduces every pair in the gold corpus
// (China-Vietnam, Japan-Australia, Indonesia-Australia, Vietnam-Australia, India-UK, U.S.-Vietnam,
// China-Philippines, China-ASEAN, EU-Mercosur) and, unlike "the author's country first", gives one
// instrument the same canonical in a Xinhua and a VNA readout, so hovers can link them.

import { tokenize } from './agreementRegistry';

export interface Country {
  /** Short name used inside canonical names: "China", "U.S.", "UK". */
  name: string;
  /** Population in millions (approximate): the ordering key of pair prefixes. */
  population: number;
}

// name, population (millions), aliases: names, adjectives, capitals (a capital counts as a mention
// of its country, as in "Beijing is ready to" / "New Delhi").
const TABLE: [string, number, string][] = [
  ['India', 1430, 'India|Indian|New Delhi|Republic of India'],
  ['China', 1410, "China|Chinese|Beijing|PRC|People's Republic of China|Sino"],
  ['Africa', 1390, 'Africa|African Union|AU'],
  ['ASEAN', 680, 'ASEAN|Association of Southeast Asian Nations'],
  ['CELAC', 660, 'CELAC'],
  ['EU', 450, 'EU|European Union|E.U.|Brussels'],
  ['Arab States', 440, 'Arab States|Arab League'],
  ['U.S.', 335, 'U.S.|US|USA|United States|United States of America|America|American|Washington'],
  ['Mercosur', 270, 'Mercosur|MERCOSUR|Mercosul'],
  ['Indonesia', 277, 'Indonesia|Indonesian|Jakarta'],
  ['Pakistan', 240, 'Pakistan|Pakistani|Islamabad'],
  ['Nigeria', 223, 'Nigeria|Nigerian|Abuja'],
  ['Brazil', 216, 'Brazil|Brazilian|Brasilia'],
  ['Bangladesh', 173, 'Bangladesh|Bangladeshi|Dhaka'],
  ['Russia', 144, 'Russia|Russian|Moscow|Russian Federation'],
  ['Mexico', 128, 'Mexico|Mexican|Mexico City'],
  ['Ethiopia', 126, 'Ethiopia|Ethiopian|Addis Ababa'],
  ['Japan', 124, 'Japan|Japanese|Tokyo'],
  ['Philippines', 117, 'Philippines|Philippine|Filipino|Manila'],
  ['Egypt', 112, 'Egypt|Egyptian|Cairo'],
  ['Vietnam', 99, 'Vietnam|Viet Nam|Vietnamese|Hanoi|Ha Noi|HA NOI'],
  ['Iran', 89, 'Iran|Iranian|Tehran'],
  ['Türkiye', 85, 'Turkey|Turkiye|Turkish|Ankara'],
  ['Germany', 84, 'Germany|German|Berlin'],
  ['Thailand', 72, 'Thailand|Thai|Bangkok'],
  ['UK', 68, 'UK|U.K.|United Kingdom|Britain|Great Britain|British|London'],
  ['France', 68, 'France|French|Paris|Franco'],
  ['South Africa', 60, 'South Africa|South African|Pretoria'],
  ['Italy', 59, 'Italy|Italian|Rome'],
  ['Kenya', 55, 'Kenya|Kenyan|Nairobi'],
  ['Myanmar', 54, 'Myanmar|Myanmese|Naypyidaw|Burma'],
  ['ROK', 52, 'ROK|South Korea|Republic of Korea|Korea|Korean|Seoul'],
  ['Colombia', 52, 'Colombia|Colombian|Bogota'],
  ['Spain', 48, 'Spain|Spanish|Madrid'],
  ['Argentina', 46, 'Argentina|Argentine|Argentinian|Buenos Aires'],
  ['Algeria', 45, 'Algeria|Algerian|Algiers'],
  ['Iraq', 45, 'Iraq|Iraqi|Baghdad'],
  ['Canada', 39, 'Canada|Canadian|Ottawa'],
  ['Poland', 37, 'Poland|Polish|Warsaw'],
  ['Ukraine', 37, 'Ukraine|Ukrainian|Kyiv|Kiev'],
  ['Morocco', 37, 'Morocco|Moroccan|Rabat'],
  ['Saudi Arabia', 36, 'Saudi Arabia|Saudi|Riyadh'],
  ['Uzbekistan', 36, 'Uzbekistan|Uzbek|Tashkent'],
  ['Peru', 34, 'Peru|Peruvian|Lima'],
  ['Malaysia', 34, 'Malaysia|Malaysian|Kuala Lumpur'],
  ['Nepal', 30, 'Nepal|Nepali|Nepalese|Kathmandu'],
  ['Venezuela', 28, 'Venezuela|Venezuelan|Caracas'],
  ['DPRK', 26, 'DPRK|North Korea|North Korean|Pyongyang'],
  ['Australia', 26, 'Australia|Australian|Canberra'],
  ['Taiwan', 23, 'Taiwan|Taipei'],
  ['Sri Lanka', 22, 'Sri Lanka|Sri Lankan|Colombo'],
  ['Kazakhstan', 19, 'Kazakhstan|Kazakh|Astana'],
  ['Chile', 19, 'Chile|Chilean|Santiago'],
  ['Netherlands', 18, 'Netherlands|Dutch|The Hague|Amsterdam'],
  ['Cambodia', 17, 'Cambodia|Cambodian|Phnom Penh'],
  ['Syria', 22, 'Syria|Syrian|Damascus'],
  ['Belgium', 12, 'Belgium|Belgian'],
  ['Cuba', 11, 'Cuba|Cuban|Havana'],
  ['Jordan', 11, 'Jordan|Jordanian|Amman'],
  ['Greece', 10, 'Greece|Greek|Athens'],
  ['Sweden', 10.5, 'Sweden|Swedish|Stockholm'],
  ['Portugal', 10.4, 'Portugal|Portuguese|Lisbon'],
  ['Hungary', 9.6, 'Hungary|Hungarian|Budapest'],
  ['Israel', 9.8, 'Israel|Israeli|Tel Aviv'],
  ['UAE', 9.5, 'UAE|United Arab Emirates|Emirati|Abu Dhabi'],
  ['Belarus', 9.2, 'Belarus|Belarusian|Minsk'],
  ['Austria', 9.1, 'Austria|Austrian|Vienna'],
  ['Switzerland', 8.8, 'Switzerland|Swiss|Bern'],
  ['Laos', 7.6, 'Laos|Lao|Lao PDR|Vientiane'],
  ['Serbia', 6.6, 'Serbia|Serbian|Belgrade'],
  ['Singapore', 5.9, 'Singapore|Singaporean'],
  ['Denmark', 5.9, 'Denmark|Danish|Copenhagen'],
  ['Finland', 5.5, 'Finland|Finnish|Helsinki'],
  ['Norway', 5.5, 'Norway|Norwegian|Oslo'],
  ['Palestine', 5.4, 'Palestine|Palestinian'],
  ['New Zealand', 5.2, 'New Zealand|Wellington'],
  ['Ireland', 5.1, 'Ireland|Irish|Dublin'],
  ['Kuwait', 4.3, 'Kuwait|Kuwaiti'],
  ['Mongolia', 3.4, 'Mongolia|Mongolian|Ulaanbaatar'],
  ['Qatar', 2.7, 'Qatar|Qatari|Doha'],
  ['Bahrain', 1.5, 'Bahrain|Bahraini|Manama'],
  ['Timor-Leste', 1.3, 'Timor-Leste|East Timor|Dili'],
  ['Brunei', 0.45, 'Brunei|Bandar Seri Begawan'],
  ['GCC', 58, 'GCC|Gulf Cooperation Council'],
];

/** Capitals and other cities: they stand for their country in "Beijing is ready to", but "Warsaw Pact" is not "Poland Pact". */
const CITIES = new Set(['New Delhi', 'Beijing', 'Brussels', 'Washington', 'Jakarta', 'Islamabad', 'Abuja', 'Brasilia', 'Dhaka',
  'Moscow', 'Mexico City', 'Addis Ababa', 'Tokyo', 'Manila', 'Cairo', 'Hanoi', 'Ha Noi', 'HA NOI', 'Tehran', 'Ankara', 'Berlin',
  'Bangkok', 'London', 'Paris', 'Pretoria', 'Rome', 'Nairobi', 'Naypyidaw', 'Seoul', 'Bogota', 'Madrid', 'Buenos Aires',
  'Algiers', 'Baghdad', 'Ottawa', 'Warsaw', 'Kyiv', 'Kiev', 'Rabat', 'Riyadh', 'Tashkent', 'Lima', 'Kuala Lumpur',
  'Kathmandu', 'Caracas', 'Pyongyang', 'Canberra', 'Taipei', 'Colombo', 'Astana', 'Santiago', 'The Hague', 'Amsterdam',
  'Phnom Penh', 'Damascus', 'Havana', 'Amman', 'Athens', 'Stockholm', 'Lisbon', 'Budapest', 'Tel Aviv', 'Abu Dhabi', 'Minsk',
  'Vienna', 'Bern', 'Vientiane', 'Belgrade', 'Copenhagen', 'Helsinki', 'Oslo', 'Wellington', 'Dublin', 'Ulaanbaatar', 'Doha',
  'Manama', 'Dili', 'Bandar Seri Begawan']);

/** Aliases that name a country only inside a pair prefix ("Sino-", "Franco-"), never alone. */
const PREFIX_ONLY = new Set(['Sino', 'Franco']);
/** Aliases too ambiguous to count as a mention of the country when they stand alone. */
const NOT_A_MENTION = new Set(['AU', 'Washington', 'Paris', 'London', 'Rome', 'Lima', 'Jordan', 'Santiago', 'Minsk', 'Doha', 'Korea', 'Korean', 'America', 'American', 'Brussels', 'Lisbon', 'Budapest', 'Helsinki', 'Oslo', 'Vienna', 'Bern', 'Dublin', 'Athens', 'Amsterdam', 'The Hague', 'Manila', 'Astana']);

/** A word token: the tokens the extractor makes, enough to match multi-word aliases. */
export interface WordToken { t: string; s: number; e: number }

interface Alias { tokens: string[]; /** gaps[k]: whitespace before tokens[k] */ gaps: boolean[]; country: Country; text: string }

/** True for a country's name or adjective ("Chinese", "Viet Nam"), false for its cities. */
export function isCountryName(word: string): boolean {
  return !CITIES.has(word) && countryOfWord(word) !== null;
}

/** Other names that are not adjectives ("Turkey", "Britain"): "Ukraine Compact" names a thing, "Chinese Strategy" only says whose. */
const OTHER_NAMES = new Set(['Turkey', 'Turkiye', 'Britain', 'Burma', 'Korea', 'America', 'Mercosul', 'Laos', 'Sino', 'Franco']);
const ADJECTIVES = new Set<string>();

/** True for a nationality adjective ("Chinese", "Philippine", "Saudi"). */
export function isNationality(word: string): boolean {
  return ADJECTIVES.has(word);
}
const BY_FIRST = new Map<string, Alias[]>();

for (const [name, population, aliases] of TABLE) {
  const country = { name, population };
  aliases.split('|').forEach((text, k) => {
    if (k > 0 && !text.includes(' ') && !CITIES.has(text) && !OTHER_NAMES.has(text) && !/^[A-Z.]+$/.test(text)) ADJECTIVES.add(text);
  });
  for (const text of aliases.split('|')) {
    const found = tokenize(text);
    const tokens = found.map((t) => t.t);
    const gaps = found.map((t, k) => k > 0 && t.s > found[k - 1].e);
    const list = BY_FIRST.get(tokens[0]) ?? [];
    list.push({ tokens, gaps, country, text });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    BY_FIRST.set(tokens[0], list);
  }
}

/** The country whose alias starts at tokens[i] (case as written, or an all-caps spelling), and where it ends. */
export function matchCountry(tokens: readonly WordToken[], i: number, inPrefix = false): { country: Country; next: number; alias: string } | null {
  const first = tokens[i]?.t;
  if (!first) return null;
  const second = first.charCodeAt(1);
  const list = BY_FIRST.get(first) ?? (second >= 65 && second <= 90 && isAllCaps(first) ? BY_FIRST.get(titleCase(first)) : undefined);
  if (!list) return null;
  for (const a of list) {
    if (!inPrefix && PREFIX_ONLY.has(a.text)) continue;
    let ok = true;
    for (let k = 1; k < a.tokens.length && ok; k++) {
      const tok = tokens[i + k];
      ok = !!tok && (tok.t === a.tokens[k] || (isAllCaps(tok.t) && tok.t === a.tokens[k].toUpperCase())) &&
        (tok.s > tokens[i + k - 1].e) === a.gaps[k];
    }
    if (ok) return { country: a.country, next: i + a.tokens.length, alias: a.text };
  }
  return null;
}

export function isAllCaps(w: string): boolean {
  return w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
}
function titleCase(w: string): string {
  return w.charAt(0) + w.slice(1).toLowerCase();
}

/**
 * A country-pair prefix at tokens[i]: two or more countries joined by hyphens without spaces
 * ("China-Vietnam", "U.S.-Vietnam", "Canada-United States-Mexico"). Returns the countries and the
 * index of the first token after the prefix, or null.
 */
export function matchPairPrefix(tokens: readonly WordToken[], i: number): { countries: Country[]; next: number } | null {
  // The patterns ask again and again about the same tokens: one answer per token list and index.
  let known = PAIR_AT.get(tokens);
  if (!known) { known = new Map(); PAIR_AT.set(tokens, known); }
  let answer = known.get(i);
  if (answer === undefined) { answer = pairPrefixAt(tokens, i); known.set(i, answer); }
  return answer && { countries: [...answer.countries], next: answer.next };
}
const PAIR_AT = new WeakMap<readonly WordToken[], Map<number, { countries: Country[]; next: number } | null>>();

function pairPrefixAt(tokens: readonly WordToken[], i: number): { countries: Country[]; next: number } | null {
  const countries: Country[] = [];
  let at = i;
  // Four members at most ("Canada-United States-Mexico"): a longer chain is not a prefix, and
  // stopping early keeps a hyphen chain of any length linear to scan.
  while (countries.length < 5) {
    const m = matchCountry(tokens, at, true);
    if (!m) return null;
    countries.push(m.country);
    at = m.next;
    const dash = tokens[at];
    const after = tokens[at + 1];
    // "China-Vietnam", or with a spaced dash as Vietnamese texts write it: "Viet Nam – Japan".
    const tight = !!dash && !!after && dash.s === tokens[at - 1].e && after.s === dash.e;
    const spaced = !!dash && !!after && dash.s > tokens[at - 1].e && after.s > dash.e;
    if (dash?.t === '-' && (tight || spaced)) { at++; continue; }
    break;
  }
  const ok = countries.length >= 2 && countries.length <= 4 && new Set(countries.map((c) => c.name)).size === countries.length;
  return ok ? { countries, next: at } : null;
}

/** The pair in its canonical order: larger population first ("China-Vietnam", "Japan-Australia"). */
export function orderPair(countries: readonly Country[]): string {
  return [...countries].sort((a, b) => b.population - a.population || (a.name < b.name ? -1 : 1)).map((c) => c.name).join('-');
}

/**
 * Countries a readout talks about, most mentioned first (names, adjectives, capitals, scraped
 * possessives such as "Chinas"); hyphenated pairs count for both members.
 */
export function countCountries(tokens: readonly WordToken[]): Country[] {
  const counts = new Map<string, { country: Country; n: number; first: number }>();
  const add = (c: Country, at: number) => {
    const r = counts.get(c.name);
    if (r) r.n++; else counts.set(c.name, { country: c, n: 1, first: at });
  };
  for (let i = 0; i < tokens.length; i++) {
    const pair = matchPairPrefix(tokens, i);
    if (pair) { pair.countries.forEach((c) => add(c, i)); i = pair.next - 1; continue; }
    const m = matchCountry(tokens, i);
    if (m) {
      if (!NOT_A_MENTION.has(m.alias) && !inPlaceName(tokens, i, m.next)) add(m.country, i);
      i = m.next - 1;
      continue;
    }
    const t = tokens[i].t;
    if (t.length > 3 && t.endsWith('s')) {
      const stem = matchCountry([{ t: t.slice(0, -1), s: 0, e: 0 }], 0);
      if (stem && !NOT_A_MENTION.has(stem.alias)) add(stem.country, i);
    }
  }
  return [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first).map((r) => r.country);
}

/** Seas, straits and currencies named after a country are not mentions of it: "South China Sea", "Indian Ocean", "US$". */
const PLACE_AFTER = new Set(['Sea', 'Ocean', 'Strait', 'Straits', 'Peninsula', 'Gulf', '$']);
function inPlaceName(tokens: readonly WordToken[], i: number, next: number): boolean {
  const after = tokens[next];
  if (after && PLACE_AFTER.has(after.t) && (after.t !== '$' || after.s === tokens[next - 1].e)) return true;
  return tokens[i - 1]?.t === 'of' && /^(?:Sea|Gulf|Strait)$/.test(tokens[i - 2]?.t ?? '');
}

/** The country a word or short name denotes ("Chinese", "Viet Nam", scraped possessive "Chinas"), if any. */
export function countryOfWord(word: string): Country | null {
  let known = WORD_COUNTRY.get(word);
  if (known === undefined) {
    // Bounded memo: the extractor asks about the same few hundred words again and again.
    if (WORD_COUNTRY.size > 20_000) WORD_COUNTRY.clear();
    known = lookupWord(word);
    WORD_COUNTRY.set(word, known);
  }
  return known;
}
const WORD_COUNTRY = new Map<string, Country | null>();

function lookupWord(word: string): Country | null {
  const tokens = tokensOf(word);
  const direct = tokens.length > 0 ? matchCountry(tokens, 0) : null;
  if (direct && direct.next === tokens.length) return direct.country;
  if (tokens.length === 1 && word.length > 3 && word.endsWith('s')) {
    const stem = matchCountry(tokensOf(word.slice(0, -1)), 0);
    if (stem) return stem.country;
  }
  return null;
}

function tokensOf(text: string): WordToken[] {
  return tokenize(text);
}
