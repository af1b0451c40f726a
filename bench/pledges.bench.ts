// Pledges at workspace scale: 2,000 readouts with 20,000 pledges (10 each, parties, topics and
// strengths spread over 12 country pairs and 14 years). Medians of what the panel does on an
// update: build the table, the matrix, a comparison, a filter, and the page's render model per
// tab after a one-readout delta. Reports times; never fails on them.

import { collectPledges, compareDates, comparePledges, filterPledges, pledgeMatrix, pledgeTimeline, reciprocity, type ReadoutInput } from '../src/core/pledges';
import { STRENGTHS, TOPICS, type Commitment, type ReadoutAnalysis } from '../src/core/types';
import { buildPanelModel, INITIAL_STATE, PanelTable, type PanelState } from '../src/webview/model';
import { median, time, type BenchResult } from './run';

const PAIRS: [string, string][] = [
  ['China', 'Vietnam'], ['Japan', 'Australia'], ['United States', 'South Korea'], ['Germany', 'France'], ['India', 'United Kingdom'],
  ['Brazil', 'Argentina'], ['Egypt', 'Israel'], ['Ukraine', 'Turkey'], ['Canada', 'Mexico'], ['Indonesia', 'Australia'], ['Russia', 'Germany'], ['EU', 'United Kingdom'],
];
const SENTENCES = [
  'China will continue to provide support and assistance to Vietnam in its fight against COVID-19.',
  'The two sides agreed to properly handle maritime issues and maintain peace and stability.',
  'Vietnam stands ready to continue to strengthen strategic communication and political trust.',
  'It is hoped that the two sides will continue to enhance political mutual trust.',
  'The leaders agreed to deepen cooperation in trade, investment and supply chains.',
];

/** A deterministic workspace: readout i has 10 pledges drawn from its pair, topics and strengths. */
export function makeWorkspace(readouts = 2000, perReadout = 10): ReadoutInput[] {
  const out: ReadoutInput[] = [];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  for (let i = 0; i < readouts; i++) {
    const pair = PAIRS[i % PAIRS.length];
    const year = 2012 + (i % 14);
    const date = `${year}-${String(1 + (next() % 12)).padStart(2, '0')}-${String(1 + (next() % 28)).padStart(2, '0')}`;
    const commitments: Commitment[] = [];
    let offset = 0;
    for (let k = 0; k < perReadout; k++) {
      const text = SENTENCES[next() % SENTENCES.length];
      const party = [pair[0], pair[1], 'both'][next() % 3];
      commitments.push({ start: offset, end: offset + text.length, text, party, topic: TOPICS[next() % TOPICS.length], strength: STRENGTHS[next() % 3], markers: [], source: 'context' });
      offset += text.length + 1;
    }
    const analysis: ReadoutAnalysis = { date, dateInfo: { date, source: 'explicit' }, parties: [...pair], leaders: [], agreements: [], commitments };
    out.push({ id: `file:///workspace/readouts/${year}/${i}.txt`, label: `readouts/${year}/${i}.txt`, analysis });
  }
  return out;
}

export function runPledgesBench(quick = false): BenchResult[] {
  const inputs = makeWorkspace();
  const runs = quick ? 3 : 15;
  const table = collectPledges(inputs);
  const results: BenchResult[] = [];
  const add = (name: string, fn: () => void, note?: string) => results.push({ name, median: median(time(fn, runs, quick ? 1 : 3)), unit: 'ms', note });

  add(`collect table (${inputs.length} readouts, ${table.pledges.length} pledges)`, () => collectPledges(inputs));
  add('matrix parties × topics + reciprocity', () => { pledgeMatrix(table.pledges); reciprocity(table.pledges); });
  add('compare two readouts (select + pair)', () => comparePledges(table.pledges.filter((p) => p.readoutId === inputs[0].id), table.pledges.filter((p) => p.readoutId === inputs[12].id)));
  add('compare two years (2021 vs 2022)', () => compareDates(table.pledges, '2021', '2022'));
  add('filter: free text "maritime" + party', () => filterPledges(table.pledges, table.readouts, { text: 'maritime', parties: ['China'] }));
  add('timeline per topic', () => pledgeTimeline(table.pledges));

  // The page: a delta replaces one readout, then the model of the visible tab is rebuilt.
  const page = new PanelTable();
  page.apply({ type: 'snapshot', revision: 1, readouts: table.readouts, pledges: table.pledges });
  let revision = 1;
  const edited = collectPledges([inputs[5]]);
  for (const tab of ['list', 'matrix', 'compare', 'timeline'] as const) {
    const state: PanelState = { ...INITIAL_STATE, tab, sort: { key: 'strength', descending: false } };
    add(`panel update: delta of one readout + ${tab} model`, () => {
      page.apply({ type: 'delta', revision: ++revision, readouts: edited.readouts, pledges: edited.pledges, removed: [] });
      buildPanelModel(page.table(), state);
    }, tab === 'list' ? 'the list then renders only the ~20 visible rows' : undefined);
  }
  return results;
}
