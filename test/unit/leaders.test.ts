// Leader mentions on real readout sentences (GUIDELINES section 3): name-only spans, canonical
// person by the talks' date, the corpus traps (photo credits, glued possessives, family name in
// capitals, NFD with emoji after CRLF, Ivanka Trump vs Trump, titles alone), the context rules for
// people the gazetteer does not know, and user entries. Sentences of texts that may not be
// redistributed are read from ../shared/corpus and skipped when it is absent.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findLeaders } from '../../src/core/extract/leaders';
import { buildGazetteer, indexOffices, type GazetteerIndex } from '../../src/core/gazetteer';
import { splitSentences } from '../../src/core/text';
import type { Gazetteer, LeaderMention, OfficeTerm } from '../../src/core/types';
import { loadNlp } from '../../src/core/nlp';
import { hasSharedCorpus, readout } from './corpusFiles';

function leaders(text: string, date: string | null, gazetteer: GazetteerIndex = buildGazetteer()): LeaderMention[] {
  return findLeaders({ text, sentences: splitSentences(text), date, gazetteer });
}

const pairs = (found: LeaderMention[]) => found.map((m) => [m.text, m.canonical]);

/** The line of a shared-corpus readout that contains `needle` (null when the corpus is absent). */
function sharedLine(prefix: string, needle: string): string | null {
  if (!hasSharedCorpus) return null;
  const line = readout(prefix).text.split(/\r?\n/).find((l) => l.includes(needle));
  if (!line) throw new Error(`${prefix}: no line with ${needle}`);
  return line;
}

interface Row { name: string; text: string; date: string | null; want: string[][] }

