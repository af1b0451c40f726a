// Commitment extraction on real readout sentences (GUIDELINES section 5): which sentences are
// pledges, with party, strength and topic, and the sentences that are NOT pledges (beliefs,
// predictions, the past, the purpose of the call, courtesies, invitations, "importance of" + a
// noun, views agreed, calls to third parties). Each row is read in its whole readout, since the
// speaker and the sides come from the text around it. Rows from texts that may not be
// redistributed are read from ../shared/corpus and skipped when it is absent.
import * as assert from 'node:assert/strict';
import { analyzeReadout } from '../../src/core/analyze';
import { findCommitments } from '../../src/core/extract/commitments';
import { buildGazetteer } from '../../src/core/gazetteer';
import { splitSentences } from '../../src/core/text';
import type { Commitment } from '../../src/core/types';
import { BUNDLED_CORPUS, corpusNames, readout } from './corpusFiles';

const bundled = new Set(corpusNames(BUNDLED_CORPUS).map((n) => n.slice(0, 3)));
const available = (prefix: string) => bundled.has(prefix.slice(0, 3)) || corpusNames().some((n) => n.startsWith(prefix));

const cache = new Map<string, { text: string; commitments: Commitment[] }>();
function analysed(prefix: string) {
  let hit = cache.get(prefix);
  if (!hit) {
    const { text } = readout(prefix);
    hit = { text, commitments: analyzeReadout(text).commitments };
    cache.set(prefix, hit);
  }
  return hit;
}

/** The commitment found for the sentence that starts with `start`, or null when none was. */
function commitmentAt(prefix: string, start: string): Commitment | null {
  const { text, commitments } = analysed(prefix);
  const sentence = splitSentences(text).find((s) => s.text.startsWith(start));
  if (!sentence) throw new Error(`${prefix}: no sentence starts with ${start}`);
  return commitments.find((c) => c.start < sentence.end && sentence.start < c.end) ?? null;
}

