// Agreement extraction (GUIDELINES.md section 4) on real readout sentences: what counts, what
// does not, spans, canonical names (pair prefixes in one fixed order), bracketed acronyms, the
// registry and user entries, offsets on folded text, and the whole corpus against its gold.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findAgreements } from '../../src/core/extract/agreements';
import { buildGazetteer } from '../../src/core/gazetteer';
import { placeGoldMentions, type GoldEntity } from '../../src/core/eval';
import { splitSentences } from '../../src/core/text';
import type { AgreementEntry, AgreementMention } from '../../src/core/types';
import { corpusNames, hasSharedCorpus, readGold, readReadoutText, readout, SHARED_CORPUS } from './corpusFiles';

function agreementsIn(text: string, user?: AgreementEntry[]): AgreementMention[] {
  const gazetteer = buildGazetteer(user ? { agreements: user } : undefined);
  return findAgreements({ text, sentences: splitSentences(text), date: null, gazetteer });
}
const surfaces = (found: AgreementMention[]) => found.map((a) => [a.text, a.canonical]);

describe('findAgreements', () => {
  // [what the row shows, sentence from a corpus readout, expected [surface, canonical] in text order]
  const rows: [string, string, [string, string][]][] = [
    ['registry names; a descriptive word after the name is left out (000)',
      'Speaking on overall economic collaboration, Li said China is willing to work with Vietnam to strengthen the synergy between the Belt and Road Initiative and Hanois Two Corridors and One Economic Circle vision.',
      [['Belt and Road Initiative', 'Belt and Road Initiative'], ['Two Corridors and One Economic Circle', 'Two Corridors and One Economic Circle']]],
    ['"free trade pact" after the name is description (000)',
      'To better benefit the people of the region, China is willing to make joint efforts with relevant countries, including Vietnam, to promote the early enactment of the Regional Comprehensive Economic Partnership free trade pact, Li said.',
      [['Regional Comprehensive Economic Partnership', 'Regional Comprehensive Economic Partnership']]],
    ['the generic word "agreement" right after the name belongs to it (004)',
      'The two sides should strengthen coordination and cooperation on international and regional issues, firmly uphold the international system with the United Nations at its core, oppose protectionism and unilateralism, and support a fast entry into force of the Regional Comprehensive Economic Partnership agreement, Xi noted.',
      [['Regional Comprehensive Economic Partnership agreement', 'Regional Comprehensive Economic Partnership']]],
    ['a garbled name is grouped with the real one through the registry (004)',
      'China, Xi added, is willing to work with Vietnam to accelerate the synergy of the Belt and Road Initiative with the "Two Corridors, One Economic Belt," promote the construction of cross-border economic cooperation zones between the two countries, and explore exchanges and cooperation in such fields as healthcare, digital economy and humanities.',
      [['Belt and Road Initiative', 'Belt and Road Initiative'], ['Two Corridors, One Economic Belt', 'Two Corridors and One Economic Circle']]],
    ['pair prefix kept in the span and put in canonical order; theme year; named principle (001)',
      'He said Vietnam firmly abides by the one-China principle and firmly opposes all forms of "Taiwan independence" separatist activities, adding that Vietnam is willing to take the 75th anniversary of the establishment of diplomatic relations between the two countries next year as an opportunity to maintain regular high-level exchanges, strengthen exchanges between parties, legislatures and civil societies, deepen practical cooperation on trade, investment, finance, agriculture and local governments, and hold the Vietnam-China Year of People-to-People Exchanges to consolidate the popular support of the two countries.',
      [['one-China principle', 'one-China principle'], ['Vietnam-China Year of People-to-People Exchanges', 'China-Vietnam Year of People-to-People Exchanges']]],
    ['designation and formula with a reversed pair; "the six major goals" is not a name (001)',
      'The Vietnamese side will firmly follow the path jointly set by the top leaders of the two parties and the two countries, adhering to the six major goals, to deepen the Vietnam-China comprehensive strategic cooperative partnership, and promote the building of a Vietnam-China community with a shared future that carries strategic significance.',
      [['Vietnam-China comprehensive strategic cooperative partnership', 'China-Vietnam comprehensive strategic cooperative partnership'],
        ['Vietnam-China community with a shared future', 'China-Vietnam community with a shared future']]],
    ['"partnership of cooperation" is the cooperative partnership (002)',
      'In the new year, China is willing to strengthen strategic communication with Vietnam, deepen exchanges in various fields, continue to carry out cooperation in pandemic prevention and control, and properly manage differences, so as to continuously push forward the China-Vietnam comprehensive strategic partnership of cooperation.',
      [['China-Vietnam comprehensive strategic partnership of cooperation', 'China-Vietnam comprehensive strategic cooperative partnership']]],
    ['the longer plan wins over the partnership it names (003)',
      'China is willing to work with Vietnam and other ASEAN countries to upgrade the China-ASEAN Comprehensive Strategic Partnership Action Plan in a timely manner to achieve higher-quality and higher-level development of bilateral relations.',
      [['China-ASEAN Comprehensive Strategic Partnership Action Plan', 'China-ASEAN Comprehensive Strategic Partnership Action Plan']]],
    ['"UN" kept in the span, canonical from the registry (003)',
      'China is willing to work with ASEAN countries including Vietnam to formulate cooperation plans based on the development needs of each country and form an international synergy to help accelerate the UN 2030 Agenda for Sustainable Development.',
      [['UN 2030 Agenda for Sustainable Development', '2030 Agenda for Sustainable Development']]],
    ['national goals take the country they belong to (003)',
      'Vietnam has successfully completed the transition of party and government leadership, anchoring its two centenary goals of the founding of the Party and the country.',
      [['two centenary goals', "Vietnam's two centenary goals"]]],
    ['ordinal national plan (004)',
      "This year marks the 100th anniversary of the founding of the Communist Party of China and the beginning of China's 14th Five-Year Plan, Xi said, noting that it is also the first year for Vietnam to implement the spirit of the 13th National Congress of the CPV.",
      [['14th Five-Year Plan', "China's 14th Five-Year Plan"]]],
    ['"bilateral pragmatic cooperation agreements" are generic (004)',
      'He noted that Vietnam is willing to work with China to deepen political mutual trust, strengthen inter-party exchanges, accelerate the implementation of bilateral pragmatic cooperation agreements, steer the China-Vietnam comprehensive strategic cooperative partnership along the path of sustained, healthy and stable development, and make contributions to promoting regional and global peace, stability, cooperation and development.',
      [['China-Vietnam comprehensive strategic cooperative partnership', 'China-Vietnam comprehensive strategic cooperative partnership']]],
    ['a lower-case designation gets the pair named in the sentence (101)',
      'Prime Minister Noda then went on to express how pleased he was with the constructive discussions of the Fourth Japan-Australia Joint Foreign and Defense Ministerial Consultation (the Japan-Australia 2+2 meeting) that strengthened the strategic partnership between Japan and Australia.',
      [['strategic partnership', 'Japan-Australia strategic partnership']]],
    ['"the UN resolution on lasting peace" is unnamed, the Peace Formula is (111)',
      "Separately, he thanked Erdoğan for Turkey's support for the UN resolution on lasting peace in Ukraine, as well as the Peace Formula.",
      [['Peace Formula', 'Peace Formula']]],
    ['registry initiative (111)', 'During the conversation, the parties expressed interest in continuing the Black Sea Grain Initiative.',
      [['Black Sea Grain Initiative', 'Black Sea Grain Initiative']]],
    ['capitalised designation with a purpose tail gets the pair prefix (synthetic 01)',
      'Prime Minister Kishida welcomed the elevation of the bilateral relationship to a Comprehensive Strategic Partnership for Peace and Prosperity in Asia and the World. Japan and Viet Nam agreed.',
      [['Comprehensive Strategic Partnership for Peace and Prosperity in Asia and the World', 'Japan-Vietnam Comprehensive Strategic Partnership for Peace and Prosperity in Asia and the World']]],
    ['a dotted country in the pair prefix (synthetic 03)',
      'President Joseph R. Biden, Jr. spoke today with General Secretary Nguyen Phu Trong of the Communist Party of Vietnam to mark the tenth anniversary of the U.S.-Vietnam Comprehensive Partnership.',
      [['U.S.-Vietnam Comprehensive Partnership', 'U.S.-Vietnam Comprehensive Partnership']]],
    ['"the important consensus" and "the three major global initiatives" are not names (001)',
      'China stands ready to carry out cooperation under the three major global initiatives, jointly promote the building of an equal and orderly multipolar world and a universally beneficial and inclusive economic globalization, and maintain and promote prosperity and tranquility in Asia, Li added.',
      []],
    ['"this important initiative" is not a name (003)',
      'Bui Thanh Son said that ASEAN recognizes this important initiative and is willing to discuss specific implementation measures with China to jointly promote global sustainable development.',
      []],
    ['congresses are not agreements; "development goals" is generic (004)',
      'Xi congratulated Trong again on his election as the general secretary of the CPV Central Committee, noting that the successful convention of the 13th National Congress of the CPV, which has set development goals for the new stage, bears great significance.',
      []],
    ['"the development visions to 2030 and 2045" is generic (004)',
      "Trong thanked Xi for the good wishes on his re-election as the general secretary of the CPV Central Committee, noting that the 13th National Congress of the CPV has set the direction and tasks for the country's economic and social development in the next five years and the development visions to 2030 and 2045.",
      []],
    ['a customs union and an unnamed association agreement are not instruments (102)',
      'During the telephone conversation, the President of Russia briefed the Federal Chancellor of Germany on the main outcomes of the meeting between Customs Union heads of state and the President of Ukraine and European Union representatives on August 26 in Minsk, where the politicians exchanged views on issues pertaining to Ukraine’s signing of the association agreement with the EU.',
      []],
    ['"the achieved agreement" is generic (102)',
      'Angela Merkel expressed support for the achieved agreement to hold intensive talks on this matter between experts from Russia, Ukraine and the European Commission.',
      []],
    ['a contact group is a body (102)',
      'The two heads of state stressed the importance of continuing international efforts to facilitate de-escalation in Ukraine’s internal conflict, including through the Contact Group, which is supposed to renew its work soon.',
      []],
    ['an unnamed security cooperation agreement (112)',
      'The Prime Minister welcomed the recent announcement that the EU will provide €50 billion support to Ukraine, and outlined the work the UK is doing through our security cooperation agreement.',
      []],
    ['operations are not agreements (112)', 'They welcomed efforts such as Prosperity Guardian and Operation Aspides to restore stability and keep people safe.', []],
    ['a working arrangement is not named (112)',
      'The leaders welcomed the successful conclusion of negotiations on a new working arrangement between UK agencies and Frontex, which should be formalised in the coming days, as part of wider cooperation between the UK and EU on tackling illegal migration.',
      []],
  ];
  for (const [what, sentence, expected] of rows) {
    it(what, () => assert.deepEqual(surfaces(agreementsIn(sentence)), expected));
  }

  // Phrasings of other publishers that the corpus lacks (constructed sentences in their style).
  const unseen: [string, string, [string, string][]][] = [
    ['a spaced dash joins a pair (VNA style)', 'Prime Minister Pham Minh Chinh said the Viet Nam – Japan Extensive Strategic Partnership has developed strongly.',
      [['Viet Nam – Japan Extensive Strategic Partnership', 'Japan-Vietnam Extensive Strategic Partnership']]],
    ['"Sino-" stands for China in a pair', 'Xi noted that the Sino-Russian comprehensive strategic partnership of coordination has maintained a high level.',
      [['Sino-Russian comprehensive strategic partnership of coordination', 'China-Russia comprehensive strategic partnership of coordination']]],
    ['an acronym head is spelt out in the canonical', 'The two sides agreed to conclude the UK-India FTA at an early date.',
      [['UK-India FTA', 'India-UK Free Trade Agreement']]],
    ['an apostrophe inside a place name', "Both sides welcomed the China-Central Asia Summit and the Xi'an Declaration.", [["Xi'an Declaration", "Xi'an Declaration"]]],
    ['a year after a plan head, a treaty named by its tail', 'They reviewed the Treaty of Good-Neighbourliness and Friendly Cooperation and the Roadmap 2030.',
      [['Treaty of Good-Neighbourliness and Friendly Cooperation', 'Treaty of Good-Neighbourliness and Friendly Cooperation'], ['Roadmap 2030', 'Roadmap 2030']]],
    ['a forum named after an initiative is a forum', 'Xi will attend the third Belt and Road Forum for International Cooperation in Beijing.', []],
    ['an unnamed MoU, a festival and an office are not instruments', 'The two sides signed a Memorandum of Understanding on education before the Chinese New Year and the Year of the Dragon, at the Ministry of Economic Policy.', []],
    ['the formula\'s other translations share its canonical', 'Xi and Thongloun agreed to build a China-Laos community of common destiny.',
      [['China-Laos community of common destiny', 'China-Laos community with a shared future']]],
    ['a sea named after a country does not make it a party', 'Marcos and Albanese discussed the South China Sea and the East China Sea. The Philippines and Australia upgraded ties to a comprehensive strategic partnership.',
      [['comprehensive strategic partnership', 'Philippines-Australia comprehensive strategic partnership']]],
    ['a headline\'s capitalised verbs are trimmed to the name the body uses', 'Japan, Philippines Sign Reciprocal Access Agreement\nJapan and the Philippines on Monday signed the Reciprocal Access Agreement.',
      [['Reciprocal Access Agreement', 'Japan-Philippines Reciprocal Access Agreement'], ['Reciprocal Access Agreement', 'Japan-Philippines Reciprocal Access Agreement']]],
    ['a headline names nothing the body does not', 'Leaders Hail Trade Deal And Vow Closer Ties\nThe two leaders hailed the new trade deal.', []],
    ['mechanisms, dialogues and groupings are not instruments', 'They agreed to make good use of the Lancang-Mekong Cooperation, the Strategic Dialogue, the Quad and the Joint Working Group on Maritime Cooperation.', []],
  ];
  for (const [what, sentence, expected] of unseen) {
    it(what, () => assert.deepEqual(surfaces(agreementsIn(sentence)), expected));
  }

  it('finds nothing in a readout without instruments (106)', () => {
    assert.deepEqual(surfaces(agreementsIn(readout('106').text)), []);
  });

  it('gives an unprefixed designation the pair of the readout, larger population first (000)', () => {
    const found = agreementsIn(readout('000').text).filter((a) => a.text === 'comprehensive strategic cooperative partnership');
    assert.equal(found.length, 2);
    for (const a of found) assert.equal(a.canonical, 'China-Vietnam comprehensive strategic cooperative partnership');
  });

  describe('acronyms in brackets', () => {
    // [readout, long form with its bracket, acronym, lone occurrences expected]
    const cases: [string, string, string, number][] = [
      ['002', 'Regional Comprehensive Economic Partnership (RCEP)', 'RCEP', 2],
      ['synthetic_01', 'Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP)', 'CPTPP', 1],
      ['101', 'Japan-Australia Economic Partnership Agreement (EPA)', 'EPA', 0],
    ];
    for (const [prefix, longForm, acronym, alone] of cases) {
      it(`links ${acronym} to its long form and finds it alone (${prefix})`, () => {
        const found = agreementsIn(readout(prefix).text);
        const long = found.find((a) => a.text === longForm);
        assert.ok(long, `${longForm} not found`);
        assert.equal(long.acronym, acronym);
        const lone = found.filter((a) => a.text === acronym);
        assert.equal(lone.length, alone);
        for (const a of lone) assert.equal(a.canonical, long.canonical);
      });
    }

    it('links an acronym no registry knows and finds it again later', () => {
      const text = 'The leaders welcomed the India-Australia Comprehensive Economic Cooperation Agreement (CECA). They hoped CECA talks conclude soon.';
      const found = agreementsIn(text);
      assert.deepEqual(found.map((a) => [a.text, a.acronym, a.canonical]), [
        ['India-Australia Comprehensive Economic Cooperation Agreement (CECA)', 'CECA', 'India-Australia Comprehensive Economic Cooperation Agreement'],
        ['CECA', 'CECA', 'India-Australia Comprehensive Economic Cooperation Agreement'],
      ]);
    });
  });

  describe('registry and user entries', () => {
    it('user entries win over bundled ones and add unseen instruments', () => {
      const user: AgreementEntry[] = [
        { canonical: 'Ukrainian Peace Formula', variants: ['Peace Formula'], kind: 'plan' },
        { canonical: 'Hanoi Action Programme', variants: ['Hanoi Programme'], acronym: 'HAP' },
      ];
      const found = agreementsIn('He welcomed the Peace Formula and the Hanoi Programme, and HAP funding.', user);
      assert.deepEqual(found.map((a) => [a.text, a.canonical, a.source]), [
        ['Peace Formula', 'Ukrainian Peace Formula', 'user'],
        ['Hanoi Programme', 'Hanoi Action Programme', 'user'],
        ['HAP', 'Hanoi Action Programme', 'user'],
      ]);
    });

    it('an acronym matches only in capitals ("a new start" is not New START)', () => {
      assert.deepEqual(surfaces(agreementsIn('The leaders wanted a new start and discussed the New START Treaty.')), [['New START Treaty', 'New START']]);
    });

    it('ships a registry that satisfies its JSON Schema', () => {
      const dir = path.resolve(__dirname, '../../../src/core/gazetteer/data');
      const schema = JSON.parse(fs.readFileSync(path.join(dir, 'agreements.schema.json'), 'utf8'));
      const entries = JSON.parse(fs.readFileSync(path.join(dir, 'agreements.json'), 'utf8')) as AgreementEntry[];
      const def = schema.definitions.AgreementEntry;
      const kinds = new Set<string>(def.properties.kind.enum);
      const acronym = new RegExp(def.properties.acronym.pattern);
      const owner = new Map<string, string>();
      assert.ok(entries.length >= 80, `only ${entries.length} entries`);
      for (const e of entries) {
        assert.ok(typeof e.canonical === 'string' && e.canonical.trim().length >= 2, JSON.stringify(e));
        assert.deepEqual(Object.keys(e).filter((k) => !(k in def.properties)), [], e.canonical);
        if (e.kind !== undefined) assert.ok(kinds.has(e.kind), `${e.canonical}: kind ${e.kind}`);
        if (e.acronym !== undefined) assert.match(e.acronym, acronym);
        for (const name of [e.canonical, ...(e.variants ?? []), ...(e.acronym ? [e.acronym] : [])]) {
          const key = name.toLowerCase();
          assert.ok(!owner.has(key) || owner.get(key) === e.canonical, `${name} belongs to ${owner.get(key)} and ${e.canonical}`);
          owner.set(key, e.canonical);
        }
      }
    });
  });

  describe('offsets', () => {
    it('reports original UTF-16 offsets through NFD accents, emoji and curly quotes', () => {
      const text = '🇻🇳 Pha\u0323m Minh Chi\u0301nh praised the Vie\u0323\u0302t Nam\u2013Australia Comprehensive Strategic Partnership and Australia\u2019s Southeast Asia Economic Strategy.';
      const found = agreementsIn(text);
      for (const a of found) assert.equal(text.slice(a.start, a.end), a.text);
      assert.deepEqual(surfaces(found), [
        ['Vie\u0323\u0302t Nam\u2013Australia Comprehensive Strategic Partnership', 'Vietnam-Australia Comprehensive Strategic Partnership'],
        ['Southeast Asia Economic Strategy', 'Southeast Asia Economic Strategy to 2040'],
      ]);
    });

    it('returns on a very long line without spaces', () => {
      const line = 'Agreement'.repeat(20_000) + '-' + 'x'.repeat(100_000);
      assert.deepEqual(agreementsIn(line), []);
    });
  });

  describe('the corpus', function () {
    // Every gold mention of every corpus readout is found with its canonical name, and every
    // mention found is a gold one (GUIDELINES.md section 2 placement).
    for (const name of corpusNames()) {
      it(`matches the gold agreements of ${name}`, () => {
        const text = readReadoutText(name);
        const gold = readGold<{ agreements: GoldEntity[] }>(name).agreements;
        const found = agreementsIn(text);
        const placed = placeGoldMentions(text, gold);
        const missed = placed.filter((g) => !found.some((f) => f.start < g.end && g.start < f.end && f.canonical.toLowerCase() === g.canonical.toLowerCase()));
        const extra = found.filter((f) => !placed.some((g) => f.start < g.end && g.start < f.end));
        assert.deepEqual(missed.map((g) => `${g.surface} -> ${g.canonical}`), [], 'missed or wrong canonical');
        assert.deepEqual(extra.map((f) => f.text), [], 'false alarms');
      });
    }

    // Exclusions of GUIDELINES.md section 4 in readouts that may not be bundled (read from ../shared/corpus).
    const traps: [string, string][] = [
      ['103', 'National Dialogue'],
      ['104', 'this agreement between Mercosur and the European Union'],
      ['104', 'The deal with the European Union'],
      ['105', "IORA Leaders' Summit"],
      ['105', 'Digital Conference'],
      ['108', 'North American Leaders’ Summit'],
      ['108', 'Stand Up for Ukraine'],
      ['107', 'Franco-German Council of Ministers'],
      ['114', 'bilateral trade and investment cooperation agreement'],
    ];
    for (const [prefix, trap] of traps) {
      it(`does not take "${trap}" for an agreement (${prefix})`, function () {
        if (!hasSharedCorpus) this.skip();
        const name = corpusNames(SHARED_CORPUS).find((n) => n.startsWith(prefix));
        if (!name) this.skip();
        const text = readReadoutText(name as string, SHARED_CORPUS);
        const at = text.indexOf(trap);
        assert.ok(at >= 0, `${trap} not in ${name}`);
        const hits = agreementsIn(text).filter((a) => a.start < at + trap.length && at < a.end);
        assert.deepEqual(hits.map((a) => a.text), []);
      });
    }
  });
});
