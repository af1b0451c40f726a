// Who is named in a sentence, as far as the commitment rules need it: references to the sides of
// the talks (countries, their seats and demonyms, leaders, titles such as "the Prime Minister",
// "the two sides", "we", "he"), and the speaker of reported speech ("Li said", "said Li",
// "MARSUDI:"). Offsets are relative to the sentence text.

import type { LeaderMention } from '../types';
import { canonicalCountry, COUNTRY_BY_NAME, countryMentions, isBloc } from '../gazetteer/countries';

export type RefKind =
  | 'country'   // a country, its seat or demonym: "China", "Beijing", "the Vietnamese side"
  | 'group'     // a bloc or a group of members: "ASEAN", "Mercosur members"
  | 'person'    // a named leader or a leader by title: "Li", "the Prime Minister"
  | 'both'      // "the two sides", "both leaders", "they"
  | 'we' | 'i' | 'he'
  | 'own';      // "his country", "his government": the speaker's own side

export interface ActorRef {
  start: number;
  end: number;
  kind: RefKind;
  country?: string;
  /** Canonical name of a leader. */
  person?: string;
  /** Followed by a speech verb ("Xi added"): names the speaker, not the subject. */
  speech?: boolean;
  /** After a preposition ("with Vietnam"): an object, not the subject. */
  object?: boolean;
  /** Part of a pair compound ("China-Vietnam relations"): names neither side alone. */
  compound?: boolean;
}

const TITLE = new RegExp(
  '(?<![\\w-])(?:(?:Vice|Deputy|Prime|Foreign|State|Federal|General|Crown|Commission|Chief)\\s+)?' +
  '(?:President(?:-elect)?|Prime Minister|Premier|Chancellor|King|Queen|Emir|Amir|Sultan|Crown Prince|' +
  'Foreign Minister|Foreign Secretary|Secretary of State|General Secretary|Secretary-General|Secretary|Chairman|' +
  'Minister(?:\\s+(?:for|of)\\s+(?:Foreign Affairs|Trade|Defen[cs]e|Finance|Economy|Commerce|Industry|State))?|' +
  'Custodian of the Two Holy Mosques|Head of State|Government leader|leader|PM|Taoiseach|Spokes(?:man|person|woman))' +
  '(?![\\w-])', 'gi');
