// analyzeReadout(text, options): the one entry point every feature, the CLI, the eval and the
// benchmarks call. Runs the extractors in order (date -> leaders -> agreements -> commitments),
// each on the shared sentence split and gazetteer.

import type { AnalyzeOptions, ReadoutAnalysis } from './types';
import { foldText, splitSentences } from './text';
import { findReadoutDate } from './extract/date';
import { findLeaders } from './extract/leaders';
import { findAgreements } from './extract/agreements';
import { findCommitments } from './extract/commitments';
import { findParties } from './extract/parties';
import { buildGazetteer } from './gazetteer';

export function analyzeReadout(text: string, options: AnalyzeOptions = {}): ReadoutAnalysis {
  const want = { leaders: true, agreements: true, commitments: true, ...options.categories };
  const gazetteer = buildGazetteer(options.userGazetteer);
  const sentences = splitSentences(text);
  const dateInfo = findReadoutDate(text, options);
  const ctx = { text, sentences, date: dateInfo.date, gazetteer, nlp: options.nlp, folded: foldText(text) };
  // Leaders and agreements feed the commitment rules (speakers, parties, topics), so they are
  // computed when commitments are wanted even if they are not shown.
  const leaders = want.leaders || want.commitments ? findLeaders(ctx) : [];
  const agreements = want.agreements || want.commitments ? findAgreements(ctx) : [];
  const parties = findParties({ ...ctx, leaders });
  const commitments = want.commitments ? findCommitments({ ...ctx, leaders, agreements, parties }) : [];
  return {
    date: dateInfo.date,
    dateInfo,
    parties,
    leaders: want.leaders ? leaders : [],
    agreements: want.agreements ? agreements : [],
    commitments,
  };
}
