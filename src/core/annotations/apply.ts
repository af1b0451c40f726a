// User labels win: applies the anchored annotations of a readout to the machine's analysis.
// Confirms, adds, re-labels or removes leaders, agreements and commitments; every finding an
// annotation touches gets source 'user'. Later annotations (by `modified`) win over earlier
// ones on the same words. Orphans change nothing (their words are not in the text).
// The input analysis is never mutated: it is the analysis service's cached value.

import type { AgreementMention, Commitment, LeaderMention, ReadoutAnalysis, Span } from '../types';
import { overlaps } from '../text';
import { compareByModified, type AnchoredAnnotation, type ReadoutAnnotation } from './model';

/** What an annotation did to the analysis, for the decorations and the tree view. */
export type AnnotationEffect =
  | 'confirmed'   // the machine had found the same thing
  | 'added'       // the machine had not found it
  | 'changed'     // the machine had found it with other attributes (canonical, party, ...)
  | 'rejected'    // a finding was removed
  | 'unmatched'   // a reject or link with no finding under it
  | 'note'        // a note: no effect on findings
  | 'orphan';     // not placed in this text

export interface AppliedAnnotations {
  analysis: ReadoutAnalysis;
  effects: Map<string, AnnotationEffect>;
}

export function applyAnnotations(text: string, analysis: ReadoutAnalysis, anchored: readonly AnchoredAnnotation[]): ReadoutAnalysis {
  return applyAnnotationsDetailed(text, analysis, anchored).analysis;
}

export function applyAnnotationsDetailed(text: string, analysis: ReadoutAnalysis, anchored: readonly AnchoredAnnotation[]): AppliedAnnotations {
  const effects = new Map<string, AnnotationEffect>();
  let leaders = analysis.leaders;
  let agreements = analysis.agreements;
  let commitments = analysis.commitments;
  const placed = anchored.filter((x) => {
    if (x.status === 'orphan' || x.start < 0 || x.end > text.length || x.end <= x.start) { effects.set(x.annotation.id, 'orphan'); return false; }
    return true;
  }).sort((a, b) => compareByModified(a.annotation, b.annotation));

  for (const { annotation: a, start, end } of placed) {
    const span: Span = { start, end, text: text.slice(start, end) };
    switch (a.kind) {
      case 'leader': {
        const r = applyLeader(leaders, span, a);
        leaders = r.list; effects.set(a.id, r.effect); break;
      }
      case 'agreement': {
        const r = applyAgreement(agreements, span, a);
        agreements = r.list; effects.set(a.id, r.effect); break;
      }
      case 'commitment': {
        const r = applyCommitment(commitments, span, a, analysis.parties);
        commitments = r.list; effects.set(a.id, r.effect); break;
      }
      case 'reject': {
        const before = { leaders: leaders.length, agreements: agreements.length, commitments: commitments.length };
        if (a.category === 'agreement') agreements = agreements.filter((g) => !overlaps(g, span));
        else if (a.category === 'commitment') commitments = commitments.filter((c) => !overlaps(c, span));
        else leaders = leaders.filter((l) => !overlaps(l, span));
        const removed = before.leaders !== leaders.length || before.agreements !== agreements.length || before.commitments !== commitments.length;
        effects.set(a.id, removed ? 'rejected' : 'unmatched');
        break;
      }
      case 'link': {
        if (a.canonical === undefined || a.category === 'commitment') { effects.set(a.id, 'unmatched'); break; }
        const r = a.category === 'agreement' ? applyAgreement(agreements, span, a) : applyLeader(leaders, span, a);
        if (a.category === 'agreement') agreements = r.list as AgreementMention[]; else leaders = r.list as LeaderMention[];
        effects.set(a.id, r.effect);
        break;
      }
      case 'note':
        effects.set(a.id, 'note');
        break;
    }
  }
  return { analysis: { ...analysis, leaders, agreements, commitments }, effects };
}

type Result<T> = { list: T[]; effect: AnnotationEffect };

function withFinding<T extends Span>(list: readonly T[], span: Span, make: (under: T | undefined) => T): { list: T[]; under: T | undefined; exact: boolean } {
  const hit = list.filter((x) => overlaps(x, span));
  const exact = hit.find((x) => x.start === span.start && x.end === span.end);
  const under = exact ?? hit[0];
  const next = list.filter((x) => !overlaps(x, span));
  next.push(make(under));
  next.sort((a, b) => a.start - b.start || a.end - b.end);
  return { list: next, under, exact: exact !== undefined };
}

function applyLeader(list: readonly LeaderMention[], span: Span, a: ReadoutAnnotation): Result<LeaderMention> {
  const r = withFinding(list, span, (under) => {
    const m: LeaderMention = {
      start: span.start, end: span.end, text: span.text,
      canonical: a.canonical ?? under?.canonical ?? span.text.trim(),
      source: 'user',
    };
    const title = under?.title;
    const office = a.office ?? under?.office;
    const country = a.country ?? under?.country;
    if (title !== undefined) m.title = title;
    if (office !== undefined) m.office = office;
    if (country !== undefined) m.country = country;
    return m;
  });
  return { list: r.list, effect: effectOf(r.under, r.exact, (u) => (a.canonical === undefined || a.canonical === u.canonical) && (a.office === undefined || a.office === u.office)) };
}

function applyAgreement(list: readonly AgreementMention[], span: Span, a: ReadoutAnnotation): Result<AgreementMention> {
  const r = withFinding(list, span, (under) => {
    const m: AgreementMention = {
      start: span.start, end: span.end, text: span.text,
      canonical: a.canonical ?? under?.canonical ?? span.text.trim(),
      source: 'user',
    };
    const acronym = a.acronym ?? under?.acronym;
    const kind = a.agreementKind ?? under?.kind;
    if (acronym !== undefined) m.acronym = acronym;
    if (kind !== undefined) m.kind = kind;
    return m;
  });
  return { list: r.list, effect: effectOf(r.under, r.exact, (u) => (a.canonical === undefined || a.canonical === u.canonical) && (a.acronym === undefined || a.acronym === u.acronym)) };
}

function applyCommitment(list: readonly Commitment[], span: Span, a: ReadoutAnnotation, parties: readonly string[]): Result<Commitment> {
  const r = withFinding(list, span, (under) => ({
    start: span.start, end: span.end, text: span.text,
    party: a.party ?? under?.party ?? partyNamedIn(span.text, parties) ?? 'both',
    strength: a.strength ?? under?.strength ?? 'firm',
    topic: a.topic ?? under?.topic ?? 'other',
    ...(under?.speaker !== undefined ? { speaker: under.speaker } : {}),
    // The machine's markers stay only where they are still inside the user's span.
    markers: (under?.markers ?? []).filter((m) => m.start >= span.start && m.end <= span.end),
    source: 'user' as const,
  }));
  return {
    list: r.list,
    effect: effectOf(r.under, r.exact, (u) => (a.party === undefined || a.party === u.party) && (a.strength === undefined || a.strength === u.strength) && (a.topic === undefined || a.topic === u.topic)),
  };
}

function effectOf<T>(under: T | undefined, exact: boolean, same: (u: T) => boolean): AnnotationEffect {
  if (!under) return 'added';
  return exact && same(under) ? 'confirmed' : 'changed';
}

/** The first of the readout's parties named in the sentence, as a default for a new commitment. */
function partyNamedIn(sentence: string, parties: readonly string[]): string | undefined {
  let best: { party: string; at: number } | undefined;
  for (const p of parties) {
    const at = sentence.indexOf(p);
    if (at !== -1 && (!best || at < best.at)) best = { party: p, at };
  }
  return best?.party;
}