// [file, sentence start, "party/strength/topic"]
const PLEDGES: [string, string, string][] = [
  // headlines "X to do Y"
  ['000', 'Li Beijing to strengthen cooperation with Hanoi', 'China/firm/diplomacy'],
  ['001', 'China to promote high-quality, high-level cooperation', 'China/firm/diplomacy'],
  // joint decisions bind both; a maritime field named first
  ['000', 'During their talks, the two leaders also agreed to properly handle maritime', 'both/firm/maritime'],
  // a capital standing for its country
  ['000', 'Beijing is ready to strengthen cooperation with Hanoi in COVID', 'China/willing/health'],
  ['000', 'Hanoi is willing to further strengthen its relations with Beijing', 'Vietnam/willing/trade'],
  // China's own will wins over the hope addressed to Vietnam later in the sentence
  ['000', 'China will continue to provide support and assistance to Vietnam', 'China/firm/health'],
  // a will inside a hoped-for clause is not firm
  ['000', 'It is hoped that the two sides will continue to enhance political mutual trust', 'both/aspirational/diplomacy'],
  ['001', 'It is hoped that the two sides will simultaneously promote the "hard connectivity"', 'both/aspirational/connectivity'],
  ['001', 'HANOI, Oct. 12 (Xinhua) -- Chinese Premier Li Qiang said here Saturday that China stands ready', 'China/willing/diplomacy'],
  ['001', 'The Vietnamese side will firmly follow the path', 'Vietnam/firm/diplomacy'],
  // firm abides / opposes win over the willing that follows
  ['001', 'He said Vietnam firmly abides by the one-China principle', 'Vietnam/firm/security'],
  ['001', 'Vietnam supports the Belt and Road Initiative', 'Vietnam/firm/connectivity'],
  ['002', 'China is willing to make it more convenient for Vietnam', 'China/willing/trade'],
  ['002', 'Vietnam always adheres to the one-China principle', 'Vietnam/firm/security'],
  // "We should" / "We must" spoken for both
  ['003', 'We should follow the consensus reached by the top leaders', 'both/aspirational/diplomacy'],
  ['003', 'We must not forget our original aspirations', 'both/aspirational/diplomacy'],
  ['003', 'Second, the two sides need to deepen mutually beneficial cooperation.', 'both/aspirational/diplomacy'],
  ['003', 'Fourth, the two sides need to consolidate the foundation of popular support.', 'both/aspirational/culture'],
  // the pledged action starts after "agreed to", not at the trade figure before it
  ['003', 'Both sides expressed satisfaction that the bilateral trade volume', 'both/firm/connectivity'],
  ['003', 'As a sincere and close comrade and close neighbor, Vietnam has always supported', 'Vietnam/firm/multilateral'],
  ['003', 'Bui Thanh Son agreed with this.', 'both/firm/multilateral'],
  // a group standing for the speaker's country
  ['003', 'Bui Thanh Son said that ASEAN recognizes this important initiative', 'Vietnam/willing/multilateral'],
  ['004', 'China, Xi added, stands ready to join forces with Vietnam', 'China/willing/diplomacy'],
  ['004', 'The two sides should strengthen coordination and cooperation on international', 'both/aspirational/multilateral'],
  ['004', 'China and Vietnam, he said, should properly manage the maritime differences', 'both/aspirational/maritime'],
  // "it is of vital importance to" with no actor, bilateral by nature
  ['004', 'Against the background of complex changes in the current international situation, Trong said', 'both/aspirational/diplomacy'],
  ['101', 'Prime Minister Gillard stated that she has received positive reports', 'Australia/willing/diplomacy'],
  ['101', 'Prime Minister Noda stated that he would like to see the advancement', 'Japan/willing/trade'],
  ['102', 'The President of Russia voiced the Russian side', 'Russia/willing/other'],
  ['102', 'The two heads of state stressed the importance of continuing international efforts', 'both/aspirational/security'],
  ['102', 'The two leaders agreed to continue a regular exchange of opinions', 'both/firm/diplomacy'],
  ['103', 'Both leaders expressed concern over the humanitarian situation over which the King conveyed', 'Saudi Arabia/firm/other'],
  ['103', 'The King and President expressed their support for the Iraqi government', 'both/firm/security'],
  ['104', 'Temer, who formally took over from impeached President Dilma Rousseff', 'Brazil/willing/trade'],
  ['104', 'Macri said free trade was a priority of his government', 'both/aspirational/trade'],
  ['105', 'This week, the Minister for Trade of Australia will visit Indonesia', 'Australia/firm/trade'],
  ['105', 'The Prime Minister will be here tomorrow', 'Australia/firm/diplomacy'],
  ['105', 'Together with Minister Bishop, the Foreign Minister of South Africa and I will co-chair', 'both/firm/multilateral'],
  // "must" inside a shared position
  ['106', 'President Trump and President Moon noted their firm position', 'both/aspirational/security'],
  ['106', 'The two leaders committed to maintain close coordination.', 'both/firm/diplomacy'],
  ['107', 'A joint statement reaffirmed France and Germany', 'both/firm/multilateral'],
  ['107', 'At the first Council of Ministers since the Treaty of Aachen was signed', 'both/firm/diplomacy'],
  // the second half of a quotation: Germany only, and the field of the first half
  ['107', 'In Germany we are extremely committed at present', 'Germany/firm/energy'],
  ['108', 'They agreed to continue working together to counter climate change.', 'both/firm/energy'],
  ['109', 'Citing a Philippine saying', 'both/aspirational/diplomacy'],
  // a call addressed to the other side
  ['110', 'The Egyptian president also called for avoiding any steps', 'Israel/aspirational/security'],
  ['110', 'He also "stressed the importance of achieving a just and comprehensive peace', 'Egypt/aspirational/security'],
  ['111', 'We are ready to continue providing all possible assistance to Türkiye', 'Ukraine/willing/other'],
  ['111', 'During the conversation, the parties expressed interest in continuing the Black Sea Grain Initiative', 'both/willing/trade'],
  // "importance of" + a clause with a verb
  ['112', 'The Prime Minister and President Von der Leyen agreed on the paramount importance', 'both/aspirational/other'],
  ['112', 'The Prime Minister and President Von der Leyen expressed their outrage', 'both/aspirational/other'],
  ['113', 'The leaders reaffirmed their commitment to continue to strengthen', 'both/firm/diplomacy'],
  ['114', 'He called on the Australian government to continue its support', 'Australia/aspirational/diplomacy'],
  ['114', 'He added that Việt Nam would be ready to engage in discussions', 'Vietnam/willing/trade'],
  ['114', 'PM Chính also requested that the Australian government continue', 'Australia/aspirational/other'],
  ['114', 'Expressing appreciation towards the Vietnamese leader', 'both/firm/diplomacy'],
  ['synthetic_01', 'Prime Minister Kishida stated that Japan will continue to provide ODA loans', 'Japan/firm/connectivity'],
  ['synthetic_01', 'Prime Minister Chinh expressed his hope that Japan will further open', 'Japan/aspirational/trade'],
  ['synthetic_01', 'The Prime Minister also called for more support for Vietnamese workers', 'Japan/aspirational/other'],
  // a quotation that opens with a pledge: "we" with the other side named is the speaker's side
  ['synthetic_02', '\u201cWe will open our market wider to Vietnamese fruit.', 'China/firm/trade'],
  ['synthetic_02', '\u{1F1FB}\u{1F1F3} Chính proposed that the two sides soon build standard-gauge railways', 'both/aspirational/connectivity'],
  ['synthetic_03', 'The President reaffirmed U.S. support for a strong', 'United States/firm/diplomacy'],
  // a scheduled visit is a pledge
  ['synthetic_03', 'Secretary of State Blinken will travel to Hanoi in April', 'United States/firm/diplomacy'],
];

