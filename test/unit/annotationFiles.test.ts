// Keeping annotations safe on disk: the three-way merge of a sidecar changed by another window,
// the CSV export of all labels, and the user gazetteer file (read with the place of each
// problem, entries added without disturbing the rest, a broken file never rewritten).
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeSpan } from '../../src/core/annotations/anchor';
import { annotationsToCsv, csvCell } from '../../src/core/annotations/csv';
import { addToUserGazetteer, parseUserGazetteer } from '../../src/core/annotations/gazetteerFile';
import { mergeAnnotations } from '../../src/core/annotations/merge';
import type { ReadoutAnnotation } from '../../src/core/annotations/model';
import { anchorAnnotations } from '../../src/core/annotations/anchor';
import { readout } from './corpusFiles';

const TEXT = readout('106_us_korea').text;
function at(phrase: string) {
  const s = TEXT.indexOf(phrase);
  return describeSpan(TEXT, s, s + phrase.length);
}
const T = (h: number) => `2026-11-30T${String(h).padStart(2, '0')}:00:00.000Z`;
function ann(id: string, phrase: string, extra: Partial<ReadoutAnnotation> = {}, hour = 9): ReadoutAnnotation {
  return { id, kind: 'leader', anchor: at(phrase), created: T(9), modified: T(hour), ...extra };
}

describe('merging a sidecar written by two windows', () => {
  const a = ann('a', 'Moon Jae-in');
  const b = ann('b', 'Donald J. Trump');
  const ids = (l: ReadoutAnnotation[]) => l.map((x) => x.id).sort();

  it('both windows added different annotations: both kept', () => {
    const c = ann('c', 'Republic of Korea', { kind: 'note', note: 'ROK' });
    assert.deepStrictEqual(ids(mergeAnnotations([a], [a, b], [a, c])), ['a', 'b', 'c']);
  });
  it('the other window deleted one we did not touch: it stays deleted', () => {
    assert.deepStrictEqual(ids(mergeAnnotations([a, b], [a, b], [a])), ['a']);
  });
  it('we deleted one the other window did not touch: it stays deleted', () => {
    assert.deepStrictEqual(ids(mergeAnnotations([a, b], [a], [a, b])), ['a']);
  });
  it('one side changed it, the other did not: the change wins whichever side', () => {
    const changed = { ...a, canonical: 'Moon Jae-in', modified: T(10) };
    assert.strictEqual(mergeAnnotations([a], [a], [changed])[0].canonical, 'Moon Jae-in');
    assert.strictEqual(mergeAnnotations([a], [changed], [a])[0].canonical, 'Moon Jae-in');
  });
  it('both changed it: the later modification wins', () => {
    const mine = { ...a, note: 'mine', modified: T(11) };
    const theirs = { ...a, note: 'theirs', modified: T(10) };
    assert.strictEqual(mergeAnnotations([a], [mine], [theirs])[0].note, 'mine');
    assert.strictEqual(mergeAnnotations([a], [{ ...mine, modified: T(9) }], [theirs])[0].note, 'theirs');
  });
  it('deleted on one side, changed on the other: the label is kept', () => {
    const changed = { ...a, note: 'keep me', modified: T(10) };
    assert.deepStrictEqual(ids(mergeAnnotations([a], [], [changed])), ['a']);
    assert.deepStrictEqual(ids(mergeAnnotations([a], [changed], [])), ['a']);
  });
  it('nothing changed anywhere: nothing changes', () => {
    assert.deepStrictEqual(mergeAnnotations([a, b], [a, b], [a, b]), [a, b]);
  });
});

describe('CSV of all labels', () => {
  it('one row per annotation with text, line and attributes; orphans marked', () => {
    const leader = ann('a', 'Moon Jae-in', { canonical: 'Moon Jae-in' });
    const note = ann('b', 'Donald J. Trump', { kind: 'note', note: 'says "congratulate", twice\nsee line 5' });
    const anchored = anchorAnnotations(TEXT, [leader, note]);
    anchored.push({ annotation: ann('c', 'Moon Jae-in', { kind: 'reject', category: 'leader' }), status: 'orphan', start: 1, end: 2 });
    const csv = annotationsToCsv([{ file: 'readouts/106.txt', text: TEXT, anchored }]);
    const lines = csv.split('\r\n');
    assert.match(lines[0], /^file,id,kind,category,status,line,start,end,text,canonical,party,strength,topic/);
    assert.ok(lines[1].startsWith(`readouts/106.txt,a,leader,,anchored,1,${leader.anchor.start},${leader.anchor.end},Moon Jae-in,Moon Jae-in,`));
    assert.ok(csv.includes('"says ""congratulate"", twice\nsee line 5"'), 'quotes doubled, new line kept inside quotes');
    assert.ok(csv.includes('readouts/106.txt,c,reject,leader,orphan,,,,Moon Jae-in'), 'orphan: no position, its stored quote');
    assert.ok(csv.endsWith('\r\n'));
  });

  it('cells a spreadsheet would run as formulas are neutralised', () => {
    assert.strictEqual(csvCell('=HYPERLINK("http://x")'), '"\'=HYPERLINK(""http://x"")"');
    assert.strictEqual(csvCell('+1'), "'+1");
    assert.strictEqual(csvCell(-3), '-3', 'numbers are numbers');
    assert.strictEqual(csvCell('Li Qiang'), 'Li Qiang');
  });
});

