// The term index: recurring capitalised terms found in real readout sentences (and the rows
// where there is none), entity keys that group surfaces, per-file updates and removal.
import * as assert from 'node:assert';
import { TermIndex, agreementKey, capitalisedTermKey, collectOccurrences, findCapitalisedTerms, leaderKey, pledgeKey } from '../../src/core/termIndex';
import type { ReadoutAnalysis } from '../../src/core/types';
import { readout } from './corpusFiles';

function analysis(partial: Partial<ReadoutAnalysis>): ReadoutAnalysis {
  return { date: null, dateInfo: { date: null, source: 'none' }, parties: [], leaders: [], agreements: [], commitments: [], ...partial };
}

/** A leader mention at the first occurrence of `surface` in text. */
function leader(text: string, surface: string, canonical: string, from = 0) {
  const start = text.indexOf(surface, from);
  assert.ok(start >= 0, `not in text: ${surface}`);
  return { start, end: start + surface.length, text: surface, canonical, source: 'gazetteer' as const };
}

describe('termIndex: capitalised terms in readout sentences', () => {
  const rows: { sentence: string; claimed?: string[]; terms: string[] }[] = [
    { sentence: 'During their talks, the two leaders also agreed to properly handle maritime issues in accordance with the consensus reached between the two sides and jointly safeguard peace and stability in the South China Sea.', terms: ['South China Sea'] },
    { sentence: 'The two sides should deepen the Lancang-Mekong Cooperation and promote the building of the New International Land-Sea Trade Corridor.', terms: ['Lancang-Mekong Cooperation', 'New International Land-Sea Trade Corridor'] },
    // Sentence-initial capitals of ordinary words are not names; nothing here.
    { sentence: 'Economic and trade cooperation has been an important pillar and highlight of bilateral relations.', terms: [] },
    { sentence: 'He said that the two sides should work together to deliver more benefits to the two peoples.', terms: [] },
    // Titles go with the leader; dates and weekdays are not terms.
    { sentence: 'HANOI, Oct. 12 (Xinhua) -- Chinese Premier Li Qiang said here Saturday that China stands ready to promote high-quality and high-level cooperation in various fields with Vietnam.', claimed: ['Li Qiang'], terms: ['HANOI', 'Xinhua', 'China', 'Vietnam'] },
    { sentence: 'Li conveyed the cordial greetings of Xi Jinping, general secretary of the Communist Party of China Central Committee and Chinese president, to To Lam.', claimed: ['Li', 'Xi Jinping', 'To Lam'], terms: ['Communist Party of China Central Committee', 'Chinese'] },
    { sentence: '\u{1F4CC} Ph\u1EA1m Minh Ch\u00EDnh welcomed the Association of Southeast Asian Nations (ASEAN) initiative.', terms: ['Ph\u1EA1m Minh Ch\u00EDnh', 'Association of Southeast Asian Nations', 'ASEAN'] },
  ];
  for (const row of rows) {
    it(`${row.sentence.slice(0, 60)}… -> ${row.terms.join(' | ') || 'nothing'}`, () => {
      const claimed = (row.claimed ?? []).map((s) => { const i = row.sentence.indexOf(s); return { start: i, end: i + s.length }; });
      const found = findCapitalisedTerms(row.sentence, claimed);
      assert.deepStrictEqual(found.map((t) => t.text), row.terms);
      for (const t of found) assert.strictEqual(row.sentence.slice(t.start, t.end), t.text);
    });
  }

  it('a single capitalised word opening a sentence counts when it is also capitalised mid-sentence', () => {
    const text = 'China will continue to provide support. It is hoped that Vietnam and China work together.';
    assert.deepStrictEqual(findCapitalisedTerms(text, []).map((t) => t.text), ['China', 'Vietnam', 'China']);
  });

  it('a 1 MB line without spaces yields no terms and does not hang', () => {
    assert.deepStrictEqual(findCapitalisedTerms('A'.repeat(1 << 20), []), []);
  });

  it('keys fold case, accents and a possessive', () => {
    assert.strictEqual(capitalisedTermKey('SOUTH CHINA SEA'), capitalisedTermKey('South China Sea'));
    assert.strictEqual(capitalisedTermKey('Ph\u1EA1m Minh Ch\u00EDnh'), capitalisedTermKey('Pham Minh Chinh'));
    assert.strictEqual(capitalisedTermKey('Vietnam\u2019s'), capitalisedTermKey('Vietnam'));
    assert.strictEqual(agreementKey('Regional Comprehensive Economic Partnership'), agreementKey('regional comprehensive economic partnership'));
  });
});