const ROWS: Row[] = [
  {
    name: '001 caption: photographer credit is not a leader',
    text: 'Chinese Premier Li Qiang meets with To Lam, general secretary of the Communist Party of Vietnam Central Committee and Vietnamese president, in Hanoi, Vietnam, Oct. 12, 2024. (Xinhua/Liu Weibing)',
    date: '2024-10-12',
    want: [['Li Qiang', 'Li Qiang'], ['To Lam', 'To Lam']],
  },
  {
    name: '000: scraped possessive without apostrophe',
    text: 'Bilateral cooperation, particularly the joint fight against COVID, was a major highlight of Premier Li Keqiangs telephone conversation with Vietnamese Prime Minister Pham Minh Chinh on Friday morning.',
    date: '2021-06-04',
    want: [['Li Keqiangs', 'Li Keqiang'], ['Pham Minh Chinh', 'Pham Minh Chinh']],
  },
  {
    name: '001 headline: "Premier Li" in 2024 is Li Qiang',
    text: 'China to promote high-quality, high-level cooperation with Vietnam -- Premier Li',
    date: '2024-10-12',
    want: [['Li', 'Li Qiang']],
  },
  {
    name: 'same headline dated 2021: Li Keqiang',
    text: 'China to promote high-quality, high-level cooperation with Vietnam -- Premier Li',
    date: '2021-06-04',
    want: [['Li', 'Li Keqiang']],
  },
  {
    name: 'last day of Li Keqiang as premier',
    text: 'China to promote high-quality, high-level cooperation with Vietnam -- Premier Li',
    date: '2023-03-10',
    want: [['Li', 'Li Keqiang']],
  },
  {
    name: '000 headline: colon lost, "Li Beijing" is Li plus a capital',
    text: 'Li Beijing to strengthen cooperation with Hanoi\n2021/6/5 6:49\nPremier Li Keqiangs telephone conversation',
    date: '2021-06-04',
    want: [['Li', 'Li Keqiang'], ['Li Keqiangs', 'Li Keqiang']],
  },
  {
    name: '000: "the premier" by title only',
    text: 'The expansion of mutually beneficial and winwin cooperation between China and Vietnam is conducive to East Asias economic stability and recovery, the premier said.',
    date: '2021-06-04',
    want: [],
  },
  {
    name: '002: titles without names',
    text: 'Chinese Premier and Vietnamese Prime Minister exchanged New Year greetings and wishes.',
    date: '2022-01-13',
    want: [],
  },
  {
    name: '000: ambassador after a long title',
    text: 'total trade volume surpassed  billion last year despite the headwinds, reaching a new high, according to Chinese Ambassador to Vietnam Xiong Bo.',
    date: '2021-06-04',
    want: [['Xiong Bo', 'Xiong Bo']],
  },
  {
    name: '002: "He Lifeng" is a name, "He" alone is not',
    text: 'He said the two sides should deepen cooperation.\nHe Lifeng attended the event.',
    date: '2022-01-13',
    want: [['He Lifeng', 'He Lifeng']],
  },
  {
    name: 'a title makes a function-word surname a name',
    text: 'Vice Premier He said the two sides will expand trade. He added that talks would go on.',
    date: '2024-05-01',
    want: [['He', 'He Lifeng']],
  },
  {
    name: 'a person named like a country needs a title or a verb',
    text: 'Costa Rica and Montenegro joined the talks. Prime Minister Lu\u00eds Montenegro of Portugal spoke next. Montenegro said Portugal will help.',
    date: '2024-06-01',
    want: [['Lu\u00eds Montenegro', 'Lu\u00eds Montenegro'], ['Montenegro', 'Lu\u00eds Montenegro']],
  },
  {
    name: '004: Xi next to Xinhua',
    text: ' date 2021-02-09 BEIJING, Feb. 8 (Xinhua) -- Chinese President Xi Jinping said Monday that China-Vietnam relations are standing at a new historical starting point.',
    date: '2021-02-08',
    want: [['Xi Jinping', 'Xi Jinping']],
  },
  {
    name: '004: surname mentions after the full names',
    text: 'Xi, also general secretary, spoke with Nguyen Phu Trong.\n\nXi congratulated Trong again on his election as the general secretary of the CPV Central Committee.',
    date: '2021-02-08',
    want: [['Xi', 'Xi Jinping'], ['Nguyen Phu Trong', 'Nguyen Phu Trong'], ['Xi', 'Xi Jinping'], ['Trong', 'Nguyen Phu Trong']],
  },
  {
    name: 'synthetic_01: family name first in capitals',
    text: 'On December 17, commencing at 9:30 a.m. for approximately 45 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit meeting with H.E. Mr. PHAM Minh Chinh, Prime Minister of the Socialist Republic of Viet Nam.',
    date: '2023-12-17',
    want: [['KISHIDA Fumio', 'Fumio Kishida'], ['PHAM Minh Chinh', 'Pham Minh Chinh']],
  },
  {
    name: 'synthetic_01: "The Prime Minister" by title only, "Prime Minister Chinh" by surname',
    text: '4. Prime Minister Chinh expressed his hope that Japan will further open its market to Vietnamese fruit. The Prime Minister also called for more support for Vietnamese workers in Japan.',
    date: '2023-12-17',
    want: [['Chinh', 'Pham Minh Chinh']],
  },
  {
    name: 'synthetic_02: NFD name, emoji after CRLF',
    text: 'Beijing (VNA) \u2013 Prime Minister Ph\u1ea1m Minh Ch\u00ednh held talks.\r\n\r\n\ud83d\udccc Li Qiang said China is ready.\r\n\r\n\ud83c\uddfb\ud83c\uddf3 Ch\u00ednh proposed railways.\r\n\r\nPha\u0323m Minh Chi\u0301nh affirmed that Vie\u0323\u0302t Nam is willing to work with China.',
    date: '2023-06-26',
    want: [['Ph\u1ea1m Minh Ch\u00ednh', 'Pham Minh Chinh'], ['Li Qiang', 'Li Qiang'], ['Ch\u00ednh', 'Pham Minh Chinh'], ['Pha\u0323m Minh Chi\u0301nh', 'Pham Minh Chinh']],
  },
  {
    name: 'synthetic_03: initials, Jr. and a curly possessive',
    text: 'Readout of President Joseph R. Biden, Jr.\u2019s Call with General Secretary Nguyen Phu Trong of Vietnam',
    date: '2023-03-29',
    want: [['Joseph R. Biden, Jr.', 'Joe Biden'], ['Nguyen Phu Trong', 'Nguyen Phu Trong']],
  },
  {
    name: 'synthetic_03: "Mr. President" and "the General Secretary" by title only',
    text: '\u201cMr. President, Vietnam is ready to lift our relations to a new height,\u201d the General Secretary told Biden.',
    date: '2023-03-29',
    want: [['Biden', 'Joe Biden']],
  },
  {
    name: '106: Ivanka Trump is not Donald Trump',
    text: 'President Trump thanked President Moon for his hospitality to the United States Presidential Delegations to the Opening and Closing Ceremonies led by Vice President Mike Pence and Advisor to the President Ivanka Trump, respectively.',
    date: '2018-03-01',
    want: [['Trump', 'Donald Trump'], ['Moon', 'Moon Jae-in'], ['Mike Pence', 'Mike Pence'], ['Ivanka Trump', 'Ivanka Trump']],
  },
  {
    name: '106: initial in Donald J. Trump, hyphen in Moon Jae-in',
    text: 'Readout of President Donald J. Trump\'s Call with President Moon Jae-in of the Republic of Korea',
    date: '2018-03-01',
    want: [['Donald J. Trump', 'Donald Trump'], ['Moon Jae-in', 'Moon Jae-in']],
  },
  {
    name: '102: title "of Germany" before the name; title-only mentions',
    text: 'Vladimir Putin had a telephone conversation with Federal Chancellor of Germany Angela Merkel on the German side\u2019s initiative. During the telephone conversation, the President of Russia briefed the Federal Chancellor of Germany.',
    date: '2014-08-27',
    want: [['Vladimir Putin', 'Vladimir Putin'], ['Angela Merkel', 'Angela Merkel']],
  },
  {
    name: '111: name after "President of Türkiye", letter ğ',
    text: 'President of Ukraine Volodymyr Zelenskyy had a telephone conversation with President of T\u00fcrkiye Recep Tayyip Erdo\u011fan.',
    date: '2023-02-24',
    want: [['Volodymyr Zelenskyy', 'Volodymyr Zelenskyy'], ['Recep Tayyip Erdo\u011fan', 'Recep Tayyip Erdo\u011fan']],
  },
  {
    name: '111: "Head of State", "the Turkish leader" are titles only',
    text: 'Head of State has phone conversation with President of T\u00fcrkiye\n\nThe President of Ukraine thanked the Turkish leader for his words of support on this symbolic day for Ukraine.',
    date: '2023-02-24',
    want: [],
  },
  {
    name: '112: capitalised "Von der Leyen", third-party "Putin\u2019s"',
    text: 'The Prime Minister spoke to European Commission President, Ursula Von der Leyen, this afternoon.\nAhead of the second anniversary of Putin\u2019s full-scale invasion of Ukraine, they underscored the importance of providing continuing support.',
    date: '2024-02-18',
    want: [['Ursula Von der Leyen', 'Ursula von der Leyen'], ['Putin', 'Vladimir Putin']],
  },
  {
    name: 'a lower-case particle opens the short form; a suffix alone is no name',
    text: 'The Prime Minister thanked von der Leyen for the support. President Jr. was not there.',
    date: '2024-02-18',
    want: [['von der Leyen', 'Ursula von der Leyen']],
  },
  {
    name: 'a capitals headline: the title makes the surname a name',
    text: 'PM ALBANESE TO VISIT CHINA\nHA NOI, May 6 -- talks went well.',
    date: '2025-05-06',
    want: [['ALBANESE', 'Anthony Albanese']],
  },
  {
    name: 'a former holder named by title and surname',
    text: 'Kishida paid tribute to former Prime Minister Abe at the ceremony.',
    date: '2023-07-08',
    want: [['Kishida', 'Fumio Kishida'], ['Abe', 'Shinzo Abe']],
  },
  {
    name: 'hyphenated pair',
    text: 'Ahead of the Putin-Trump summit in Helsinki, aides met.',
    date: '2018-07-16',
    want: [['Putin', 'Vladimir Putin'], ['Trump', 'Donald Trump']],
  },
  {
    name: '101: officials by honorific and surname',
    text: 'The following is an overview (Japanese officials in attendance included Prime Minister Noda; Mr. Nagahama, Deputy Chief Cabinet Secretary; and Dr. McCarthy, National Security Adviser.',
    date: '2012-09-25',
    want: [['Noda', 'Yoshihiko Noda'], ['Nagahama', 'Hiroyuki Nagahama'], ['McCarthy', 'Margot McCarthy']],
  },
  {
    name: 'editor line and bracketed photo credit are not leaders',
    text: 'Xi said that the two sides should take the helm. [Photo/Xinhua]\nEditor: Zhang Zhou',
    date: '2025-06-05',
    want: [['Xi', 'Xi Jinping']],
  },
  {
    name: 'an unknown family-first name that starts with a known short form',
    text: 'Li Wei said the talks were useful. Kim Yo Jong said Pyongyang rejects the offer.',
    date: '2024-06-01',
    want: [['Li Wei', 'Li Wei'], ['Kim Yo Jong', 'Kim Yo Jong']],
  },
  {
    name: 'a relative sharing a leader\'s surname is neither the leader nor a leader',
    text: 'Kishida expressed his gratitude. First Lady Kim Keon-hee and Yuko Kishida attended a dinner.',
    date: '2023-05-07',
    want: [['Kishida', 'Fumio Kishida']],
  },
  {
    name: 'a title does not chain across a sentence end',
    text: 'Ms. Theresa Lazaro, Secretary of Foreign Affairs of the Republic of the Philippines. Minister Iwaya stated that Japan will continue to support the Philippines.',
    date: '2025-03-05',
    want: [['Theresa Lazaro', 'Theresa Lazaro'], ['Iwaya', 'Takeshi Iwaya']],
  },
  {
    name: '107: picture credit line',
    text: 'Photo: Bundesregierung/Steins',
    date: '2019-10-16',
    want: [],
  },
];

