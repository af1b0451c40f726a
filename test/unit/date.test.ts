// The talks date (GUIDELINES section 1), one row per kind of evidence: the caller's option, a
// metadata line, a dateline with the year taken from elsewhere, an explicit "On <date>", a
// weekday counted back from a time stamp or publication date, a title date, a sign-off date with
// "today"; publication stamps and scraped prefixes are never taken as the talks date.
import * as assert from 'node:assert';
import { findReadoutDate } from '../../src/core/extract/date';
import type { AnalyzeOptions, ReadoutDate } from '../../src/core/types';
import { CORPUS_DIR, corpusNames, readGold, readReadoutText } from './corpusFiles';

interface Row { name: string; text: string; options?: AnalyzeOptions; date: string | null; source: ReadoutDate['source']; evidence?: string }

const ROWS: Row[] = [
  {
    name: 'the caller\'s date wins',
    text: 'Japan-Australia Summit Meeting (overview)\n2012-09-25\n\nAt 10:50 am on Tuesday, September 25, ...',
    options: { date: '2020-01-01' }, date: '2020-01-01', source: 'option',
  },
  {
    name: '101: metadata line under the title',
    text: 'Japan-Australia Summit Meeting (overview)\n2012-09-25\n\nAt 10:50 am on Tuesday, September 25, Prime Minister Yoshihiko Noda held a summit meeting.',
    date: '2012-09-25', source: 'metadata', evidence: '2012-09-25',
  },
  {
    name: '002: scraped "date" prefix is publication; "On January 13, 2022" is the talks',
    text: ' date 2022-01-15 On January 13, 2022, Premier Li Keqiang had a phone conversation with Vietnamese Prime Minister Pham Minh Chinh.',
    date: '2022-01-13', source: 'explicit', evidence: 'January 13, 2022',
  },
  {
    name: '004: dateline without year, year from the scraped prefix',
    text: ' date 2021-02-09 BEIJING, Feb. 8 (Xinhua) -- Chinese President Xi Jinping said Monday that China-Vietnam relations are standing at a new historical starting point.',
    date: '2021-02-08', source: 'relative', evidence: 'Feb. 8',
  },
  {
    name: '001: dateline without year, year from the caption\'s full date',
    text: 'China to promote cooperation with Vietnam -- Premier Li\n\nChinese Premier Li Qiang meets with To Lam in Hanoi, Vietnam, Oct. 12, 2024. (Xinhua/Liu Weibing)\n\nHANOI, Oct. 12 (Xinhua) -- Chinese Premier Li Qiang said here Saturday that China stands ready.',
    date: '2024-10-12', source: 'explicit', evidence: 'Oct. 12',
  },
  {
    name: '000: time stamp 2021/6/5 and "on Friday" -> 4 June',
    text: 'Li Beijing to strengthen cooperation with Hanoi\n2021/6/5 6:49\nA woman wears a protective mask in Hanoi, Vietnam on July , .  Bilateral cooperation was a major highlight of Premier Li Keqiangs telephone conversation with Vietnamese Prime Minister Pham Minh Chinh on Friday morning.',
    date: '2021-06-04', source: 'relative', evidence: 'Friday',
  },
  {
    name: '110 without its metadata line: stamp "January 2, 2023 at 10:35 am" and "on Sunday"',
    text: 'Egyptian president congratulates Israel\'s new PM in phone call\n\nJanuary 2, 2023 at 10:35 am\nSisi and Netanyahu meet in New York 18 September 2017 [thenewkhalij]\n\nEgyptian President Abdel Fattah al-Sisi had a phone call with Israeli Prime Minister Benjamin Netanyahu on Sunday to congratulate him.',
    date: '2023-01-01', source: 'relative', evidence: 'Sunday',
  },
  {
    name: '112 without its metadata line: date in the title',
    text: 'PM call with EU Commission President Von der Leyen: 18 February 2024\n\nThe Prime Minister spoke to European Commission President, Ursula Von der Leyen, this afternoon.',
    date: '2024-02-18', source: 'explicit', evidence: '18 February 2024',
  },
  {
    name: '113 without its metadata line: sign-off date and "today"',
    text: 'Prime Minister speaks with the Prime Minister of the United Kingdom\n\nPrime Minister Shri Narendra Modi had a telephone conversation today with H.E. Mr. Rishi Sunak.\n\nNew Delhi\nMarch 12, 2024',
    date: '2024-03-12', source: 'relative',
  },
  {
    name: 'a weekday counted back from the caller\'s publication date',
    text: 'Chinese President Xi Jinping said Monday that China is willing to work with Vietnam.',
    options: { publicationDate: '2021-02-10' }, date: '2021-02-08', source: 'relative', evidence: 'Monday',
  },
  {
    name: 'a year-less dateline in December read in January takes the previous year',
    text: 'HANOI, Dec. 30 (VNA) -- Prime Minister Pham Minh Chinh held talks with his Lao counterpart.',
    options: { publicationDate: '2024-01-02' }, date: '2023-12-30', source: 'relative', evidence: 'Dec. 30',
  },
  {
    name: '101 without its metadata line: the year from the weekday and the leaders\' terms',
    text: 'Japan-Australia Summit Meeting (overview)\n\nAt 10:50 am on Tuesday, September 25, Prime Minister Yoshihiko Noda held a summit meeting with the Hon Julia Gillard, Prime Minister of Australia at the United Nations Headquarters.',
    date: '2012-09-25', source: 'relative', evidence: 'September 25',
  },
  {
    name: '"On the afternoon of <date>" after a headline',
    text: 'Xi Jinping Holds Talks with U.S. President Joe Biden\n\nOn the afternoon of November 15, 2023 local time, President Xi Jinping held talks with U.S. President Joe Biden at Filoli Estate in California.',
    date: '2023-11-15', source: 'explicit', evidence: 'November 15, 2023',
  },
  {
    name: 'dates of other events are not the talks',
    text: 'Unique cooperation\n\nAt the first Council of Ministers since the Treaty of Aachen was signed in January 2019, the two sides discussed objectives.',
    date: null, source: 'none',
  },
  {
    name: '003: no date anywhere -> null',
    text: 'Article Number: 634\nChina: Wang Yi Holds Talks with Vietnamese Foreign Minister Bui Thanh Son\nState Councilor and Foreign Minister Wang Yi held talks with Vietnamese Foreign Minister Bui Thanh Son in Anji County, Zhejiang Province.',
    date: null, source: 'none',
  },
  {
    name: 'a lone time stamp stands for the talks when nothing else dates them',
    text: 'Leaders talk trade\n2021/6/5 6:49\nThe two leaders agreed to deepen cooperation.',
    date: '2021-06-05', source: 'explicit', evidence: '2021/6/5',
  },
  {
    name: 'a page date under the title, then "on Friday"',
    text: 'Premier holds talks\nJune 7, 2021\nThe premier held talks with his counterpart on Friday.',
    date: '2021-06-04', source: 'relative', evidence: 'Friday',
  },
  {
    name: 'a historical date opening the body is not the talks',
    text: 'Leaders mark anniversary\n2021/6/5 6:49\nOn January 18, 1950, the two countries established diplomatic relations. The leaders spoke on Friday.',
    date: '2021-06-04', source: 'relative', evidence: 'Friday',
  },
];

describe('findReadoutDate', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const got = findReadoutDate(row.text, row.options ?? {});
      assert.strictEqual(got.date, row.date);
      assert.strictEqual(got.source, row.source);
      if (row.evidence) {
        assert.ok(got.evidence, 'evidence span');
        assert.strictEqual(row.text.slice(got.evidence.start, got.evidence.end), row.evidence);
        assert.strictEqual(got.evidence.text, row.evidence);
      }
    });
  }

  it('finds the gold date of the corpus files by general rules', () => {
    const names = corpusNames(CORPUS_DIR);
    let right = 0;
    const wrong: string[] = [];
    for (const name of names) {
      const gold = readGold<{ date: string | null }>(name);
      const got = findReadoutDate(readReadoutText(name).replace(/^\uFEFF/, ''), {}).date;
      if (got === gold.date) right++;
      else wrong.push(`${name}: ${got} != ${gold.date}`);
    }
    // 003 carries no date at all; every other file is expected right.
    assert.ok(right >= names.length - 1, wrong.join('\n'));
  });
});