// [file, sentence start, why it is not a commitment]
const NOTHING: [string, string, string][] = [
  ['000', 'The expansion of mutually beneficial and winwin cooperation', 'evaluation (is conducive to)'],
  ['000', 'At present, the leaders of the two countries maintain regular communication', 'account of the present'],
  ['001', 'For his part, To Lam asked Li to convey his sincere greetings', 'courtesy'],
  ['001', 'He said the party and the government of Vietnam have always attached great importance', 'evaluation'],
  ['002', 'In the past year, General Secretary, President Xi Jinping', 'account of the past'],
  ['003', 'Both sides agreed that the talks were sincere and open', 'a view agreed, no action'],
  ['003', 'The two sides reached important consensus on planning', 'account of the talks'],
  ['003', 'Bui Thanh Son warmly congratulated the CPC', 'congratulation and wishes of success'],
  ['003', 'Wang Yi said that the Global Development Initiative proposed by President Xi', 'proposed by: past, passive'],
  ['004', 'He expressed the belief that under the leadership of the new CPV Central Committee', 'belief'],
  ['004', 'The Vietnamese side congratulated the Communist Party of China', 'belief that China will'],
  ['102', 'The leaders also noted the relevance of contacts', 'noted relevance'],
  ['104', 'The deal with the European Union, which has been in the works', 'forecast'],
  ['104', 'Resistance from some European countries led by France', 'past call to a third party'],
  ['106', 'President Donald J. Trump spoke today with President Moon', 'purpose of the call'],
  ['107', 'She also underlined the importance of the Franco-German Defence and Security Council.', 'importance of + noun'],
  ['108', 'The Prime Minister invited the President to participate', 'invitation extended'],
  ['109', 'Xi pointed out that in the past six years, China and the Philippines have adhered', 'past achievements'],
  ['111', 'We will always remember this support', 'courtesy'],
  ['112', 'The leaders also agreed on the importance of freedom of navigation', 'importance of + noun'],
  ['112', 'The Prime Minister welcomed the recent announcement that the EU will provide', 'welcomed announcement'],
  ['112', 'The leaders welcomed the successful conclusion of negotiations', 'welcomed; which should be formalised'],
  ['113', 'They expressed satisfaction on the progress made under the Roadmap 2030', 'satisfaction'],
  ['114', 'Discussing key areas of cooperation such as the economy', 'confidence that it would enhance'],
  ['synthetic_01', 'The upgraded partnership will bring more opportunities', 'a will that forecasts'],
  ['synthetic_02', 'Trade through the new smart border gate will double within two years', 'a will that forecasts'],
  ['synthetic_03', 'The General Secretary invited the President to visit Vietnam.', 'invitation extended'],
];

describe('commitments: pledges on corpus sentences', () => {
  for (const [file, start, want] of PLEDGES) {
    it(`${file} ${start.slice(0, 50)} -> ${want}`, function () {
      if (!available(file)) { this.skip(); return; }
      const c = commitmentAt(file, start);
      assert.ok(c, 'no commitment found');
      assert.equal(`${c.party}/${c.strength}/${c.topic}`, want);
      assert.ok(c.markers.length > 0 && c.markers.every((m) => c.text.includes(m.text)), 'markers inside the sentence');
    });
  }
});

describe('commitments: nothing here', () => {
  for (const [file, start, why] of NOTHING) {
    it(`${file} ${start.slice(0, 50)} (${why})`, function () {
      if (!available(file)) { this.skip(); return; }
      const c = commitmentAt(file, start);
      assert.equal(c, null, `found ${c?.party}/${c?.strength}/${c?.topic} marked by ${c?.markers.map((m) => m.text)}`);
    });
  }
});

describe('commitments: spans, speakers and markers', () => {
  it('spans the whole sentence, names the speaker and marks the deciding wording', () => {
    const { text } = readout('004');
    const c = analyzeReadout(text).commitments.find((x) => x.text.startsWith('China, Xi added, stands ready'))!;
    assert.equal(text.slice(c.start, c.end), c.text);
    assert.ok(c.text.endsWith('leaderships of the two parties.'));
    assert.equal(c.speaker, 'Xi Jinping');
    assert.deepEqual(c.markers.map((m) => text.slice(m.start, m.end)), ['stands ready to']);
    assert.equal(c.source, 'context');
  });

  it('takes the speaker of a quotation from the sentence that closes it', () => {
    const { text } = readout('synthetic_02');
    const c = analyzeReadout(text).commitments.find((x) => x.text.startsWith('\u201cWe will open'))!;
    assert.equal(c.speaker, 'Li Qiang');
  });

  it('is one entry per sentence however many pledges it holds', () => {
    const { text } = readout('001');
    const found = analyzeReadout(text).commitments;
    assert.equal(new Set(found.map((c) => c.start)).size, found.length);
    const abides = found.find((c) => c.text.startsWith('He said Vietnam firmly abides'))!;
    assert.deepEqual(abides.markers.map((m) => m.text), ['abides by', 'firmly opposes']);
  });
});

