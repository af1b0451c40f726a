// Analyses for the pledge tests, independent of how good the extractors are today:
// - goldAnalysis(name): the gold commitments of a corpus readout placed on its sentences (the
//   same sentence rules as the checker), with the gold date; parties from the live extractor.
// - liveAnalysis(name): what analyzeReadout finds, as the extension would show it.
// - commitment(...): a constructed commitment for table-driven rows.
import type { Commitment, ReadoutAnalysis, Strength, Topic } from '../../src/core/types';
import type { GoldFile } from '../../src/core/eval';
import { analyzeReadout } from '../../src/core/analyze';
import { sentenceKey, splitSentences } from '../../src/core/text';
import type { ReadoutInput } from '../../src/core/pledges';
import { readGold, readout } from './corpusFiles';

type GoldAnalysis = { name: string; text: string; gold: GoldFile; analysis: ReadoutAnalysis };
const goldCache = new Map<string, GoldAnalysis>();

export function goldAnalysis(prefix: string): GoldAnalysis {
  const cached = goldCache.get(prefix);
  if (cached) return cached;
  const made = makeGoldAnalysis(prefix);
  goldCache.set(prefix, made);
  return made;
}

function makeGoldAnalysis(prefix: string): GoldAnalysis {
  const { name, text } = readout(prefix);
  const gold = readGold<GoldFile>(name);
  const sentences = splitSentences(text);
  const commitments: Commitment[] = gold.commitments.map((g) => {
    const s = sentences.find((x) => sentenceKey(x.text) === g.sentence_start);
    if (!s) throw new Error(`${name}: gold sentence not found: ${g.sentence_start}`);
    return { start: s.start, end: s.end, text: s.text, party: g.party, strength: g.strength as Strength, topic: g.topic as Topic, markers: [], source: 'context' };
  });
  const live = analyzeReadout(text);
  return {
    name, text, gold,
    analysis: { date: gold.date, dateInfo: { date: gold.date, source: 'option' }, parties: live.parties, leaders: live.leaders, agreements: [], commitments },
  };
}

export function goldInput(prefix: string): ReadoutInput {
  const g = goldAnalysis(prefix);
  return { id: `corpus:${g.name}`, label: `${g.name}.txt`, analysis: g.analysis };
}

export function liveInput(prefix: string): ReadoutInput & { text: string } {
  const { name, text } = readout(prefix);
  return { id: `corpus:${name}`, label: `${name}.txt`, analysis: analyzeReadout(text), text };
}

let offset = 0;
/** A commitment at a fresh offset; the sentence text defaults to a description of the pledge. */
export function commitment(party: string, topic: Topic, strength: Strength, text = `${party} pledges on ${topic} (${strength}).`): Commitment {
  const start = (offset += 1000);
  return { start, end: start + text.length, text, party, topic, strength, markers: [], source: 'context' };
}

export function constructed(id: string, date: string | null, parties: string[], commitments: Commitment[]): ReadoutInput {
  return { id, label: id, analysis: { date, dateInfo: { date, source: date ? 'option' : 'none' }, parties, leaders: [], agreements: [], commitments } };
}