describe('leaders: corpus sentences', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const found = leaders(row.text, row.date);
      assert.deepStrictEqual(pairs(found), row.want);
      for (const m of found) assert.strictEqual(row.text.slice(m.start, m.end), m.text, 'offsets are UTF-16 into the text');
    });
  }
});

describe('leaders: shared-corpus sentences (not redistributable)', () => {
  const rows: { prefix: string; needle: string; date: string; want: string[][] }[] = [
    {
      prefix: '103', needle: 'King Salman was accompanied', date: '2015-09-04',
      want: [
        ['Salman', 'Salman bin Abdulaziz Al Saud'], ['Mohammed bin Salman bin Abdulaziz', 'Mohammed bin Salman'],
        ['Musaed Al-Aiban', 'Musaed Al-Aiban'], ['Ibrahim Al-Assaf', 'Ibrahim Al-Assaf'], ["Tawfiq Al-Rabee'a", "Tawfiq Al-Rabee'a"],
        ['Adel bin Zaid Al-Toraifi', 'Adel Al-Toraifi'], ['Adel bin Ahmed Al-Jubeir', 'Adel al-Jubeir'],
        ['Khalid bin Abdulaziz Al-Faleh', 'Khalid Al-Falih'], ['Khalid bin Ali Al-Homaidan', 'Khalid Al-Humaidan'],
      ],
    },
    { prefix: '105', needle: 'MINISTER MARSUDI:', date: '2017-03-05', want: [['MARSUDI', 'Retno Marsudi'], ['Bishop', 'Julie Bishop']] },
    { prefix: '110', needle: 'had a phone call with', date: '2023-01-01', want: [['Abdel Fattah al-Sisi', 'Abdel Fattah el-Sisi'], ['Benjamin Netanyahu', 'Benjamin Netanyahu'], ['Bassam Rady', 'Bassam Rady']] },
    { prefix: '114', needle: 'expressed appreciation for Albanese', date: '2025-05-06', want: [['Chính', 'Pham Minh Chinh'], ['Albanese', 'Anthony Albanese']] },
    { prefix: '114', needle: 'HÀ NỘI', date: '2025-05-06', want: [['Phạm Minh Chính', 'Pham Minh Chinh'], ['Anthony Albanese', 'Anthony Albanese']] },
    { prefix: '108', needle: 'co-convening', date: '2022-04-05', want: [['Ursula von der Leyen', 'Ursula von der Leyen']] },
  ];
  for (const row of rows) {
    it(`${row.prefix}: ${row.needle}`, function () {
      const line = sharedLine(row.prefix, row.needle);
      if (line === null) { this.skip(); return; }
      const found = leaders(line, row.date);
      assert.deepStrictEqual(pairs(found), row.want);
    });
  }
});

