// The sides of the talks (findParties) on every corpus readout, with and without the leaders
// found, and the country gazetteer's matcher on the written forms readouts use (aliases,
// demonyms, seats of government, NFC and NFD, scraped possessives, regions that are not countries).
import * as assert from 'node:assert/strict';
import { analyzeReadout } from '../../src/core/analyze';
import { findParties } from '../../src/core/extract/parties';
import { buildGazetteer } from '../../src/core/gazetteer';
import { COUNTRIES, countryMentions } from '../../src/core/gazetteer/countries';
import { splitSentences } from '../../src/core/text';
import { BUNDLED_CORPUS, corpusNames, readout } from './corpusFiles';

const bundled = new Set(corpusNames(BUNDLED_CORPUS).map((n) => n.slice(0, 3)));
const available = (prefix: string) => bundled.has(prefix.slice(0, 3)) || corpusNames().some((n) => n.startsWith(prefix));

// [file, the two sides (any order)]
const SIDES: [string, string[]][] = [
  ['000', ['China', 'Vietnam']], ['001', ['China', 'Vietnam']], ['002', ['China', 'Vietnam']],
  ['003', ['China', 'Vietnam']], ['004', ['China', 'Vietnam']],
  ['101', ['Japan', 'Australia']], ['102', ['Russia', 'Germany']], ['103', ['Saudi Arabia', 'United States']],
  ['104', ['Brazil', 'Argentina']], ['105', ['Indonesia', 'Australia']], ['106', ['United States', 'South Korea']],
  ['107', ['Germany', 'France']], ['108', ['Canada', 'Mexico']], ['109', ['China', 'Philippines']],
  ['110', ['Egypt', 'Israel']], ['111', ['Ukraine', 'Turkey']], ['112', ['United Kingdom', 'EU']],
  ['113', ['India', 'United Kingdom']], ['114', ['Vietnam', 'Australia']],
  ['synthetic_01', ['Japan', 'Vietnam']], ['synthetic_02', ['Vietnam', 'China']], ['synthetic_03', ['United States', 'Vietnam']],
];

describe('parties: the sides of the talks', () => {
  for (const [file, want] of SIDES) {
    it(`${file}: ${want.join(' and ')}`, function () {
      if (!available(file)) { this.skip(); return; }
      const { parties } = analyzeReadout(readout(file).text);
      assert.deepEqual([...parties].slice(0, 2).sort(), [...want].sort());
    });
  }

  it('finds the sides from countries alone when no leader is known', () => {
    for (const file of ['000', '003', '111', '112']) {
      const { text } = readout(file);
      const parties = findParties({ text, sentences: splitSentences(text), date: null, gazetteer: buildGazetteer(), leaders: [] });
      const want = SIDES.find(([f]) => f === file)![1];
      assert.deepEqual(parties.slice(0, 2).sort(), [...want].sort(), file);
    }
  });

  it('returns nothing for a text that names no country', () => {
    const text = 'The meeting was short, yet warm and friendly.';
    assert.deepEqual(findParties({ text, sentences: splitSentences(text), date: null, gazetteer: buildGazetteer(), leaders: [] }), []);
  });
});

describe('countries: written forms', () => {
  const found = (text: string) => countryMentions(text).map((m) => [text.slice(m.start, m.end), m.country, m.form]);
  const ROWS: [string, (string)[][]][] = [
    ['Trade overcame the difficulties and Vietnam has become Chinas sixthlargest trading partner', [['Vietnam', 'Vietnam', 'name'], ['Chinas', 'China', 'name']]],
    ['Beijing is ready to strengthen cooperation with Hanoi', [['Beijing', 'China', 'seat'], ['Hanoi', 'Vietnam', 'seat']]],
    ['President of Türkiye Recep Tayyip Erdoğan thanked the Turkish leader', [['Türkiye', 'Turkey', 'name'], ['Turkish', 'Turkey', 'demonym']]],
    ['The Vietnamese side and the U.S. delegation', [['Vietnamese', 'Vietnam', 'demonym'], ['U.S.', 'United States', 'name']]],
    ['Việt Nam and Vie\u0323\u0302t Nam', [['Việt Nam', 'Vietnam', 'name'], ['Vie\u0323\u0302t Nam', 'Vietnam', 'name']]],
    ['peace in the South China Sea and Latin America and North American trade', []],
    ['South Korea, North Korea and the Republic of Korea', [['South Korea', 'South Korea', 'name'], ['North Korea', 'North Korea', 'name'], ['Republic of Korea', 'South Korea', 'name']]],
    ['Downing Street said the Kremlin and the European Union', [['Downing Street', 'United Kingdom', 'seat'], ['Kremlin', 'Russia', 'seat'], ['European Union', 'EU', 'name']]],
    ['Xinhua reported from Chinatown', []],
  ];
  for (const [text, want] of ROWS) it(text, () => assert.deepEqual(found(text), want));

  it('lists the UN members and the blocs with unique names', () => {
    assert.ok(COUNTRIES.length >= 195, `${COUNTRIES.length}`);
    assert.equal(new Set(COUNTRIES.map((c) => c.name)).size, COUNTRIES.length);
    for (const name of ['China', 'Vietnam', 'United States', 'United Kingdom', 'Saudi Arabia', 'EU', 'ASEAN']) {
      assert.ok(COUNTRIES.some((c) => c.name === name), name);
    }
  });

  it('is linear on a large text', () => {
    const text = 'China and Vietnam agreed. '.repeat(40000);
    assert.equal(countryMentions(text).length, 80000);
  });
});