describe('commitments: without leaders or sides found', () => {
  it('still finds the pledges of a readout when no leader is known', () => {
    const { text } = readout('003');
    const sentences = splitSentences(text);
    const found = findCommitments({ text, sentences, date: null, gazetteer: buildGazetteer(), leaders: [], agreements: [], parties: ['China', 'Vietnam'] });
    const china = found.find((c) => c.text.startsWith('China will continue to provide anti-pandemic materials'));
    assert.equal(china && `${china.party}/${china.strength}/${china.topic}`, 'China/firm/health');
    assert.ok(found.length >= 16, `found ${found.length} of the 18 in gold`);
  });

  it('degrades to a usable answer with no sides at all', () => {
    const text = 'The two sides agreed to strengthen cooperation in vaccine production.';
    const found = findCommitments({ text, sentences: splitSentences(text), date: null, gazetteer: buildGazetteer(), leaders: [], agreements: [], parties: [] });
    assert.deepEqual(found.map((c) => `${c.party}/${c.strength}/${c.topic}`), ['both/firm/health']);
  });

  it('reads twenty thousand pledges on one line, one entry each', () => {
    const text = 'China will open its market. '.repeat(20000).trimEnd();
    const found = findCommitments({ text, sentences: splitSentences(text), date: null, gazetteer: buildGazetteer(), leaders: [], agreements: [], parties: ['China', 'Vietnam'] });
    assert.equal(found.length, 20000);
    assert.equal(`${found[19999].party}/${found[19999].strength}/${found[19999].topic}`, 'China/firm/trade');
  });

  it('reads a one-megabyte line without spaces without hanging', () => {
    const text = 'x'.repeat(1_000_000);
    const found = findCommitments({ text, sentences: splitSentences(text), date: null, gazetteer: buildGazetteer(), leaders: [], agreements: [], parties: [] });
    assert.deepEqual(found, []);
  });
});

// Wordings of GUIDELINES 5.2-5.5 that the corpus does not happen to contain, in short readouts
// written for this test in the publishers' styles (not published texts).
const CONSTRUCTED = `Xi Jinping Meets with German Chancellor Olaf Scholz
2024-04-16

On the morning of April 16, President Xi Jinping met with German Chancellor Olaf Scholz in Beijing. China is ready to work with Germany to deepen cooperation in such areas as green transition, digital economy and artificial intelligence. Scholz said that Germany adheres to the one-China policy. We hope the German side will provide a fair, transparent and non-discriminatory business environment for Chinese companies. The two leaders concurred to continue close coordination on climate change. Both leaders shared the view that unilateral attempts to change the status quo by force should not be tolerated. It was agreed to continue contacts at various levels. Scholz proposed Germany and China hold the next consultations in Berlin. The delay was due to the pandemic, Scholz said. During the call on Tuesday, Scholz thanked Xi. Xi urged the international community to create conditions for peace talks. The leaders called for an immediate ceasefire in Gaza. Both sides agreed that cooperation has great potential. The two sides agreed that the next round of talks will be held in Beijing. He said he believes China-Germany relations will continue to grow. China appreciates the German side's positive remarks. The President congratulated the Chancellor and the two leaders agreed to work together on artificial intelligence.
`;
const CONSTRUCTED_ROWS: [string, string | null][] = [
  ['China is ready to work with Germany', 'China/willing/energy'],
  ['Scholz said that Germany adheres', 'Germany/firm/security'],
  ['We hope the German side will', 'Germany/aspirational/trade'],
  ['The two leaders concurred', 'both/firm/energy'],
  ['Both leaders shared the view', 'both/aspirational/diplomacy'],
  ['It was agreed to continue contacts', 'both/firm/diplomacy'],
  ['Scholz proposed Germany and China', 'both/aspirational/diplomacy'],
  ['The delay was due to the pandemic', null],
  ['During the call on Tuesday', null],
  ['Xi urged the international community', null],
  ['The leaders called for an immediate ceasefire', null],
  ['Both sides agreed that cooperation', null],
  ['The two sides agreed that the next round', 'both/firm/diplomacy'],
  ['He said he believes', null],
  ['China appreciates', null],
  ['The President congratulated the Chancellor and the two leaders agreed', 'both/firm/technology'],
];

const TRANSCRIPT = `Meeting with President of Vietnam To Lam
2024-06-20

Vladimir Putin and To Lam held talks in Hanoi.
Vladimir Putin: Mr President, friends, I would like to thank you for the warm welcome. We are interested in expanding trade with Vietnam.
To Lam: We hope Russia will continue to support Vietnam in training specialists.
`;

describe('commitments: wordings beyond the corpus', () => {
  it('reads a transcript: the label names the speaker, "we" is the speaker\'s side, thanks are no pledge', () => {
    const found = analyzeReadout(TRANSCRIPT).commitments.map((c) => `${c.party}/${c.strength}/${c.topic} ${c.speaker}`);
    assert.deepEqual(found, ['Russia/willing/trade Vladimir Putin', 'Russia/aspirational/culture To Lam']);
  });

  const found = analyzeReadout(CONSTRUCTED).commitments;
  for (const [start, want] of CONSTRUCTED_ROWS) {
    it(`${start} -> ${want ?? 'nothing'}`, () => {
      const c = found.find((x) => x.text.startsWith(start));
      assert.equal(c ? `${c.party}/${c.strength}/${c.topic}` : null, want);
    });
  }
});