describe('leaders: context rules for names the gazetteer does not know', () => {
  const none = indexOffices([]);
  const rows: (Row & { gazetteer?: OfficeTerm[] })[] = [
    {
      name: 'title before a name, then the surname alone',
      text: 'Prime Minister Yoshihiko Noda held a summit meeting with the Hon Julia Gillard, Prime Minister of Australia. Prime Minister Noda expressed his condolences.',
      date: '2012-09-25',
      want: [['Yoshihiko Noda', 'Yoshihiko Noda'], ['Julia Gillard', 'Julia Gillard'], ['Noda', 'Yoshihiko Noda']],
    },
    {
      name: 'a full name acting, then its family name first',
      text: 'Chinese President Xi Jinping said Monday that relations are sound.\n\nXi congratulated Trong again.',
      date: '2021-02-08',
      want: [['Xi Jinping', 'Xi Jinping'], ['Xi', 'Xi Jinping']],
    },
    {
      name: 'apposition with a lower-case office',
      text: 'Khalid bin Ali Al-Homaidan, Chief of General Intelligence, attended.',
      date: '2015-09-04',
      want: [['Khalid bin Ali Al-Homaidan', 'Khalid Al-Homaidan']],
    },
    {
      name: 'family name first in capitals is put in English order',
      text: 'Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit meeting. Prime Minister Kishida welcomed the elevation.',
      date: '2023-12-17',
      want: [['KISHIDA Fumio', 'Fumio Kishida'], ['Kishida', 'Fumio Kishida']],
    },
    {
      name: 'capitalised common noun after a title is not a name',
      text: 'Premier Countries cherish profound friendship created by older generation',
      date: '2021-06-04',
      want: [],
    },
    {
      name: 'honorific with a title after the name',
      text: 'Prime Minister Shri Narendra Modi had a telephone conversation today with H.E. Mr. Rishi Sunak, Prime Minister of the United Kingdom.',
      date: '2024-03-12',
      want: [['Narendra Modi', 'Narendra Modi'], ['Rishi Sunak', 'Rishi Sunak']],
    },
    {
      name: 'an unknown full name that contains other people\'s short forms',
      text: 'Minister of Health Khalid bin Abdulaziz Al-Faleh; and Minister of Finance Dr. Ibrahim Al-Assaf.',
      date: '2015-09-04',
      gazetteer: [{ person: 'Khalid bin Khalifa bin Abdulaziz Al Thani', office: 'Prime Minister of Qatar', country: 'Qatar', from: '2020-01-28' }],
      want: [['Khalid bin Abdulaziz Al-Faleh', 'Khalid Al-Faleh'], ['Ibrahim Al-Assaf', 'Ibrahim Al-Assaf']],
    },
    {
      name: 'family names spelled like English words',
      text: 'Chinese Premier Li Qiang meets with To Lam, general secretary of the Communist Party of Vietnam Central Committee and Vietnamese president, in Hanoi.\nHe said relations are sound.\nHe Lifeng attended the event.',
      date: '2024-10-12',
      want: [['Li Qiang', 'Li Qiang'], ['To Lam', 'To Lam'], ['He Lifeng', 'He Lifeng']],
    },
    {
      name: 'Vietnamese diacritics are dropped in the canonical name, others kept',
      text: 'Deputy Foreign Minister Nguy\u1ec5n Minh V\u0169 and Foreign Minister Hakan Fidan met President of Mexico Andr\u00e9s Manuel L\u00f3pez Obrador.',
      date: '2024-01-01',
      want: [['Nguy\u1ec5n Minh V\u0169', 'Nguyen Minh Vu'], ['Hakan Fidan', 'Hakan Fidan'], ['Andr\u00e9s Manuel L\u00f3pez Obrador', 'Andr\u00e9s Manuel L\u00f3pez Obrador']],
    },
    {
      name: 'a suffix stays in the canonical name of an unknown person',
      text: 'Readout of President Joseph R. Biden, Jr.\u2019s Call. President Biden said.',
      date: '2023-03-29',
      want: [['Joseph R. Biden, Jr.', 'Joseph R. Biden Jr.'], ['Biden', 'Joseph R. Biden Jr.']],
    },
    {
      name: 'a plural title names two people',
      text: 'Foreign Ministers Nguyen Van Alpha and Tran Thi Beta signed the plan.',
      date: '2024-01-01',
      want: [['Nguyen Van Alpha', 'Nguyen Van Alpha'], ['Tran Thi Beta', 'Tran Thi Beta']],
    },
    {
      name: '104 title: a capitalised verb in a Title Case headline is not a name',
      text: 'Brazil, Argetina Presidents Strengthen Mercosur Trade Bloc',
      date: '2016-10-03',
      want: [],
    },
    {
      name: 'loose titles that start names of things',
      text: 'The General Debate opened. Premier League clubs met. General Motors said it would invest.',
      date: '2024-01-01',
      want: [],
    },
    {
      name: 'organisation after a capitalised word is not a person',
      text: 'Mr. Sugiyama, Director-General of the Asian and Oceanian Affairs Bureau.',
      date: '2012-09-25',
      want: [['Sugiyama', 'Sugiyama']],
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const found = leaders(row.text, row.date, row.gazetteer ? indexOffices(row.gazetteer) : none);
      assert.deepStrictEqual(pairs(found), row.want);
      assert.ok(found.every((m) => m.source === 'context'));
    });
  }
});

