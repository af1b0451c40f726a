// The vocabulary of the analysis core: what a readout is found to contain.
// All offsets are UTF-16 code units (JavaScript string indices) into the text as given, end exclusive.

export interface Span {
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
}

/** Where a finding came from: the bundled gazetteer, context rules, or the user's own labels. */
export type Source = 'gazetteer' | 'context' | 'user';

export interface LeaderMention extends Span {
  /** Usual full English name of the person: "Li Qiang". */
  canonical: string;
  /** Title written before the name in this mention, if any: "Premier". */
  title?: string;
  /** Office held at the readout's date, if known: "Premier of the State Council". */
  office?: string;
  /** Country (or organisation) of that office: "China". */
  country?: string;
  source: Source;
}

export interface AgreementMention extends Span {
  /** Groups the variants of one instrument: "Regional Comprehensive Economic Partnership". */
  canonical: string;
  /** The acronym linked to this instrument, when one is known or introduced in brackets. */
  acronym?: string;
  /** treaty | agreement | mou | initiative | plan | framework | partnership | policy | statement | other */
  kind?: string;
  source: Source;
}

export type Strength = 'firm' | 'willing' | 'aspirational';
export const STRENGTHS: readonly Strength[] = ['firm', 'willing', 'aspirational'];

export type Topic =
  | 'trade' | 'health' | 'security' | 'maritime' | 'connectivity' | 'energy'
  | 'technology' | 'culture' | 'diplomacy' | 'multilateral' | 'other';
export const TOPICS: readonly Topic[] = [
  'trade', 'health', 'security', 'maritime', 'connectivity', 'energy',
  'technology', 'culture', 'diplomacy', 'multilateral', 'other',
];

/** One sentence in which a party pledges, offers, proposes or agrees a future action. */
export interface Commitment extends Span {
  /** The side that is to act: a country name ("China"), "EU", or "both". */
  party: string;
  strength: Strength;
  topic: Topic;
  /** The person whose reported speech carries the pledge, when named: "Li Qiang". */
  speaker?: string;
  /** The wording that decided the strength ("is willing to", "will"). */
  markers: Span[];
  source: Source;
}

export interface Sentence extends Span {
  /** Index of the line the sentence is on (0-based). */
  line: number;
}

export interface ReadoutDate {
  /** YYYY-MM-DD, or null when none could be found. */
  date: string | null;
  /** How it was found: given by the caller, an explicit date in the text, a weekday relative to a dateline... */
  source: 'option' | 'explicit' | 'relative' | 'metadata' | 'none';
  /** Where in the text the evidence is, when it is in the text. */
  evidence?: Span;
}

export interface ReadoutAnalysis {
  date: string | null;
  dateInfo: ReadoutDate;
  /** The two (or more) countries taking part, most mentioned first. */
  parties: string[];
  leaders: LeaderMention[];
  agreements: AgreementMention[];
  commitments: Commitment[];
}

/** A user gazetteer (workspace file) extends the bundled one: see docs/gazetteer.md. */
export interface OfficeTerm {
  /** Canonical full name: "Li Qiang". */
  person: string;
  /** Other written forms that name the same person: ["Li", "LI Qiang"]. Surnames are derived automatically. */
  aliases?: string[];
  /** "Premier of the State Council" */
  office: string;
  /** Short titles used in text before the name: ["Premier", "Chinese Premier"]. */
  titles?: string[];
  country: string;
  /** YYYY-MM-DD; inclusive. */
  from: string;
  /** YYYY-MM-DD, inclusive; absent while in office. */
  to?: string;
}

export interface AgreementEntry {
  canonical: string;
  /** Other names and spellings that denote the same instrument. */
  variants?: string[];
  acronym?: string;
  kind?: string;
}

export interface Gazetteer {
  offices: OfficeTerm[];
  agreements: AgreementEntry[];
  /** Surfaces the user rejected as leaders (never highlighted as one). */
  notLeaders?: string[];
}

export interface AnalyzeOptions {
  /** Overrides the date found in the text (YYYY-MM-DD). */
  date?: string;
  /** Publication date known to the caller (e.g. from file metadata), used to resolve "on Friday". */
  publicationDate?: string;
  /** Entries added by the user; they win over the bundled gazetteer. */
  userGazetteer?: Partial<Gazetteer>;
  /** Which categories to compute (all by default). */
  categories?: { leaders?: boolean; agreements?: boolean; commitments?: boolean };
  /** compromise, once loaded with `loadNlp()` (src/core/nlp.ts): confirms leftover person names. Optional. */
  nlp?: import('./nlp').Nlp;
}