// Unseen publishers' styles (texts written for this test, not published): questions, accepted
// invitations, reported opposition, willingness variants, calls to third parties, "looked forward to
// X doing", "our two countries", joint hopes, and the topic order (a leading topic phrase, a
// dialogue's field, relationship words alone).
const STYLES: Record<string, string> = {
  // White House
  wh: `Readout of President Joseph R. Biden Jr.'s Meeting with Prime Minister Fumio Kishida of Japan
April 10, 2024

President Joseph R. Biden, Jr. met today with Prime Minister Fumio Kishida of Japan at the White House. The two leaders strongly opposed any attempts to unilaterally change the status quo by force or coercion in the East China Sea. President Biden accepted Prime Minister Kishida's invitation to visit Japan for the Quad Leaders' Summit. The President looked forward to Japan hosting the G7 Summit next year. The leaders stressed the need for an immediate ceasefire in Gaza and the release of all hostages. They affirmed their keenness to deepen cooperation on semiconductors and critical minerals. The leaders expressed their readiness to expand cooperation on LNG and nuclear power plants. Q: Mr. President, will the two countries sign a new defense pact this year? Will Japan increase its defense spending? The President also extended an invitation to Prime Minister Kishida to visit Washington. Prime Minister Kishida expressed hope that the joint lunar exploration project will deliver results by 2028. The two leaders agreed to launch a high-level economic dialogue. The leaders committed to support the release of detained American citizens.
On trade, the two leaders agreed to deepen cooperation in education. On the occasion of the 70th anniversary of diplomatic relations, the two sides agreed to expand defence cooperation. The two sides agreed to hold the strategic dialogue on trade and investment annually. They agreed to establish a high-level mechanism. The leaders agreed to resume the high-level dialogue on energy.
`,
  // Kremlin transcript
  kremlin: `Talks with President of Indonesia Prabowo Subianto
Vladimir Putin held talks in the Kremlin with President of the Republic of Indonesia Prabowo Subianto, who is in Russia on an official visit.
Vladimir Putin: Mr President, friends, I am very glad to see you. Our countries have always maintained friendly relations. We are ready to increase supplies of Russian wheat and fertilisers to Indonesia. Russia is eager to help Indonesia build its first nuclear power plant. I accept with gratitude your invitation to visit Indonesia next year.
Prabowo Subianto (retranslated): Thank you, Mr President. Indonesia is keen to join BRICS as a full member. We hope Russia will support our application.
Question: Mr Putin, will Russia supply fighter jets to Indonesia?
The two leaders resolutely opposed unilateral sanctions that bypass the UN Security Council.
`,
  // MEA India
  mea: `Prime Minister's meeting with the Prime Minister of Japan
Prime Minister Shri Narendra Modi met the Prime Minister of Japan, H.E. Mr. Shigeru Ishiba, in Tokyo on 29 August 2025.
The two leaders affirmed their keenness to further strengthen the Special Strategic and Global Partnership. Prime Minister Ishiba expressed hope that the Mumbai-Ahmedabad High Speed Rail project will be completed soon. Prime Minister Modi accepted Prime Minister Ishiba's invitation to visit Japan for the Annual Summit. The leaders expressed their readiness to cooperate on semiconductors, critical minerals and clean energy. They opposed any unilateral attempts to change the status quo by force or coercion. Prime Minister Modi looked forward to Japan's participation in the AI Impact Summit in India. The leaders discussed cooperation in defence and security.
`,
  // MOFA Korea
  korea: `Results of the Korea-Japan Summit
President Lee Jae-myung held a summit with Prime Minister Shigeru Ishiba of Japan in Tokyo on August 23.
The two leaders expressed their determination to further develop Korea-Japan relations. President Lee accepted Prime Minister Ishiba's invitation to pay a visit to Japan again at an early date. The leaders expressed their readiness to strengthen cooperation on hydrogen and decarbonisation. They also shared the view that the two countries should work closely on the issue of abductions by North Korea. Prime Minister Ishiba expressed hope that the two countries will expand youth exchanges. The two leaders confirmed that they will cooperate toward the success of the APEC Economic Leaders' Meeting in Gyeongju.
`,
  // Xinhua
  xinhua: `Xi holds talks with Brazilian president
BEIJING, May 13 (Xinhua) -- Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva in Beijing on Tuesday.
Xi said China is willing to work with Brazil to deepen cooperation in such fields as agriculture, energy and aerospace. China firmly opposes protectionism and unilateralism, Xi said. Lula said Brazil looks forward to China joining the celebrations for the 50th anniversary of diplomatic ties. The two heads of state expressed the desire to strengthen coordination within BRICS and the G20. Lula accepted Xi's invitation to attend the China-CELAC Forum ministerial meeting. Will Brazil join the Belt and Road Initiative? Xi called on the international community to support a political settlement of the Ukraine crisis. Xi also called on all sides to return to the negotiating table.
`,
  // VNA
  vna: `Vietnamese, Chinese leaders hold talks in Hanoi
HANOI, Dec. 12 (VNA) - General Secretary To Lam held talks with Chinese Premier Li Qiang in Hanoi on December 12.
On the East Sea issue, the two leaders agreed to better control disagreements and not take actions that complicate the situation. Li said China is eager to expand imports of Vietnamese agricultural products. The two sides expressed the desire to promote cooperation in digital economy and artificial intelligence. "Our two countries will work together to build a community with a shared future," Li said. Prime Minister Li accepted the invitation to attend the ASEAN Summit in Kuala Lumpur. Li looked forward to Vietnam hosting the APEC Economic Leaders' Meeting in 2027. The two sides agreed to step up cooperation in cyber security and crime prevention. The Vietnamese leader called on China to respect Vietnam's sovereignty over the Hoang Sa archipelago. They agreed to strengthen cooperation in oil and gas exploration and decarbonisation.
`,
  // FCDO / GOV.UK
  fcdo: `Foreign Secretary meets Chinese Foreign Minister Wang Yi
The Foreign Secretary met Chinese Foreign Minister Wang Yi in Beijing on 18 October.
The Foreign Secretary called on China to end its support for Russia's illegal war in Ukraine. He raised the case of Jimmy Lai and called for his release. The Foreign Secretary urged China to release detained British nationals. Both ministers agreed to hold the UK-China Economic and Financial Dialogue next year. The Foreign Secretary and Wang Yi agreed to work together on climate change and AI safety. The UK is eager to resume the dialogue on human rights. The Foreign Secretary stressed the need for restraint in the Middle East. Will the UK raise human rights?
`,
  // SPA
  spa: `Crown Prince receives phone call from UK Prime Minister
Riyadh, September 10, 2025, SPA -- His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister, received a phone call from Prime Minister Keir Starmer of the United Kingdom.
During the call, they reviewed bilateral relations and opportunities to develop them. The two sides stressed the need for an immediate ceasefire in Gaza and the unhindered entry of humanitarian aid. The Crown Prince affirmed the Kingdom's support for all efforts aimed at achieving a political solution in Yemen. The Prime Minister looked forward to the Crown Prince's visit to London.
`,
  // Philippine PCO
  pco: `PBBM, Japanese PM agree to boost defense ties
President Ferdinand R. Marcos Jr. and Japanese Prime Minister Shigeru Ishiba agreed to boost defense cooperation during their meeting in Manila on Tuesday.
Both leaders strongly opposed any unilateral attempt to change the status quo by force or coercion in the South China Sea. President Marcos expressed the Philippines' desire to expand cooperation in infrastructure, particularly railways. "Our two countries will continue to stand together for a free and open Indo-Pacific," the President said. President Marcos also accepted an invitation to the Expo 2025 in Osaka. The Chief Executive called on Japan to continue supporting the Bangsamoro peace process.
`,
  // EU Council
  euco: `EU-Japan summit, 13 July 2023
The EU and Japan held their 29th summit in Brussels.
The leaders affirmed their keenness to deepen cooperation on economic security, including critical minerals and semiconductors. They expressed grave concern over Russia's war of aggression against Ukraine and called on Russia to immediately withdraw all its forces. The EU and Japan are eager to strengthen the Green Alliance. The leaders called for the release of all hostages held in Gaza. Japan looked forward to the EU hosting the next High-Level Economic Dialogue.
`,
  // White House, a call
  whCall: `Readout of President Biden's Call with Prime Minister Modi of India
The President spoke today with Prime Minister Narendra Modi of India.
President Biden looked forward to the visit of Prime Minister Modi to Washington in June. Both our countries will stand together against terrorism. The leaders also opposed the use of force in the region. Prime Minister Modi gladly accepted the invitation of President Biden to attend the Quad Summit in Delaware. Accepting President Biden's invitation, Prime Minister Modi will travel to Washington. The two leaders signalled their openness to expanding cooperation on critical and emerging technologies. They expressed their strong opposition to terrorism in all its forms. The President urged all parties to exercise restraint. The President welcomed India's readiness to host the next Quad Summit. India will host the G20 Summit in New Delhi in September. Prime Minister Modi looked forward to welcoming President Biden to India. The leaders agreed to launch the U.S.-India initiative on Critical and Emerging Technology. The leaders agreed to deepen cooperation on quantum computing and AI. They agreed on the need for a comprehensive, just and lasting peace in Ukraine. The President called for the release of Evan Gershkovich, who is wrongfully detained in Russia.
`,
  // GOV.UK, No 10
  no10: `Prime Minister Starmer meeting with Prime Minister Albanese
The Prime Minister met Prime Minister Anthony Albanese of Australia in London today.
The leaders agreed to continue their support for Ukraine in the face of Russia's illegal invasion. The Prime Minister said the UK would keep up sanctions pressure on Russia. They agreed to work together to tackle illegal migration and people smuggling. The two leaders agreed to cooperate on the AUKUS submarine programme. They agreed to strengthen cooperation on critical minerals supply chains. The leaders committed to work together on clean energy and net zero. The Prime Minister raised the case of a British national detained in Iran. The two leaders agreed to deepen cooperation in cyber security and to counter online fraud. They agreed to hold the UK-Australia Strategic Economic Dialogue later this year. The leaders agreed to stay in close touch. They agreed to coordinate closely ahead of the G20 Summit in Johannesburg. The leaders agreed to strengthen humanitarian assistance to Sudan. They committed to protect human rights and freedom of expression.
`,
  // MOFA Japan
  mofa: `Japan-Viet Nam Summit Meeting
On October 30, Prime Minister Ishiba held a summit meeting with Prime Minister Pham Minh Chinh of Viet Nam.
Prime Minister Chinh thanked Prime Minister Ishiba for the invitation and accepted it with pleasure. Prime Minister Ishiba invited Prime Minister Chinh to visit Japan. Prime Minister Ishiba stated that Japan is eager to cooperate on the Long Thanh International Airport. The two leaders strongly opposed economic coercion. Prime Minister Chinh expressed his hope that Japan will provide new generation ODA. Prime Minister Ishiba stated that Japan would like to promote cooperation on the Ninh Thuan nuclear power plant project. On the South China Sea, the two leaders confirmed the importance of maintaining peace and freedom of navigation. Concerning North Korea, the two leaders agreed to work closely toward the complete denuclearization. Prime Minister Ishiba expressed his intention to work together with Viet Nam on semiconductor human resources development. Regarding the situation in the Middle East, the two leaders called for an immediate ceasefire.
`,
};
const STYLE_ROWS: [string, string, string | null][] = [
  ['mofa', 'Prime Minister Chinh thanked Prime Minister Ishiba for the invitation and accepted it', 'Vietnam/firm/diplomacy'],
  ['mofa', 'Prime Minister Ishiba invited', null],
  ['mofa', 'Prime Minister Ishiba stated that Japan is eager', 'Japan/willing/connectivity'],
  ['mofa', 'The two leaders strongly opposed economic coercion', 'both/firm/trade'],
  ['mofa', 'On the South China Sea, the two leaders confirmed', 'both/aspirational/maritime'],
  ['mofa', 'Concerning North Korea', 'both/firm/security'],
  ['mofa', 'Regarding the situation in the Middle East', null],
  ['whCall', 'President Biden looked forward to the visit of Prime Minister Modi', 'India/aspirational/diplomacy'],
  ['whCall', 'Both our countries will stand together', 'both/firm/security'],
  ['whCall', 'Prime Minister Modi gladly accepted the invitation', 'India/firm/multilateral'],
  ['whCall', 'The two leaders signalled their openness', 'both/willing/technology'],
  ['whCall', 'They expressed their strong opposition to terrorism', 'both/firm/security'],
  ['whCall', 'The President urged all parties', null],
  ['whCall', 'The President welcomed India', null],
  ['whCall', 'Prime Minister Modi looked forward to welcoming', 'India/aspirational/diplomacy'],
  ['whCall', 'The President called for the release of Evan Gershkovich', null],
  ['no10', 'They agreed to work together to tackle illegal migration', 'both/firm/other'],
  ['no10', 'The Prime Minister said the UK would keep up sanctions', 'United Kingdom/firm/security'],
  ['no10', 'The Prime Minister raised the case', null],
  ['no10', 'They agreed to hold the UK-Australia Strategic Economic Dialogue', 'both/firm/trade'],
  ['no10', 'They agreed to coordinate closely ahead of the G20', 'both/firm/multilateral'],
  ['no10', 'The leaders agreed to strengthen humanitarian assistance', 'both/firm/other'],
  ['no10', 'The leaders committed to work together on clean energy', 'both/firm/energy'],
  ['wh', 'The two leaders strongly opposed', 'both/firm/maritime'],
  ["wh", "President Biden accepted Prime Minister Kishida's invitation", "United States/firm/multilateral"],
  ['wh', 'The President looked forward to Japan hosting', 'Japan/aspirational/multilateral'],
  ['wh', 'The leaders stressed the need for an immediate ceasefire', null],
  ['wh', 'They affirmed their keenness', 'both/willing/technology'],
  ['wh', 'The leaders expressed their readiness to expand cooperation on LNG', 'both/willing/energy'],
  ['wh', 'Q: Mr. President, will the two countries', null],
  ['wh', 'Will Japan increase', null],
  ['wh', 'The President also extended an invitation', null],
  ['wh', 'Prime Minister Kishida expressed hope that the joint', 'both/aspirational/technology'],
  ['wh', 'The two leaders agreed to launch a high-level economic dialogue', 'both/firm/trade'],
  ['wh', 'The leaders committed to support the release of detained', 'both/firm/other'],
  ['wh', 'On trade, the two leaders agreed', 'both/firm/trade'],
  ['wh', 'On the occasion of the 70th anniversary', 'both/firm/security'],
  ['wh', 'They agreed to establish a high-level mechanism', 'both/firm/diplomacy'],
  ['wh', 'The leaders agreed to resume the high-level dialogue on energy', 'both/firm/energy'],
  ['kremlin', 'We are ready to increase supplies', 'Russia/willing/trade'],
  ['kremlin', 'Russia is eager to help', 'Russia/willing/energy'],
  ['kremlin', 'I accept with gratitude your invitation', 'Russia/firm/diplomacy'],
  ['kremlin', 'Indonesia is keen to join BRICS', 'Indonesia/willing/multilateral'],
  ['kremlin', 'Question: Mr Putin', null],
  ['kremlin', 'The two leaders resolutely opposed', 'both/firm/security'],
  ['mea', 'The two leaders affirmed their keenness', 'both/willing/diplomacy'],
  ["mea", "Prime Minister Modi accepted Prime Minister Ishiba's invitation", "India/firm/diplomacy"],
  ['mea', 'They opposed any unilateral attempts', 'both/firm/diplomacy'],
  ["mea", "Prime Minister Modi looked forward to Japan's participation", "Japan/aspirational/technology"],
  ['mea', 'The leaders discussed cooperation', null],
  ["korea", "President Lee accepted Prime Minister Ishiba's invitation", "South Korea/firm/diplomacy"],
  ['korea', 'The leaders expressed their readiness to strengthen cooperation on hydrogen', 'both/willing/energy'],
  ['korea', 'Prime Minister Ishiba expressed hope that the two countries', 'both/aspirational/culture'],
  ['korea', 'The two leaders confirmed that they will cooperate', 'both/firm/multilateral'],
  ['xinhua', 'China firmly opposes protectionism', 'China/firm/diplomacy'],
  ['xinhua', 'Lula said Brazil looks forward to China joining', 'China/aspirational/diplomacy'],
  ['xinhua', 'The two heads of state expressed the desire', 'both/willing/multilateral'],
  ["xinhua", "Lula accepted Xi's invitation", "Brazil/firm/diplomacy"],
  ['xinhua', 'Will Brazil join', null],
  ['xinhua', 'Xi called on the international community', null],
  ['xinhua', 'Xi also called on all sides', null],
  ['vna', 'On the East Sea issue', 'both/firm/maritime'],
  ['vna', 'Li said China is eager', 'China/willing/trade'],
  ['vna', 'The two sides expressed the desire', 'both/willing/technology'],
  ['vna', '"Our two countries will work together', 'both/firm/diplomacy'],
  ['vna', 'Prime Minister Li accepted the invitation to attend the ASEAN', 'China/firm/multilateral'],
  ['vna', 'Li looked forward to Vietnam hosting the APEC', 'Vietnam/aspirational/multilateral'],
  ['vna', 'They agreed to strengthen cooperation in oil and gas', 'both/firm/energy'],
  ['vna', 'The Vietnamese leader called on China', 'China/aspirational/security'],
  ['fcdo', 'The Foreign Secretary called on China to end', 'China/aspirational/security'],
  ['fcdo', 'He raised the case of Jimmy Lai', 'China/aspirational/other'],
  ['fcdo', 'The Foreign Secretary urged China to release detained', 'China/aspirational/other'],
  ['fcdo', 'The UK is eager', 'United Kingdom/willing/other'],
  ['fcdo', 'The Foreign Secretary stressed the need for restraint', null],
  ['fcdo', 'Will the UK raise', null],
  ['spa', 'During the call, they reviewed', null],
  ['spa', 'The two sides stressed the need for an immediate ceasefire', null],
  ["spa", "The Crown Prince affirmed the Kingdom's support", "Saudi Arabia/firm/security"],
  ["spa", "The Prime Minister looked forward to the Crown Prince's visit", "Saudi Arabia/aspirational/diplomacy"],
  ['pco', 'Both leaders strongly opposed', 'both/firm/maritime'],
  ["pco", "President Marcos expressed the Philippines' desire", "Philippines/willing/connectivity"],
  ['pco', '"Our two countries will continue', 'both/firm/multilateral'],
  ['pco', 'President Marcos also accepted an invitation', 'Philippines/firm/diplomacy'],
  ['pco', 'The Chief Executive called on Japan', 'Japan/aspirational/security'],
  ['euco', 'They expressed grave concern', null],
  ['euco', 'The EU and Japan are eager', 'both/willing/energy'],
  ['euco', 'The leaders called for the release of all hostages', null],
  ['euco', 'Japan looked forward to the EU hosting', 'EU/aspirational/trade'],
];

describe('commitments: other publishers\' styles', () => {
  const found = new Map(Object.entries(STYLES).map(([k, text]) => [k, analyzeReadout(text).commitments]));
  for (const [key, start, want] of STYLE_ROWS) {
    it(`${key}: ${start.slice(0, 50)} -> ${want ?? 'nothing'}`, () => {
      const text = STYLES[key];
      const sentence = splitSentences(text).find((s) => s.text.startsWith(start));
      assert.ok(sentence, `no sentence starts with ${start}`);
      const c = found.get(key)!.find((x) => x.start < sentence.end && sentence.start < x.end);
      assert.equal(c ? `${c.party}/${c.strength}/${c.topic}` : null, want, c ? `marked by ${c.markers.map((m) => m.text)}` : undefined);
    });
  }
});