const OF_COUNTRY = /^\s+of\s+(?:the\s+)?/;
const TITLE_NAME = /^\s+(?:[A-Z][\p{L}'’-]+\s+){0,3}[A-Z][\p{L}'’-]+/u;
const BOTH = new RegExp('(?<![\\w-])(?:(?:the|The)\\s+two\\s+(?:[Ss]ides|[Cc]ountries|[Ll]eaders|[Hh]eads of [Ss]tate|[Pp]residents|[Pp]rime [Mm]inisters|' +
  '[Mm]inisters|[Ff]oreign [Mm]inisters|politicians|[Gg]overnments|[Pp]arties|[Nn]ations|[Pp]remiers|sides\'|leaders\')|(?:both|Both)\\s+(?:[Ss]ides|[Cc]ountries|[Ll]eaders|' +
  '[Hh]eads of [Ss]tate|[Gg]overnments|[Pp]arties|[Nn]ations|[Mm]inisters|[Pp]residents)|(?:the|The)\\s+leaders|(?:the|The)\\s+parties|' +
  '(?:the|The)\\s+sides|[Oo]ur\\s+(?:two\\s+)?(?:countries|nations|peoples|governments|sides)|[Tt]hey|[Tt]hem|[Bb]oth(?=\\s+(?:also\\s+)?[a-z]+ed\\b)|(?:the|The) two|[Ll]eaders(?=\\s+(?:also\\s+|both\\s+)?[a-z]+ed\\b))(?![\\w-])', 'g');
const PRONOUN = /(?<![\w-])(?:([Ww]e)|(I)|([Hh]e|[Ss]he|[Ii]t(?=\s+(?:\w+ly\s+|also\s+|always\s+)?(?:supports|opposes|adheres|abides|pursues|is\s+(?:ready|willing|prepared|committed)|remains\s+committed|stands\s+ready)\b))|([Hh]is|[Hh]er|[Ii]ts|[Oo]ur) (?:country|government|nation|side|administration))(?![\w-])/g;
const GROUP = /(?<![\w-])(?:members|member states|member countries|nations)(?![\w-])/g;
const PREPOSITION_BEFORE = /(?:^|\s)(?:with|to|in|into|for|from|between|of|on|against|toward|towards|including|among|across|at|by|over|about|via|than|within|like|and\s+other|through|visit|visited|visiting)\s+(?:the\s+)?$/i;
// "said", "added", "told" always report speech; "noted", "stressed" ... only before "that", a
// comma or the end ("Xi noted."), since "noted their firm position" has them as the main verb.
const SPEECH_ADVERBS = String.raw`[\s,]*(?:(?:also|then|here|today|further|again|once again|in turn|on\s+\w+(?:\s+(?:morning|afternoon|evening))?)[\s,]+)*`;
const SPEECH_AFTER = new RegExp(String.raw`^${SPEECH_ADVERBS}(?:(?:said|says|added|adds|told|tells|remarked|explained|continued|went on)\b|(?:noted|notes|stressed|stresses|pointed out|points out|stated|states|affirmed|emphasi[sz]ed|underlined|underscored|highlighted|reiterated|observed|declared)(?=\s+that\b|\s*[,.;:"\u201c\u201d]|\s*$))`);
const SPEECH_BEFORE = /(?:said|added|noted|stressed|stated|told|according to)\s+$/;

export interface SentenceActors {
  refs: ActorRef[];
  /** The speaker of the sentence's reported speech, when the sentence names one. */
  speaker?: { person?: string; country?: string; pronoun?: boolean };
}

export interface ActorContext {
  /** Sides of the talks. */
  parties: string[];
  /** Leaders in this sentence, offsets relative to it. */
  leaders: LeaderMention[];
  /** Country of a leader by canonical name, when the mention itself has none (gazetteer). */
  countryOf: (canonical: string) => string | undefined;
}

/** The one side among the parties whose leaders carry this title, if exactly one does. */
export function sideWithTitle(title: string, parties: string[]): string | undefined {
  const t = title.toLowerCase().replace(/^(?:the|federal|state|commission)\s+/, '').replace(/-elect$/, '');
  const having = parties.filter((p) => COUNTRY_BY_NAME.get(p)?.titles.some((x) => x === t || x.endsWith(' ' + t)));
  return having.length === 1 ? having[0] : undefined;
}

function leaderCountry(l: LeaderMention, ctx: ActorContext): string | undefined {
  const c = l.country ?? ctx.countryOf(l.canonical);
  return c ? canonicalCountry(c) ?? c : undefined;
}

const overlapsAny = (refs: ActorRef[], s: number, e: number) => refs.some((r) => s < r.end && r.start < e);

export function findActors(text: string, ctx: ActorContext): SentenceActors {
  const refs: ActorRef[] = [];
  const countries = countryMentions(text);
  // Titles absorb a demonym before them and "of <country>" after them: "the Vietnamese prime
  // minister", "the President of Ukraine"; a name after a title is the same person.
  TITLE.lastIndex = 0;
  for (let m = TITLE.exec(text); m; m = TITLE.exec(text)) {
    let start = m.index, end = m.index + m[0].length;
    const title = m[0];
    if (title === 'leader' || title === 'Leader') {
      // "leader" names a person only after a demonym or "Government": "the Turkish leader".
      if (!countries.some((c) => c.form === 'demonym' && /^\s*(?:Government\s+)?$/i.test(text.slice(c.end, start)))) continue;
    }
    let country: string | undefined;
    const demonym = countries.find((c) => c.end <= start && /^\s*(?:Government\s+)?$/i.test(text.slice(c.end, start)));
    if (demonym) { country = demonym.country; start = demonym.start; }
    const of = OF_COUNTRY.exec(text.slice(end));
    if (of) {
      const after = end + of[0].length;
      const c = countries.find((x) => x.start === after || (x.start > after && /^(?:Republic|Kingdom|State|Federation)\s+of\s+(?:the\s+)?$/i.test(text.slice(after, x.start))));
      if (c) { country = c.country; end = c.end; }
    }
    const leader = ctx.leaders.find((l) => l.start >= end && /^[\s,]*$/.test(text.slice(end, l.start)));
    let person: string | undefined;
    if (leader) { person = leader.canonical; country = leaderCountry(leader, ctx) ?? country; end = leader.end; }
    else if (/^(?:[A-Z]|Vice|Deputy|Prime|Foreign)/.test(title)) {
      // "Prime Minister Turnbull", "Secretary of State Blinken": a capitalised name after the title.
      const name = TITLE_NAME.exec(text.slice(end));
      if (name && !countries.some((c) => c.start === end + name[0].length - name[0].trimStart().length)) end += name[0].length;
    }
    if (!country) country = sideWithTitle(title, ctx.parties);
    refs.push({ start, end, kind: 'person', country, person });
    TITLE.lastIndex = end;
  }
  for (const l of ctx.leaders) {
    if (overlapsAny(refs, l.start, l.end)) continue;
    refs.push({ start: l.start, end: l.end, kind: 'person', person: l.canonical, country: leaderCountry(l, ctx) });
  }
  for (let i = 0; i < countries.length; i++) {
    const c = countries[i];
    if (overlapsAny(refs, c.start, c.end)) continue;
    const prev = countries[i - 1], next = countries[i + 1];
    const compound = (prev && prev.end === c.start - 1 && /[-\u2013]/.test(text[prev.end]) && prev.country !== c.country) ||
      (next && next.start === c.end + 1 && /[-\u2013]/.test(text[c.end]) && next.country !== c.country);
    const kind = isBloc(c.country) && c.country !== 'EU' && !ctx.parties.includes(c.country) ? 'group' : 'country';
    refs.push({ start: c.start, end: c.end, kind, country: c.country, compound });
  }
  const scan = (re: RegExp, make: (m: RegExpExecArray) => ActorRef | undefined) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const r = make(m);
      if (r && !overlapsAny(refs, r.start, r.end)) refs.push(r);
    }
  };
  scan(BOTH, (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'both' }));
  scan(PRONOUN, (m) => ({ start: m.index, end: m.index + m[0].length, kind: m[1] ? 'we' : m[2] ? 'i' : m[3] ? 'he' : 'own' }));
  scan(GROUP, (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'group' }));
  refs.sort((a, b) => a.start - b.start);

  let speaker: SentenceActors['speaker'];
  for (const r of refs) {
    const after = text.slice(r.end, r.end + 60);
    const before = text.slice(Math.max(0, r.start - 20), r.start);
    if (r.kind !== 'person' && r.kind !== 'he' && r.kind !== 'i') {
      r.object = PREPOSITION_BEFORE.test(text.slice(Math.max(0, r.start - 30), r.start)) && !/together\s+with\s+$/i.test(before);
      continue;
    }
    if (SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(before)) {
      r.speech = true;
      if (!speaker) speaker = r.kind === 'he' ? { pronoun: true } : { person: r.person, country: r.country };
    } else {
      r.object = PREPOSITION_BEFORE.test(text.slice(Math.max(0, r.start - 30), r.start)) && !/together\s+with\s+$/i.test(before);
    }
  }
  return { refs, speaker };
}

/** "MINISTER MARSUDI: ..." at the start of a line: a transcript's speaker label. */
export const SPEAKER_LABEL = /^\s*(?:[A-Z][A-Z.'’-]*\s+){0,3}[A-Z][A-Z'’-]{2,}\s*:\s/;
