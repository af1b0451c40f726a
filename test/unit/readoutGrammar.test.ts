// The readout TextMate grammar on real readout lines: datelines, photo captions and credits,
// metadata and time-stamp lines, capitals sub-headings, and body sentences that are none of them.
// Oniguruma patterns are run as JavaScript regular expressions (the grammar uses the common subset).
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const grammar = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../syntaxes/readout.tmLanguage.json'), 'utf8'));

interface Rule { match?: string; name?: string; patterns?: Rule[] }
function rules(name: string): Rule[] {
  const r: Rule = grammar.repository[name];
  return r.patterns ?? [r];
}
function firstMatch(name: string, line: string): RegExpExecArray | null {
  for (const r of rules(name)) {
    const m = r.match ? new RegExp(r.match, 'u').exec(line) : null;
    if (m) return m;
  }
  return null;
}

describe('readout grammar', () => {
  const datelines: { line: string; place?: string; date?: string; agency?: string }[] = [
    { line: 'HANOI, Oct. 12 (Xinhua) -- Chinese Premier Li Qiang said here Saturday that China stands ready', place: 'HANOI', date: 'Oct. 12', agency: 'Xinhua' },
    { line: ' date 2021-02-09 BEIJING, Feb. 8 (Xinhua) -- Chinese President Xi Jinping said Monday', place: 'BEIJING', date: 'Feb. 8', agency: 'Xinhua' },
    { line: 'Beijing (VNA) \u2013 Prime Minister Ph\u1EA1m Minh Ch\u00EDnh held talks with Chinese Premier Li Qiang', place: 'Beijing', agency: 'VNA' },
    { line: 'China is willing to continue to make bigger the pie of economic and trade cooperation with Vietnam, said Li.' },
    { line: 'Li conveyed the cordial greetings of Xi Jinping, general secretary of the Communist Party of China Central Committee' },
  ];
  for (const row of datelines) {
    it(`dateline: ${row.line.slice(0, 50)}… -> ${row.place ?? 'none'}`, () => {
      const m = firstMatch('dateline', row.line);
      if (!row.place) { assert.strictEqual(m, null); return; }
      assert.ok(m, 'no dateline match');
      assert.strictEqual(m[1], row.place);
      assert.strictEqual(m[3] || undefined, row.date);
      assert.strictEqual(m[5], row.agency);
    });
  }

  const captions: { line: string; credit?: string }[] = [
    { line: 'Chinese Premier Li Qiang meets with To Lam, general secretary of the Communist Party of Vietnam Central Committee and Vietnamese president, in Hanoi, Vietnam, Oct. 12, 2024. (Xinhua/Liu Weibing)', credit: '(Xinhua/Liu Weibing)' },
    { line: 'The two sides signed a memorandum of understanding (MoU) on trade.' },
  ];
  for (const row of captions) {
    it(`caption: ${row.line.slice(0, 50)}… -> ${row.credit ?? 'none'}`, () => {
      const m = firstMatch('caption', row.line);
      assert.strictEqual(m?.[2], row.credit);
    });
  }

  const metadata: { line: string; yes: boolean }[] = [
    { line: 'Article Number: 634', yes: true },
    { line: 'Photo: Bundesregierung/Steins', yes: true },
    { line: '2021/6/5 6:49', yes: true },
    { line: '2012-09-25', yes: true },
    { line: 'Source: Ministry of Foreign Affairs of the People\u2019s Republic of China', yes: true },
    { line: 'He said that China is willing to work with Vietnam to implement the important consensus.', yes: false },
  ];
  for (const row of metadata) {
    it(`metadata: ${row.line.slice(0, 50)} -> ${row.yes}`, () => {
      assert.strictEqual(!!firstMatch('metadata', row.line), row.yes);
    });
  }

  it('headings: a Markdown heading and a line in capitals; a sentence is not one', () => {
    assert.ok(firstMatch('heading', '## Talks in Hanoi'));
    assert.ok(firstMatch('heading', 'JOINT STATEMENT ON THE COMPREHENSIVE STRATEGIC PARTNERSHIP'));
    assert.strictEqual(firstMatch('heading', 'China to promote high-quality, high-level cooperation with Vietnam -- Premier Li'), null);
  });

  it('quotations are strings', () => {
    const m = firstMatch('quotes', 'Noda said, \u201cJapan will continue to cooperate.\u201d');
    assert.strictEqual(m?.[0], '\u201cJapan will continue to cooperate.\u201d');
  });
});
