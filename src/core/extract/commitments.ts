// Commitment extraction (GUIDELINES section 5): which sentences hold a pledge, offer, proposal or
// agreement of a side of the talks, and with what party, strength, topic, speaker and markers.
// A rule engine over each sentence: find the cues (commitmentCues.ts), scope them by clauses and
// frames (a will inside a hope or a belief carries nothing), keep the cues that carry a pledge of
// an actor, then read the party from who is named where the cue expects it (actors.ts) and the
// topic from the first field named in the pledged action (topics.ts).

import type { Commitment, LeaderMention, Sentence, Span, Strength, Topic } from '../types';
import type { CommitmentContext } from './context';
import {
  ACTOR_NOUN, ADVERBS_BEFORE, BLOCKERS, BOUNDARIES, COURTESY_AFTER, COURTESY_INFINITIVE, CUE_RULES, FORECAST_AFTER,
  NOT_GERUNDS, PARTICIPIAL_OPENER, PERFECT_BEFORE, SPEECH_PARENTHETICAL, STANDING, WEAK_BOUNDARIES, type CueKind,
} from './commitmentCues';
import { findActors, SPEAKER_LABEL, type ActorRef, type SentenceActors } from './actors';
import { agreementTopic, topicOf } from './topics';

/** Longer "sentences" are scraped blobs (no punctuation for pages); they are not read for pledges. */
const MAX_SENTENCE = 3000;
const THIRD_PARTY_ADDRESSEE = /^\s*(?:on\s+|upon\s+)?(?:all\s+)?(?:the\s+)?(?:international community|world|relevant parties|parties concerned|all parties|all sides|(?:conflicting|warring) (?:parties|sides)|parties to the conflict|other countries|countries|nations|developed countries|developing countries|\w+\s+countries|members of)\b/i;
const ANAPHORIC_OBJECT = /\b(?:this|that|the|these) (?:matter|matters|issue|issues|question|regard|area|field)\b/i;
const ANAPHORIC_OPENING = /^["'\u201c\u2018]?(?:This|That|These|Those|It|Such)\s/;
/** A question, also one that a closing quote or bracket ends. */
const QUESTION_END = /\?["'\u201d\u2019)\]]*\s*$/;
/** A transcript line asked by the press: "Q: ...", "QUESTION: ...", "Journalist: ...". */
const QUESTION_LABEL = /^\s*(?:Q|Question|QUESTION|Journalist|JOURNALIST|Reporter|REPORTER)\s*(?:\d+\s*)?[:.]\s/;
const RANK: Record<Strength, number> = { firm: 3, willing: 2, aspirational: 1 };
/** Cues whose clause is embedded: a modal inside it does not carry its own pledge. */
const EMBEDDING = new Set<CueKind>(['agreeThat', 'hope', 'call', 'propose', 'importance', 'position', 'priority']);
const BARE_POLICY = /^(?:supports|supported|opposes|opposed|abides|abide|abided|adheres|adhere|adhered|pursues|support|oppose|firmly|fully|strongly|always|resolutely)\b/i;
/** Copular willing cues ("is ready to") need an actor subject like a modal does. */
const COPULAR = /^(?:is|are|was|were|be|been|remains?|remained|would|will|ready|willing)\b/i;

interface Cue { kind: CueKind; strength: Strength; start: number; end: number; embedded: Cue[] }
interface Carrier extends Cue { party: string }
interface Speaker { person?: string; country?: string }

interface SentenceState {
  text: string;
  actors: SentenceActors;
  bounds: Span[];
  /** Boundaries that end accounts and plain pledges but not embedded hopes and calls. */
  weakBounds: Span[];
  speaker?: Speaker;
  parties: string[];
}

function spans(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function findCues(text: string): Cue[] {
  const cues: Cue[] = [];
  const lower = text.toLowerCase();
  for (const r of CUE_RULES) {
    if (!r.keys.some((k) => lower.includes(k))) continue;
    r.re.lastIndex = 0;
    for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
      const start = m.index, end = m.index + m[0].length;
      if (end === start) { r.re.lastIndex++; continue; }
      if (cues.some((c) => start < c.end && c.start < end)) continue;
      cues.push({ kind: r.kind, strength: r.strength, start, end, embedded: [] });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}

const clauseStart = (st: SentenceState, pos: number) => st.bounds.reduce((s, b) => (b.end <= pos && b.end > s ? b.end : s), 0);
const clauseEnd = (st: SentenceState, pos: number) => st.bounds.find((b) => b.start >= pos)?.start ?? st.text.length;
const crossesBoundary = (st: SentenceState, from: number, to: number) => st.bounds.some((b) => b.start >= from && b.start < to);

/** Is the word before a modal the end of an actor ("China will", "the two sides should", "we will")? */
function actorBefore(st: SentenceState, at: number): boolean {
  let head = st.text.slice(Math.max(0, at - 120), at);
  const base = at - head.length;
  for (let changed = true; changed;) {
    const before = head;
    head = head.replace(ADVERBS_BEFORE, '').replace(SPEECH_PARENTHETICAL, '').replace(/[\s"'\u201c\u2018]+$/, '');
    changed = head !== before;
  }
  if (/(?:^|\s)(?:and|or)$/i.test(head)) return true; // "... and is willing to": the clause's subject
  if (ACTOR_NOUN.test(head)) return true;
  const end = base + head.length;
  return st.actors.refs.some((r) => !r.object && r.end >= end - 3 && r.end <= end && r.start < end);
}

function importanceHasAction(st: SentenceState, from: number): boolean {
  const scope = st.text.slice(from, Math.min(clauseEnd(st, from), from + 160));
  for (const m of scope.matchAll(/(?<![\w-])([a-z][a-z-]{2,}ing)(?![\w-])/g)) if (!NOT_GERUNDS.has(m[1])) return true;
  return /^\s+(?:the\s+)?need\b/.test(scope);
}

/** Whether a cue carries a pledge here (GUIDELINES 5.2's exclusions applied to the cue itself). */
function validCue(st: SentenceState, c: Cue): boolean {
  const after = st.text.slice(c.end, c.end + 80);
  if (!/\p{L}/u.test(after) && c.kind !== 'agreeWith') return false; // a cue with no action after it
  if (COURTESY_AFTER.test(after)) return false;
  if ((c.kind === 'call' || c.kind === 'want' || c.kind === 'hope') && COURTESY_INFINITIVE.test(after)) return false;
  switch (c.kind) {
    case 'modal': return actorBefore(st, c.start) && !FORECAST_AFTER.test(after);
    case 'norm': return actorBefore(st, c.start);
    case 'willing': return !COPULAR.test(st.text.slice(c.start, c.end)) || actorBefore(st, c.start);
    case 'policy': {
      // A bare "supports" / "adheres to" needs an actor: "the project supports local jobs" is no policy.
      if (BARE_POLICY.test(st.text.slice(c.start, c.end)) && !actorBefore(st, c.start)) return false;
      const perfect = PERFECT_BEFORE.exec(st.text.slice(Math.max(0, c.start - 30), c.start));
      return !perfect || STANDING.test(perfect[0] + st.text.slice(c.start, c.end));
    }
    case 'importance': return !/importance\s+of$/i.test(st.text.slice(c.start, c.end)) || importanceHasAction(st, c.end);
    case 'agree': {
      const norm = /^\s+(?:the\s+)?(?:\w+\s+)?(need|importance)\b/.exec(after);
      if (norm) {
        c.strength = 'aspirational';
        if (norm[1] === 'importance') return importanceHasAction(st, c.end + norm[0].length + 3);
      }
      return true;
    }
    default: return true;
  }
}

/** Cues that carry a pledge, after clause scoping: the first valid cue of a clause carries it. */
function carriersOf(st: SentenceState, cues: Cue[]): Cue[] {
  const blockers = spans(BLOCKERS, st.text);
  type Open = { kind: 'blocker' | 'embed' | 'plain'; at: number; carrier?: Cue };
  let open: Open | undefined;
  const carriers: Cue[] = [];
  const events = [
    ...blockers.map((b) => ({ at: b.start, cue: undefined as Cue | undefined })),
    ...cues.map((c) => ({ at: c.start, cue: c as Cue | undefined })),
  ].sort((a, b) => a.at - b.at);
  for (const ev of events) {
    if (open && (crossesBoundary(st, open.at, ev.at) ||
      (open.kind !== 'embed' && st.weakBounds.some((b) => b.start >= open!.at && b.start < ev.at)))) open = undefined;
    const c = ev.cue;
    if (!c) { if (!open) open = { kind: 'blocker', at: ev.at }; continue; }
    if (open?.kind === 'blocker') continue;
    if (open?.kind === 'embed') { open.carrier!.embedded.push(c); continue; }
    if (open?.kind === 'plain') {
      // "abides by ... and firmly opposes": a coordinated pledge of the same force is marked too.
      if (c.strength === open.carrier!.strength && validCue(st, c)) open.carrier!.embedded.push(c);
      continue;
    }
    if (!validCue(st, c)) continue;
    carriers.push(c);
    open = { kind: EMBEDDING.has(c.kind) ? 'embed' : 'plain', at: c.start, carrier: c };
  }
  return carriers;
}

// ---- party -----------------------------------------------------------------------------------

interface PartyScope {
  st: SentenceState;
  /** Country of the sentence's speaker (or the last one), else the first side. */
  speakerSide?: string;
  otherSide?: string;
}

/** The subject before a cue: the last actor named in its clause, with any actors joined to it by "and". */
function subjectBefore(ps: PartyScope, at: number, from = clauseStart(ps.st, at)): ActorRef[] {
  const eligible = (r: ActorRef) => r.end <= at && !r.speech && !r.object && !r.compound;
  const cands = ps.st.actors.refs.filter((r) => r.start >= from && eligible(r));
  if (!cands.length) {
    // A coordinated predicate (", and underscored ...") shares the subject that opens the sentence.
    const opening = from > 0 ? ps.st.actors.refs.filter(eligible) : [];
    if (!opening.length) return [];
    const group = [opening[0]];
    for (let i = 1; i < opening.length; i++) {
      if (!/^\s*(?:,\s*)?(?:and\s+|&\s+)?(?:the\s+)?$/i.test(ps.st.text.slice(group[group.length - 1].end, opening[i].start))) break;
      group.push(opening[i]);
    }
    return group;
  }
  const group = [cands[cands.length - 1]];
  for (let i = cands.length - 2; i >= 0; i--) {
    const gap = ps.st.text.slice(cands[i].end, group[0].start);
    if (!/^\s*(?:,\s*)?(?:and\s+|&\s+)?(?:the\s+)?$/i.test(gap)) break;
    group.unshift(cands[i]);
  }
  return group;
}

/** The first actor named after a cue (an addressee or an embedded subject), within `limit` characters. */
function actorAfter(ps: PartyScope, from: number, limit: number): ActorRef[] {
  const end = Math.min(clauseEnd(ps.st, from), from + limit);
  const cands = ps.st.actors.refs.filter((r) => r.start >= from && r.start < end && !r.speech && !r.compound);
  if (!cands.length) return [];
  const group = [cands[0]];
  for (let i = 1; i < cands.length; i++) {
    const gap = ps.st.text.slice(group[group.length - 1].end, cands[i].start);
    if (!/^\s*(?:,\s*)?(?:and\s+|&\s+)?(?:the\s+)?$/i.test(gap)) break;
    group.push(cands[i]);
  }
  return group;
}

/** "we": the speaker's side when the sentence names the other side (or its own) alone, else both. */
function weSide(ps: PartyScope): string {
  const named = ps.st.actors.refs.some((r) => (r.kind === 'country') && !r.compound && r.country &&
    (r.country === ps.otherSide || r.country === ps.speakerSide));
  return named && ps.speakerSide ? ps.speakerSide : 'both';
}

/** The side a group of actor references stands for, or undefined when none is identifiable. */
function sideOf(ps: PartyScope, refs: ActorRef[], norm: boolean): string | undefined {
  if (!refs.length) return undefined;
  if (refs.some((r) => r.kind === 'both')) return 'both';
  const sides = new Set<string>();
  // Two people joined by "and" are two sides unless both are known to be of one country.
  const joined = refs.length >= 2 && refs.slice(1).every((r, i) => /\b(?:and)\b|&/.test(ps.st.text.slice(refs[i].end, r.start)));
  const unknownPeople = joined ? refs.filter((r) => r.kind === 'person' && !r.country).length : 0;
  for (const r of refs) {
    let side: string | undefined;
    switch (r.kind) {
      case 'country': case 'person': side = r.country; break;
      // A bloc or group standing for the speaker's side ("ASEAN ... is willing to"); in a norm,
      // "Mercosur members should" binds both members, while a named bloc is a third party.
      case 'group': side = norm ? (r.country ?? 'both') : ps.speakerSide; break;
      case 'i': case 'own': side = ps.speakerSide; break;
      case 'he': {
        // "it" stands for the country named before it ("Thailand reiterated that it supports").
        const before = /^[Ii]t$/.test(ps.st.text.slice(r.start, r.end))
          ? ps.st.actors.refs.filter((x) => x.kind === 'country' && x.end <= r.start && !x.object && !x.compound).pop() : undefined;
        side = before?.country ?? ps.speakerSide;
        break;
      }
      case 'we': side = weSide(ps); break;
    }
    if (side === 'both') return 'both';
    if (side) sides.add(side);
  }
  const talking = [...sides].filter((s) => ps.st.parties.includes(s));
  if (talking.length >= 2 || (refs.length >= 2 && talking.length + unknownPeople >= 2)) return 'both';
  if (talking.length === 1) return talking[0];
  return sides.size ? [...sides][0] : undefined;
}

const INVITATION = /invitation$/i;
const JOINT = /\b(?:joint|jointly|together|bilateral|(?:two|both|our)\s+(?:countries|sides|nations|governments))\b/i;
/** "looked forward to Japan hosting ...", "to the President's visit": the named side would act. */
const LOOKED_FOR_ACT = /^(?:['\u2019]s?\s+[a-z]|\s+(?:\w+ly\s+)?[a-z]+ing\b)/;
/** Actions that only third parties can take: a ceasefire, restraint, hostages released. */
const THIRD_PARTY_ACTION = /\b(?:ceasefire|cease-fire|restraint|de-escalation|hostages?|humanitarian\s+(?:access|pauses?|corridors?))\b/i;
/** Conflict zones that are no country of the gazetteer: the scene of a call to others. */
const CONFLICT_ZONE = /\b(?:in|across|throughout)\s+(?:the\s+)?(?:Gaza(?:\s+Strip)?|West\s+Bank|Middle\s+East|Sahel|Darfur|Donbas|Levant|Horn\s+of\s+Africa)\b/;
const SCENE_BEFORE = /\b(?:in|across|throughout)\s+(?:the\s+)?$/;

// Bilateral by nature (GUIDELINES 5.3): relations, ties, the two countries together.
const BILATERAL = /\b(?:bilateral|relations|relationship|ties|friendship|partnership|(?:two|both)\s+(?:countries|sides|parties|peoples|nations)|mutual\w*|together|jointly|each other)\b/i;

/**
 * A call or a need with no side of the talks in it, whose action is a third party's ("an
 * immediate ceasefire in Gaza", "restraint in the Middle East"): no commitment of the talks.
 */
function thirdPartyScene(ps: PartyScope, from: number): boolean {
  const { st } = ps;
  const end = clauseEnd(st, from);
  const scope = st.text.slice(from, end);
  if (BILATERAL.test(scope)) return false;
  if (st.actors.refs.some((r) => r.start >= from && r.start < end && !r.speech &&
    (r.kind === 'both' || r.kind === 'we' || (r.country && st.parties.includes(r.country))))) return false;
  if (THIRD_PARTY_ACTION.test(scope) || CONFLICT_ZONE.test(scope)) return true;
  // "a political solution in Yemen": the scene is a country that is not at the talks.
  return st.actors.refs.some((r) => r.start >= from && r.start < end && r.kind === 'country' && r.country &&
    !st.parties.includes(r.country) && SCENE_BEFORE.test(st.text.slice(Math.max(from, r.start - 20), r.start)));
}

/** The side a carrier binds; undefined when no side is named, null when the cue carries nothing after all. */
function partyOf(ps: PartyScope, c: Cue): string | undefined | null {
  const { st } = ps;
  // "reaffirmed U.S. support", "conveyed Saudi Arabia's commitment": the side named inside the cue.
  // "accepted Prime Minister Kishida's invitation" names the host, not the one who accepted.
  if ((c.kind === 'policy' || c.kind === 'firm' || c.kind === 'willing' || c.kind === 'importance') && !INVITATION.test(st.text.slice(c.start, c.end))) {
    const inside = st.actors.refs.filter((r) => r.start > c.start && r.end < c.end && !r.speech && r.kind !== 'he');
    const side = sideOf(ps, inside, false);
    if (side) return side;
  }
  const subject = () => sideOf(ps, subjectBefore(ps, c.start), c.kind === 'norm');
  switch (c.kind) {
    case 'agree': case 'agreeWith': return 'both';
    case 'agreeThat': {
      // "agreed that the talks were sincere" reports a view; only an embedded modal makes it a pledge.
      const inner = c.embedded.find((e) => e.kind === 'modal' || e.kind === 'norm' || e.kind === 'willing');
      if (!inner) return null;
      c.strength = inner.strength;
      const side = sideOf(ps, subjectBefore(ps, inner.start, c.end), inner.kind === 'norm');
      return side && side !== 'both' && st.parties.includes(side) ? side : 'both';
    }
    case 'hope': {
      const inner = actorAfter(ps, c.end, 80);
      const named = sideOf(ps, inner, true);
      if (named) return named;
      // "expressed hope that the joint project will ...": a joint action binds both.
      if (JOINT.test(st.text.slice(c.end, clauseEnd(st, c.end)))) return 'both';
      return subject() ?? 'both';
    }
    case 'call': {
      const text = st.text.slice(c.start, c.end).toLowerCase();
      const addressee = actorAfter(ps, c.end, text.endsWith('for') ? 0 : 50);
      if (text.endsWith('for')) {
        // "called for both sides to ...": an addressee before an infinitive.
        const m = /^\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?to\s/.exec(st.text.slice(c.end, c.end + 60));
        const named = m ? actorAfter(ps, c.end, m[0].length) : [];
        const side = sideOf(ps, named, true);
        if (side) return side;
        // Both sides calling for something: for themselves when it is bilateral, else a call to others.
        if (thirdPartyScene(ps, c.end)) return null;
        if (sideOf(ps, subjectBefore(ps, c.start), true) === 'both') return BILATERAL.test(st.text.slice(c.end, clauseEnd(st, c.end))) ? 'both' : null;
        return ps.otherSide ?? 'both';
      }
      // "urged the international community to": a call to third parties only.
      if (!addressee.length && (THIRD_PARTY_ADDRESSEE.test(st.text.slice(c.end, c.end + 60)) || thirdPartyScene(ps, c.end))) return null;
      return sideOf(ps, addressee, true) ?? ps.otherSide ?? 'both';
    }
    case 'propose': {
      // "proposed that the two countries ...", "proposed Japan continue ...": the one to act;
      // "proposed a joint study": both.
      const lead = /^\s+(?:that\s+)?(?:the\s+)?/.exec(st.text.slice(c.end, c.end + 12))![0].length;
      const named = actorAfter(ps, c.end, 60).filter((r, i) => i > 0 || r.start <= c.end + lead);
      return sideOf(ps, named, true) ?? 'both';
    }
    case 'importance': case 'priority': {
      if (/need\s+for$/i.test(st.text.slice(c.start, c.end)) && thirdPartyScene(ps, c.end)) return null;
      const who = sideOf(ps, subjectBefore(ps, c.start), true);
      if (who === 'both') return 'both';
      if (BILATERAL.test(st.text.slice(c.end, clauseEnd(st, c.end)))) return 'both';
      return ps.speakerSide ?? who;
    }
    case 'want': {
      const named = actorAfter(ps, c.start + 4, c.end - c.start);
      return sideOf(ps, named.filter((r) => r.end <= c.end), false) ?? subject();
    }
    case 'position': return subject() ?? 'both';
    case 'hopeTo': {
      if (/forward\s+to$/i.test(st.text.slice(c.start, c.end))) {
        // "to Japan hosting", "to the President's visit", "to the visit of Prime Minister Modi".
        const lead = /^\s+(?:(?:the|an?)\s+(?:(?:early|upcoming|forthcoming|official|state|next)\s+)*(?:visit|participation|attendance|arrival)\s+(?:of|by)\s+)?(?:the\s+)?/.exec(st.text.slice(c.end))![0].length;
        const byVisit = /\s(?:of|by)\s+(?:the\s+)?$/.test(st.text.slice(c.end, c.end + lead));
        const next = actorAfter(ps, c.end, 60).filter((r) => r.start === c.end + lead);
        if (next.length && (byVisit || LOOKED_FOR_ACT.test(st.text.slice(next[next.length - 1].end, next[next.length - 1].end + 40)))) {
          const side = sideOf(ps, next, false);
          if (side) return side;
        }
      }
      return subject();
    }
    default: return subject();
  }
}

// ---- sentences -------------------------------------------------------------------------------

const HEADLINE = /^(.{2,90}?)\s+to\s+([a-z][a-z-]+|[A-Z][a-z]+)\b/u;
const HEADLINE_NOT_VERB = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'and', 'or', 'be', 'all', 'new']);
const HEADLINE_VERBS = /^(?:Strengthen|Promote|Deepen|Boost|Expand|Enhance|Build|Work|Visit|Sign|Hold|Step|Push|Advance|Support|Join|Host|Attend|Seek|Open|Launch|Upgrade|Boost|Cooperate|Increase|Cut|Raise|Resume|Send|Provide)$/;

function headlineCue(st: SentenceState, isWholeLine: boolean): Cue | undefined {
  if (!isWholeLine || st.text.length > 160 || /[.!?]["'\u201d\u2019)]*$/.test(st.text)) return undefined;
  const m = HEADLINE.exec(st.text);
  if (!m) return undefined;
  const verb = m[2];
  if (HEADLINE_NOT_VERB.has(verb.toLowerCase()) || (/^[A-Z]/.test(verb) && !HEADLINE_VERBS.test(verb))) return undefined;
  const to = m[1].length;
  // The subject must end right before "to": "China to promote", not "China's path to modernization".
  if (!st.actors.refs.some((r) => r.end <= to && !r.object && (r.kind === 'country' || r.kind === 'person'))) return undefined;
  if (!actorBefore(st, to)) return undefined;
  return { kind: 'firm', strength: 'firm', start: to + 1, end: to + 3, embedded: [] };
}


/** Whether a quotation is still open at the end of this sentence (curly or straight quotes). */
function quoteOpenAfter(text: string, openBefore: boolean): boolean {
  let open = openBefore;
  for (const ch of text) {
    if (ch === '\u201c') open = true;
    else if (ch === '\u201d') open = false;
    else if (ch === '"') open = !open;
  }
  return open;
}

const COUNTRY_OF_PERSON = new WeakMap<object, Map<string, string>>();
/** Country of a person by canonical name, from the gazetteer's offices (built once per gazetteer). */
function countryOfFactory(ctx: CommitmentContext): (canonical: string) => string | undefined {
  const offices = ctx.gazetteer.offices ?? [];
  let map = COUNTRY_OF_PERSON.get(offices);
  if (!map) {
    map = new Map<string, string>();
    for (const o of offices) if (!map.has(o.person)) map.set(o.person, o.country);
    COUNTRY_OF_PERSON.set(offices, map);
  }
  const found = map;
  return (canonical) => found.get(canonical);
}

export function findCommitments(ctx: CommitmentContext): Commitment[] {
  const out: Commitment[] = [];
  const countryOf = countryOfFactory(ctx);
  const parties = ctx.parties ?? [];
  let lastSpeaker: Speaker | undefined;
  let labelSpeaker: Speaker | undefined;
  let quoteOpen = false;
  let quoteLine = -1;
  let questionLine = false;
  let previous: { sentence: Sentence; commitment?: Commitment; topic?: Topic } | undefined;
  let leaderIndex = 0;
  const leaders = [...ctx.leaders].sort((a, b) => a.start - b.start);
  const agreements = [...ctx.agreements].sort((a, b) => a.start - b.start);
  let agreementIndex = 0;
  const sentences = ctx.sentences;

  const actorsFor = (s: Sentence): SentenceActors => {
    while (leaderIndex < leaders.length && leaders[leaderIndex].end <= s.start) leaderIndex++;
    const local: LeaderMention[] = [];
    for (let i = leaderIndex; i < leaders.length && leaders[i].start < s.end; i++) {
      const l = leaders[i];
      if (l.start >= s.start && l.end <= s.end) local.push({ ...l, start: l.start - s.start, end: l.end - s.start });
    }
    return findActors(s.text, { parties, leaders: local, countryOf });
  };

  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    if (s.text.length > MAX_SENTENCE) { previous = { sentence: s }; continue; }
    if (quoteLine !== s.line) { quoteOpen = false; quoteLine = s.line; }
    const continuesQuote = quoteOpen;
    quoteOpen = quoteOpenAfter(s.text, quoteOpen);

    const actors = actorsFor(s);
    const bounds = spans(BOUNDARIES, s.text);
    const opener = PARTICIPIAL_OPENER.exec(s.text);
    if (opener) {
      bounds.push({ start: opener[0].trimEnd().length - 1, end: opener[0].length, text: opener[0] });
      bounds.sort((a, b) => a.start - b.start);
    }
    const st: SentenceState = { text: s.text, actors, bounds, weakBounds: spans(WEAK_BOUNDARIES, s.text), parties };

    // The speaker: named here ("Li said"), a transcript label ("MARSUDI:"), the end of a quotation
    // this sentence opens, or the one who was speaking before.
    const lineStart = si === 0 || sentences[si - 1].line !== s.line;
    const wholeLine = lineStart && (si + 1 >= sentences.length || sentences[si + 1].line !== s.line);
    // Transcript labels: "MINISTER MARSUDI: ...", "Vladimir Putin: ...".
    const labelled = lineStart ? actors.refs.find((r) => r.kind === 'person' && r.start <= 2 && /^\s*:\s/.test(s.text.slice(r.end, r.end + 3))) : undefined;
    const labelEnd = !lineStart ? -1 : SPEAKER_LABEL.exec(s.text)?.[0].length ?? (labelled ? labelled.end + 1 : -1);
    if (labelEnd >= 0) {
      // The speaker is the person named in the label itself ("MINISTER MARSUDI:").
      const label = actors.refs.find((r) => r.kind === 'person' && r.end <= labelEnd);
      labelSpeaker = label ? { person: label.person, country: label.country } : undefined;
    }
    let speaker: Speaker | undefined;
    if (actors.speaker && !actors.speaker.pronoun) speaker = actors.speaker;
    else if (actors.speaker?.pronoun) speaker = lastSpeaker;
    if (!speaker && quoteOpen && !continuesQuote) {
      const saved = leaderIndex;
      for (let k = si + 1; k < sentences.length && k <= si + 3 && sentences[k].line === s.line; k++) {
        const ahead = actorsFor(sentences[k]).speaker;
        if (ahead && !ahead.pronoun) { speaker = ahead; break; }
      }
      leaderIndex = saved;
    }
    if (!speaker && continuesQuote) speaker = lastSpeaker;
    if (!speaker && labelSpeaker) speaker = labelSpeaker;
    st.speaker = speaker;
    const speakerSide = speaker?.country ?? lastSpeaker?.country ?? parties[0];
    const ps: PartyScope = { st, speakerSide, otherSide: parties.find((p) => p !== speakerSide) };

    // A question asks, it does not pledge: "Will Japan ...?", a journalist's "Q: Mr. President, ...".
    if (lineStart) questionLine = QUESTION_LABEL.test(s.text);
    const cues = questionLine || QUESTION_END.test(s.text) ? [] : findCues(s.text);
    let carriers: Carrier[] = [];
    for (const c of carriersOf(st, cues)) {
      const found = partyOf(ps, c);
      if (found === null) continue;
      const party = found ?? speakerSide ?? 'both';
      // Calls and pledges of third parties are not the talks' commitments; a side whose own
      // speaker states it is one, even when the party finder ranked it lower.
      if (party !== 'both' && parties.length >= 2 && !parties.includes(party) && party !== speaker?.country) continue;
      carriers.push({ ...c, party });
    }
    if (!carriers.length) {
      const headline = headlineCue(st, wholeLine);
      if (headline) {
        const party = sideOf(ps, subjectBefore(ps, headline.start, 0), false) ?? parties[0] ?? 'both';
        const tail = /\s--\s/.exec(s.text);
        const credited = tail ? actors.refs.find((r) => r.kind === 'person' && r.start > tail.index) : undefined;
        if (credited) st.speaker = { person: credited.person, country: credited.country };
        carriers = [{ ...headline, party }];
      }
    }

    // Remember who spoke: the named speaker, else a person who opens the sentence as its subject.
    const subject = actors.refs.find((r) => r.kind === 'person' && !r.object && r.start < 40 && r.country);
    if (speaker?.country) lastSpeaker = speaker;
    else if (subject) lastSpeaker = { person: subject.person, country: subject.country };

    if (!carriers.length) { previous = { sentence: s }; continue; }
    const best = Math.max(...carriers.map((c) => RANK[c.strength]));
    const deciding = carriers.find((c) => RANK[c.strength] === best)!;
    const first = carriers[0];
    while (agreementIndex < agreements.length && agreements[agreementIndex].end <= s.start) agreementIndex++;
    const instruments: { start: number; end: number; topic?: Topic }[] = [];
    for (let i = agreementIndex; i < agreements.length && agreements[i].start < s.end; i++) {
      const a = agreements[i];
      if (a.start >= s.start && a.end <= s.end) instruments.push({ start: a.start - s.start, end: a.end - s.start, topic: agreementTopic(a.canonical) });
    }
    // The speech tag names who speaks, not a field: "... ," the President of Ukraine said.
    for (const r of actors.refs) if (r.speech) instruments.push({ start: r.start, end: r.end });
    const choice = topicOf({ text: s.text, actionStart: first.end, instruments });
    let topic = choice.topic;
    // "Bui Thanh Son agreed with this.", "This is the path we have to prepare," or a quotation
    // going on: with no field of its own, the sentence is about the field just named.
    const anaphoric = first.kind === 'agreeWith' || continuesQuote || ANAPHORIC_OPENING.test(s.text) ||
      ANAPHORIC_OBJECT.test(s.text.slice(first.end));
    if (!choice.named && anaphoric && previous) {
      const before = previous.topic ?? topicOf({ text: previous.sentence.text, actionStart: 0 });
      if (typeof before === 'string') topic = before;
      else if (before.named) topic = before.topic;
    }
    const commitment: Commitment = {
      start: s.start, end: s.end, text: s.text,
      party: deciding.party, strength: deciding.strength, topic,
      markers: carriers.filter((c) => c.strength === deciding.strength)
        .flatMap((c) => [c, ...(EMBEDDING.has(c.kind) ? [] : c.embedded)])
        .map((c) => ({ start: s.start + c.start, end: s.start + c.end, text: s.text.slice(c.start, c.end) })),
      source: 'context',
    };
    const named = st.speaker?.person;
    if (named) commitment.speaker = named;
    out.push(commitment);
    previous = { sentence: s, commitment, topic };
  }
  return out;
}