describe('termIndex: index across readouts', () => {
  const y2021 = readout('000').text;
  const y2024 = readout('001').text;
  // "Li" is Li Keqiang in the 2021 call and Li Qiang in the 2024 visit: different keys.
  const a2021 = analysis({ leaders: [leader(y2021, 'Li Keqiangs', 'Li Keqiang'), leader(y2021, 'Li added', 'Li Keqiang')].map((l) => ({ ...l, end: l.start + (l.text === 'Li added' ? 2 : l.text.length), text: l.text === 'Li added' ? 'Li' : l.text })) });
  const a2024 = analysis({
    leaders: [leader(y2024, 'Premier Li', 'Li Qiang'), leader(y2024, 'Li Qiang', 'Li Qiang')],
    commitments: [{ ...leader(y2024, 'China is willing to continue', 'x'), party: 'China', strength: 'willing', topic: 'trade', markers: [], source: 'context' }],
  });

  function build(): TermIndex {
    const index = new TermIndex();
    index.update('file:///000.txt', y2021, a2021);
    index.update('file:///001.txt', y2024, a2024);
    return index;
  }

  it('groups the surfaces of one leader and keeps two Premiers Li apart', () => {
    const index = build();
    assert.deepStrictEqual(index.occurrences(leaderKey('Li Keqiang')).map((o) => o.surface), ['Li Keqiangs', 'Li']);
    assert.deepStrictEqual(index.occurrences(leaderKey('Li Qiang')).map((o) => o.surface), ['Premier Li', 'Li Qiang']);
    assert.deepStrictEqual(index.count(leaderKey('Li Qiang')), { occurrences: 2, files: 1 });
  });

  it('a recurring place is found in both readouts, the asked-for file first', () => {
    const index = build();
    const hanoi = index.occurrences(capitalisedTermKey('Hanoi'), 'file:///001.txt');
    assert.ok(hanoi.length >= 3, `Hanoi occurrences: ${hanoi.length}`);
    assert.strictEqual(hanoi[0].file, 'file:///001.txt');
    assert.ok(hanoi.some((o) => o.file === 'file:///000.txt'));
  });

  it('at() puts the leader before the pledge sentence around it; nothing between words', () => {
    const index = build();
    const li = a2024.leaders[0];
    assert.strictEqual(index.at('file:///001.txt', li.start)[0].key, leaderKey('Li Qiang'));
    const pledge = a2024.commitments[0];
    assert.deepStrictEqual(index.at('file:///001.txt', pledge.start).map((o) => o.kind), ['term', 'pledge']); // "China" inside the pledge
    assert.strictEqual(index.at('file:///001.txt', pledge.start).at(-1)!.key, pledgeKey('China', 'trade'));
    const space = y2024.indexOf(' willing');
    assert.deepStrictEqual(index.at('file:///001.txt', space).map((o) => o.kind), ['pledge']);
  });

  it('preview gives this file\'s occurrences, the first few elsewhere and the totals', () => {
    const index = build();
    const key = capitalisedTermKey('Hanoi');
    const all = index.occurrences(key);
    const p = index.preview(key, 'file:///001.txt', 1);
    assert.deepStrictEqual(p.here, all.filter((o) => o.file === 'file:///001.txt'));
    assert.strictEqual(p.elsewhere.length, 1);
    assert.strictEqual(p.elsewhere[0].file, 'file:///000.txt');
    assert.deepStrictEqual([p.occurrences, p.files], [all.length, 2]);
    assert.deepStrictEqual(index.preview('term:nowhere', 'file:///001.txt', 5), { here: [], elsewhere: [], occurrences: 0, files: 0 });
  });

  it('update replaces a file and remove forgets it', () => {
    const index = build();
    index.update('file:///001.txt', y2024, analysis({}));
    assert.deepStrictEqual(index.occurrences(leaderKey('Li Qiang')), []);
    assert.ok(index.occurrences(capitalisedTermKey('Hanoi')).some((o) => o.file === 'file:///001.txt'));
    index.remove('file:///001.txt');
    assert.ok(!index.occurrences(capitalisedTermKey('Hanoi')).some((o) => o.file === 'file:///001.txt'));
    assert.ok(!index.has('file:///001.txt'));
    assert.strictEqual(index.count(leaderKey('Li Keqiang')).occurrences, 2);
  });

  it('search finds leaders by any word, accents ignored; no match gives nothing', () => {
    const index = build();
    assert.deepStrictEqual(index.search('qiang', ['leader']).map((s) => s.label), ['Li Qiang']);
    assert.deepStrictEqual(index.search('Merkel', ['leader']), []);
  });

  it('collectOccurrences returns every kind in text order', () => {
    const occ = collectOccurrences('f', y2024, a2024);
    for (let i = 1; i < occ.length; i++) assert.ok(occ[i - 1].start <= occ[i].start);
    assert.deepStrictEqual([...new Set(occ.map((o) => o.kind))].sort(), ['leader', 'pledge', 'term']);
  });
});
