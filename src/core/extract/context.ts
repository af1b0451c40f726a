// What every extractor receives: the text, its sentences, the talks' date and the gazetteer,
// plus the findings of the extractors that ran before it.

import type { AgreementMention, LeaderMention, Sentence } from '../types';
import type { FoldedText } from '../text';
import type { GazetteerIndex } from '../gazetteer';
import type { Nlp } from '../nlp';

export interface ExtractContext {
  text: string;
  sentences: Sentence[];
  /** Date of the talks (YYYY-MM-DD) or null: drives date-aware leader resolution. */
  date: string | null;
  gazetteer: GazetteerIndex;
  /** compromise, when the caller loaded it (AnalyzeOptions.nlp); extractors must work without it. */
  nlp?: Nlp;
  /** foldText(text), computed once per analysis; extractors fold the text themselves when absent. */
  folded?: FoldedText;
}

export interface PartyContext extends ExtractContext {
  leaders: LeaderMention[];
}

export interface CommitmentContext extends PartyContext {
  agreements: AgreementMention[];
  /** Countries taking part in the talks, most mentioned first. */
  parties: string[];
}