describe('the user gazetteer file', () => {
  const GOOD = `{
  "$schema": "./schemas/user-gazetteer.schema.json",
  "offices": [
    { "person": "Moon Jae-in", "office": "President of the Republic of Korea", "country": "South Korea", "from": "2017-05-10", "to": "2022-05-09", "titles": ["President"] }
  ],
  "agreements": [{ "canonical": "Panmunjom Declaration", "acronym": "PD", "kind": "statement" }],
  "notLeaders": ["Xinhua"],
  "myNotes": "kept"
}
`;
  it('reads offices, agreements and notLeaders; warns about unknown keys', () => {
    const r = parseUserGazetteer(GOOD);
    assert.ok(r.ok);
    assert.strictEqual(r.gazetteer.offices[0].to, '2022-05-09');
    assert.deepStrictEqual(r.gazetteer.notLeaders, ['Xinhua']);
    assert.strictEqual(r.gazetteer.agreements[0].acronym, 'PD');
    assert.match(r.warnings[0].message, /unknown key "myNotes"/);
    assert.strictEqual(r.warnings[0].line, 7);
  });

  const broken: Array<[string, string, RegExp, number]> = [
    ['a bad date', GOOD.replace('"2017-05-10"', '"10 May 2017"'), /"from" must be a date/, 3],
    ['"to" before "from"', GOOD.replace('"2022-05-09"', '"2016-01-01"'), /"to" \(2016-01-01\) is before "from"/, 3],
    ['a missing person', GOOD.replace('"person": "Moon Jae-in", ', ''), /"person" is required/, 3],
    ['a syntax error', GOOD.replace('"Xinhua"]', '"Xinhua"'), /expected "," or "]"/, 7],
    ['notLeaders not a list', GOOD.replace('["Xinhua"]', '"Xinhua"'), /"notLeaders" must be a list/, 6],
  ];
  for (const [name, text, message, line] of broken) {
    it(`refuses ${name} with its line`, () => {
      const r = parseUserGazetteer(text);
      assert.ok(!r.ok);
      assert.match(r.errors[0].message, message);
      assert.strictEqual(r.errors[0].line, line);
    });
  }

  it('adding entries keeps the user\'s keys and order, and does not add twice', () => {
    const office = { person: 'Yoon Suk Yeol', office: 'President of the Republic of Korea', country: 'South Korea', from: '2022-05-10', to: '2025-04-04', titles: ['President'] };
    const once = addToUserGazetteer(GOOD, { office, notLeader: 'Yonhap' });
    assert.ok(once.ok);
    const twice = addToUserGazetteer(once.text, { office, notLeader: 'Yonhap' });
    assert.ok(twice.ok);
    assert.strictEqual(twice.text, once.text);
    const g = JSON.parse(once.text);
    assert.deepStrictEqual(Object.keys(g), ['$schema', 'offices', 'agreements', 'notLeaders', 'myNotes']);
    assert.deepStrictEqual(g.offices.map((o: { person: string }) => o.person), ['Moon Jae-in', 'Yoon Suk Yeol']);
    assert.deepStrictEqual(Object.keys(g.offices[1]), ['person', 'office', 'titles', 'country', 'from', 'to']);
    assert.deepStrictEqual(g.notLeaders, ['Xinhua', 'Yonhap']);
  });

  it('creates the file with its $schema; refuses to rewrite a broken one', () => {
    const created = addToUserGazetteer(undefined, { agreement: { canonical: 'Comprehensive Strategic Partnership', acronym: 'CSP' } });
    assert.ok(created.ok);
    assert.deepStrictEqual(JSON.parse(created.text).$schema, './schemas/user-gazetteer.schema.json');
    const refused = addToUserGazetteer('{"offices": [', { notLeader: 'X' });
    assert.ok(!refused.ok);
    assert.strictEqual(refused.errors[0].line, 0);
  });
});

describe('the annotation schemas are contributed', () => {
  const root = path.resolve(__dirname, '../../..');
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  it('jsonValidation points at schema files that exist and are JSON Schemas', () => {
    const entries: { fileMatch: string; url: string }[] = pkg.contributes.jsonValidation;
    for (const [match, file] of [['**/.readout-lens/gazetteer.json', 'user-gazetteer.schema.json'], ['**/.readout-lens/annotations/**/*.json', 'annotations.schema.json']]) {
      const entry = entries.find((e) => e.fileMatch === match);
      assert.ok(entry, `no jsonValidation for ${match}`);
      assert.strictEqual(entry.url, `./schemas/${file}`);
      const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', file), 'utf8'));
      assert.match(schema.$schema, /json-schema\.org/);
    }
  });
  it('the gazetteer schema knows the same keys as the reader', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'user-gazetteer.schema.json'), 'utf8'));
    assert.deepStrictEqual(Object.keys(schema.properties).sort(), ['$schema', 'agreements', 'notLeaders', 'offices']);
    assert.deepStrictEqual(schema.properties.offices.items.required, ['person', 'office', 'country', 'from']);
    assert.ok(fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').includes('!schemas/*.json'), 'the schemas ship in the .vsix');
  });
});