describe('leaders: compromise as an optional helper', () => {
  const text = 'The Prime Minister and President Von der Leyen expressed their outrage at the death of Alexei Navalny, and underscored the utmost importance of holding those responsible to account.';
  it('confirms a leftover capitalised pair as a person only when loaded', async () => {
    const none = indexOffices([]);
    const without = leaders(text, '2024-02-18', none).map((m) => m.text);
    assert.deepStrictEqual(without, ['Von der Leyen']);
    const nlp = await loadNlp();
    const found = findLeaders({ text, sentences: splitSentences(text), date: '2024-02-18', gazetteer: none, nlp });
    assert.deepStrictEqual(found.map((m) => [m.text, m.source]), [['Von der Leyen', 'context'], ['Alexei Navalny', 'context']]);
  });

  it('is imported by src/core/nlp.ts only, and loaded lazily there', () => {
    const root = path.resolve(__dirname, '../../../src');
    const importers: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.ts$/.test(e.name) && /(?:from\s+|import\s*\(\s*|require\(\s*)['"]compromise(?:\/[\w-]+)?['"]/.test(fs.readFileSync(p, 'utf8'))) importers.push(path.relative(root, p));
      }
    };
    walk(root);
    assert.deepStrictEqual(importers, [path.join('core', 'nlp.ts')]);
    assert.doesNotMatch(fs.readFileSync(path.join(root, 'core', 'nlp.ts'), 'utf8'), /^import .*['"]compromise['"]/m, 'no static import');
  });

  it('does not take an operation name for a person', async () => {
    const nlp = await loadNlp();
    const t = 'They welcomed efforts such as Prosperity Guardian and Operation Aspides to restore stability.';
    assert.deepStrictEqual(findLeaders({ text: t, sentences: splitSentences(t), date: '2024-02-18', gazetteer: indexOffices([]), nlp }), []);
  });
});

describe('leaders: fields and user gazetteer', () => {
  it('a title before a surname-only mention is reported as written', () => {
    const found = leaders('Ms. Theresa Lazaro, Secretary of Foreign Affairs of the Republic of the Philippines. Minister Iwaya stated it.', '2025-03-05');
    assert.deepStrictEqual(found.map((m) => m.title), ['Ms.', 'Minister']);
  });

  it('carries title, office and country at the date', () => {
    const [m] = leaders('Chinese Premier Li Qiang said here Saturday that China stands ready.', '2024-10-12');
    assert.strictEqual(m.title, 'Premier');
    assert.match(m.office ?? '', /Premier/);
    assert.strictEqual(m.country, 'China');
    assert.strictEqual(m.source, 'gazetteer');
  });

  it('a former office holder keeps a country but no office at the date', function () {
    const line = sharedLine('104', 'Dilma Rousseff');
    if (line === null) { this.skip(); return; }
    const found = leaders(line, '2016-10-03');
    const dilma = found.find((m) => m.canonical === 'Dilma Rousseff');
    assert.ok(dilma);
    assert.strictEqual(dilma.office, undefined);
    assert.strictEqual(dilma.country, 'Brazil');
    assert.match(found.find((m) => m.canonical === 'Michel Temer')?.office ?? '', /President/);
  });

  it('user entries win over the bundled gazetteer', () => {
    const user: Partial<Gazetteer> = {
      offices: [{ person: 'Liu Weibing', office: 'Photo desk chief', country: 'China', from: '2020-01-01', titles: ['Editor'] }],
    };
    const found = leaders('Editor Liu Weibing met the press. Liu said the pictures were ready.', '2024-10-12', buildGazetteer(user));
    assert.deepStrictEqual(pairs(found), [['Liu Weibing', 'Liu Weibing'], ['Liu', 'Liu Weibing']]);
    assert.ok(found.every((m) => m.source === 'user'));
  });

  it('a user redefinition of a bundled person replaces its terms', () => {
    const user: Partial<Gazetteer> = { offices: [{ person: 'Xiong Bo', office: 'Special Envoy', country: 'China', from: '2024-01-01' }] };
    const [m] = leaders('according to Chinese Ambassador to Vietnam Xiong Bo.', '2024-06-01', buildGazetteer(user));
    assert.strictEqual(m.office, 'Special Envoy');
    assert.strictEqual(m.source, 'user');
  });

  it('notLeaders surfaces are never reported', () => {
    const g = buildGazetteer({ notLeaders: ['Moon'] });
    const found = leaders('President Trump thanked President Moon for his hospitality.', '2018-03-01', g);
    assert.deepStrictEqual(pairs(found), [['Trump', 'Donald Trump']]);
  });

  it('the bundled index is built once and reused', () => {
    assert.strictEqual(buildGazetteer(), buildGazetteer());
    const user = { offices: [] };
    assert.strictEqual(buildGazetteer(user), buildGazetteer(user));
  });
});
