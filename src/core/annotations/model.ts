// The user's own labels on a readout: what an annotation says (its kind and attributes) and
// where it sits (a quote with context plus a position). Pure data; anchoring lives in anchor.ts,
// the W3C file format in w3c.ts, the effect on an analysis in apply.ts.

import type { Strength, Topic } from '../types';

/**
 * leader / agreement / commitment: "this span is one" (confirms or adds a finding);
 * reject: "this highlight is wrong here"; link: "this mention is that canonical entity";
 * note: free text, no effect on the analysis.
 */
export type AnnotationKind = 'leader' | 'agreement' | 'commitment' | 'reject' | 'link' | 'note';
export const ANNOTATION_KINDS: readonly AnnotationKind[] = ['leader', 'agreement', 'commitment', 'reject', 'link', 'note'];

/** The finding categories a reject or a link applies to. */
export type FindingCategory = 'leader' | 'agreement' | 'commitment';
export const FINDING_CATEGORIES: readonly FindingCategory[] = ['leader', 'agreement', 'commitment'];

/**
 * Where an annotation sits, as last known. `start`/`end` are UTF-16 offsets into the readout
 * (the code-point positions of W3C TextPositionSelector are converted at the file edge).
 * `exact`/`prefix`/`suffix` are the W3C TextQuoteSelector: the quote and its context, used to
 * find the words again when the text changed while the annotation was not watching.
 */
export interface TextAnchor {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/** Commitment attributes the user may set; absent ones fall back to the machine's finding. */
export interface CommitmentAttributes {
  party?: string;
  strength?: Strength;
  topic?: Topic;
}

export interface ReadoutAnnotation extends CommitmentAttributes {
  /** Stable identity across windows and files: "urn:uuid:...". Merges go by this id. */
  id: string;
  kind: AnnotationKind;
  anchor: TextAnchor;
  /** reject and link: which category of finding they apply to. */
  category?: FindingCategory;
  /** leader / agreement / link: the canonical entity ("Li Qiang", "Regional Comprehensive Economic Partnership"). */
  canonical?: string;
  /** leader: office and country, when the user gives them. */
  office?: string;
  country?: string;
  /** agreement: its acronym and kind (treaty, mou, ...). */
  acronym?: string;
  agreementKind?: string;
  /** A free note; any kind may carry one. */
  note?: string;
  /** ISO 8601 times; `modified` decides which side wins when two windows changed the same id. */
  created: string;
  modified: string;
  creator?: string;
  /**
   * Properties of the W3C annotation this program does not interpret (other tools' data),
   * kept so that reading and writing a sidecar never drops them. Null-prototype object.
   */
  extras?: Record<string, unknown>;
  /** Bodies of other tools (not TextualBodies with our purposes), kept verbatim. */
  otherBodies?: unknown[];
}

/** One readout's sidecar: the annotations on it, and the readout's path relative to the workspace folder. */
export interface AnnotationSet {
  /** POSIX path of the readout relative to its workspace folder: the W3C target `source`. */
  source: string;
  annotations: ReadoutAnnotation[];
}

/** Whether an annotation could be placed in the current text. */
export type AnchorStatus = 'anchored' | 'fuzzy' | 'orphan';

/** An annotation together with where it sits in one version of the text. */
export interface AnchoredAnnotation {
  annotation: ReadoutAnnotation;
  status: AnchorStatus;
  /** Current UTF-16 span; for an orphan, the last known one (not valid in the current text). */
  start: number;
  end: number;
}

/** True when the annotation changes the analysis (notes do not). */
export function affectsAnalysis(a: ReadoutAnnotation): boolean {
  return a.kind !== 'note';
}

/** Newer `modified` first decides; on a tie the id keeps the order total and stable. */
export function compareByModified(a: ReadoutAnnotation, b: ReadoutAnnotation): number {
  if (a.modified !== b.modified) return a.modified < b.modified ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Sidecar order: by creation, so a new annotation appends at the end and diffs stay small. */
export function compareByCreated(a: ReadoutAnnotation, b: ReadoutAnnotation): number {
  if (a.created !== b.created) return a.created < b.created ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A label in words, for the tree view, hovers and CSV: "leader: Li Qiang", "not a leader". */
export function describeAnnotation(a: ReadoutAnnotation): string {
  switch (a.kind) {
    case 'leader': return a.canonical ? `leader: ${a.canonical}` : 'leader';
    case 'agreement': return a.canonical ? `agreement: ${a.canonical}` : 'agreement';
    case 'commitment': {
      const attrs = [a.party, a.strength, a.topic].filter(Boolean).join(', ');
      return attrs ? `commitment (${attrs})` : 'commitment';
    }
    case 'reject': return `not a ${a.category ?? 'finding'}`;
    case 'link': return `${a.category ?? 'mention'} → ${a.canonical ?? '?'}`;
    case 'note': return 'note';
  }
}
