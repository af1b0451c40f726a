// Anchoring and re-anchoring user annotations on corpus readouts: the words an annotation was
// made on are found again after edits before, inside and after them, after paragraphs move,
// after whitespace, quote-style, line-ending and Unicode-normalisation changes; and an
// annotation whose words are gone becomes an orphan instead of jumping to other words.
import * as assert from 'node:assert';
import { anchorAnnotations, anchorQuote, bestSubstringMatch, describeSpan, moveSpan, normalizeForAnchoring, positionConverter } from '../../src/core/annotations/anchor';
import type { ReadoutAnnotation, TextAnchor } from '../../src/core/annotations/model';
import { readout } from './corpusFiles';

const XI_MARCOS = readout('109_china_philippines').text;
const CRLF_VN = readout('synthetic_02_vietnam_china_crlf').text;
const TRUMP_MOON = readout('106_us_korea').text;

/** The anchor of `phrase`, taking the occurrence inside the first occurrence of `within`. */
function anchorOf(text: string, phrase: string, within = phrase): TextAnchor {
  const w = text.indexOf(within);
  assert.ok(w >= 0, `not in text: ${within}`);
  const start = text.indexOf(phrase, w);
  assert.ok(start >= 0 && start < w + within.length, `${phrase} not inside ${within}`);
  return describeSpan(text, start, start + phrase.length);
}

/** Where `phrase` is in text inside `within` (the expected answer after an edit). */
function spanOf(text: string, phrase: string, within = phrase): { start: number; end: number } {
  const w = text.indexOf(within);
  assert.ok(w >= 0, `expected text missing: ${within}`);
  const start = text.indexOf(phrase, w);
  return { start, end: start + phrase.length };
}

const PLEDGE = 'The Chinese president said the two countries should also grasp the general trend';
const PLEDGE_SENTENCE = XI_MARCOS.slice(XI_MARCOS.indexOf(PLEDGE), XI_MARCOS.indexOf('bilateral ties.', XI_MARCOS.indexOf(PLEDGE)) + 'bilateral ties.'.length);
const SAYING = '"If you do not know where you have come from, you cannot go far,"';
const MARCOS_CALLED = 'calling Marcos a builder';
const LONG_QUOTE = XI_MARCOS.slice(XI_MARCOS.indexOf('Xi congratulated Marcos'), XI_MARCOS.indexOf('China-Philippines friendship.') + 'China-Philippines friendship.'.length);
const SECOND_PARAGRAPH = 'Xi congratulated Marcos again on his election as the president of the Philippines.\n\n';

interface Row {
  name: string;
  text: string;
  /** What is annotated: phrase, and a longer unique stretch that contains the intended occurrence. */
  phrase: string;
  within?: string;
  edit: (t: string) => string;
  /** Where the words are after the edit (phrase inside within, in the edited text), or 'orphan'. */
  expect: { phrase: string; within?: string } | 'orphan';
  status?: 'anchored' | 'fuzzy';
}

const rows: Row[] = [
  { name: 'unchanged text', text: XI_MARCOS, phrase: 'Marcos', within: MARCOS_CALLED, edit: (t) => t, expect: { phrase: 'Marcos', within: MARCOS_CALLED }, status: 'anchored' },
  { name: 'insertion before the anchor (a new first paragraph)', text: XI_MARCOS, phrase: 'Marcos', within: MARCOS_CALLED,
    edit: (t) => 'EDITOR\'S NOTE: corrected copy.\n\n' + t, expect: { phrase: 'Marcos', within: MARCOS_CALLED }, status: 'anchored' },
  { name: 'deletion before the anchor (title line removed)', text: XI_MARCOS, phrase: 'Marcos', within: MARCOS_CALLED,
    edit: (t) => t.slice(t.indexOf('\n') + 1), expect: { phrase: 'Marcos', within: MARCOS_CALLED }, status: 'anchored' },
  { name: 'insertion after the anchor', text: XI_MARCOS, phrase: PLEDGE_SENTENCE,
    edit: (t) => t.replace('Xi pointed out', 'A new paragraph follows.\n\nXi pointed out'), expect: { phrase: PLEDGE_SENTENCE }, status: 'anchored' },
  { name: 'deletion after the anchor (the rest of the readout cut)', text: XI_MARCOS, phrase: PLEDGE_SENTENCE,
    edit: (t) => t.slice(0, t.indexOf('Xi pointed out')), expect: { phrase: PLEDGE_SENTENCE }, status: 'anchored' },
  { name: 'insertion right before and right after a short anchor (one side of the context survives)', text: XI_MARCOS, phrase: 'Marcos', within: MARCOS_CALLED,
    edit: (t) => t.replace('calling Marcos a builder', 'calling Mr. Marcos a builder'), expect: { phrase: 'Marcos', within: 'Mr. Marcos a builder' }, status: 'anchored' },
  { name: 'insertion inside the anchor (a word added to the pledge)', text: XI_MARCOS, phrase: PLEDGE_SENTENCE,
    edit: (t) => t.replace('should also grasp', 'should also firmly grasp'),
    expect: { phrase: PLEDGE_SENTENCE.replace('should also grasp', 'should also firmly grasp') }, status: 'fuzzy' },
  { name: 'deletion inside the anchor (a phrase dropped from the pledge)', text: XI_MARCOS, phrase: PLEDGE_SENTENCE,
    edit: (t) => t.replace(' in the new era', ''),
    expect: { phrase: PLEDGE_SENTENCE.replace(' in the new era', '') }, status: 'fuzzy' },
  { name: 'a typo fixed inside a name (context decides)', text: TRUMP_MOON, phrase: 'Moon Jae-in', within: 'President Moon Jae-in',
    edit: (t) => t.replace('President Moon Jae-in', 'President Moon Jae In'), expect: { phrase: 'Moon Jae In', within: 'President Moon Jae In' }, status: 'fuzzy' },
  { name: 'reordered paragraphs (the annotated one moved to the end)', text: XI_MARCOS, phrase: 'Marcos', within: SECOND_PARAGRAPH,
    edit: (t) => t.replace(SECOND_PARAGRAPH, '') + '\n\n' + SECOND_PARAGRAPH.trim(), expect: { phrase: 'Marcos', within: SECOND_PARAGRAPH.trim() }, status: 'anchored' },
  { name: 'whitespace changed (the pledge re-wrapped over lines, spaces doubled)', text: XI_MARCOS, phrase: PLEDGE_SENTENCE,
    edit: (t) => t.replace(PLEDGE_SENTENCE, PLEDGE_SENTENCE.replace(/ write a grand/, '\n   write a grand').replace(/ the bilateral ties/, '  the  bilateral ties')),
    expect: { phrase: PLEDGE_SENTENCE.replace(/ write a grand/, '\n   write a grand').replace(/ the bilateral ties/, '  the  bilateral ties') }, status: 'anchored' },
  { name: 'quote style changed (straight to curly quotes)', text: XI_MARCOS, phrase: SAYING,
    edit: (t) => t.replace(SAYING, '\u201cIf you do not know where you have come from, you cannot go far,\u201d'),
    expect: { phrase: '\u201cIf you do not know where you have come from, you cannot go far,\u201d' }, status: 'anchored' },
  { name: 'a long quote (two paragraphs, matched by head and tail) with a clause inserted inside', text: XI_MARCOS, phrase: LONG_QUOTE,
    edit: (t) => t.replace('witnessed the development', 'witnessed, over many years, the development'),
    expect: { phrase: LONG_QUOTE.replace('witnessed the development', 'witnessed, over many years, the development') }, status: 'fuzzy' },
  { name: 'a long quote deleted: orphan', text: XI_MARCOS, phrase: LONG_QUOTE, edit: (t) => t.replace(LONG_QUOTE, 'Text removed.'), expect: 'orphan' },
  { name: 'the annotated sentence deleted: orphan', text: XI_MARCOS, phrase: PLEDGE_SENTENCE,
    edit: (t) => t.replace(PLEDGE_SENTENCE + '\n\n', ''), expect: 'orphan' },
  { name: 'a short anchor whose sentence is deleted does not jump to another mention: orphan', text: XI_MARCOS, phrase: 'Marcos', within: MARCOS_CALLED,
    edit: (t) => t.replace(/He stressed that Marcos[^\n]*\n\n/, ''), expect: 'orphan' },
  { name: 'nothing here: the words of another readout', text: XI_MARCOS, phrase: PLEDGE_SENTENCE, edit: () => TRUMP_MOON, expect: 'orphan' },
  { name: 'LF to CRLF (whole file), a quote over a paragraph break', text: XI_MARCOS, phrase: 'development.\n\nXi congratulated',
    edit: (t) => t.replace(/\n/g, '\r\n'), expect: { phrase: 'development.\r\n\r\nXi congratulated' }, status: 'anchored' },
  { name: 'CRLF file: text inserted on an earlier line', text: CRLF_VN, phrase: 'Chính', within: 'Chính proposed',
    edit: (t) => t.replace('Beijing (VNA)', 'BEIJING (VNA), Monday\r\n'), expect: { phrase: 'Chính', within: 'Chính proposed' }, status: 'anchored' },
  { name: 'emoji (surrogate pairs) inserted before a name after a CRLF', text: CRLF_VN, phrase: 'Li Qiang', within: 'Li Qiang said China',
    edit: (t) => t.replace('\u{1F4CC} Li Qiang said', '\u{1F4CC}\u{1F1E8}\u{1F1F3} Li Qiang said'), expect: { phrase: 'Li Qiang', within: 'Li Qiang said China' }, status: 'anchored' },
  { name: 'NFC to NFD (whole file): diacritics decomposed', text: CRLF_VN, phrase: 'Prime Minister Phạm Minh Chính held talks',
    edit: (t) => t.normalize('NFD'), expect: { phrase: 'Prime Minister Phạm Minh Chính held talks'.normalize('NFD') }, status: 'anchored' },
  { name: 'the NFD line of the readout: an edit before it keeps the decomposed offsets', text: CRLF_VN, phrase: 'Phạm Minh Chính affirmed'.normalize('NFD'),
    edit: (t) => t.replace('Trade through', 'x').replace('Beijing (VNA)', 'Hanoi and Beijing (VNA)'), expect: { phrase: 'Phạm Minh Chính affirmed'.normalize('NFD') }, status: 'anchored' },
  { name: 'NFD anchor found in an NFC text', text: CRLF_VN.normalize('NFD'), phrase: 'Việt Nam'.normalize('NFD'),
    edit: (t) => t.normalize('NFC'), expect: { phrase: 'Việt Nam' }, status: 'anchored' },
];

describe('anchoring annotations on corpus readouts', () => {
  for (const row of rows) {
    it(row.name, () => {
      const anchor = anchorOf(row.text, row.phrase, row.within);
      const edited = row.edit(row.text);
      const m = anchorQuote(edited, anchor);
      if (row.expect === 'orphan') {
        assert.strictEqual(m, null, `expected an orphan, got ${JSON.stringify(m && edited.slice(m.start, m.end))}`);
        return;
      }
      const want = spanOf(edited, row.expect.phrase, row.expect.within);
      assert.ok(m, `not placed; wanted ${JSON.stringify(row.expect.phrase)}`);
      assert.deepStrictEqual({ start: m.start, end: m.end }, want, `got ${JSON.stringify(edited.slice(m.start, m.end))}`);
      if (row.status) assert.strictEqual(m.status, row.status);
    });
  }

  it('picks the occurrence whose context matches among several identical quotes', () => {
    // "Xi" occurs many times; the annotation is on the one in "Xi pointed out".
    const anchor = anchorOf(XI_MARCOS, 'Xi', 'Xi pointed out');
    const edited = XI_MARCOS.replace('Xi congratulated', 'Xi warmly congratulated').replace('BEIJING', 'BEIJING, China');
    assert.deepStrictEqual(pick(anchorQuote(edited, anchor)), spanOf(edited, 'Xi', 'Xi pointed out'));
  });

  it('keeps offsets in UTF-16 units after emoji: the slice is the quote', () => {
    const anchor = anchorOf(CRLF_VN, 'Chính', '\u{1F1FB}\u{1F1F3} Chính proposed');
    const edited = '\u{1F600}\u{1F600}\r\n' + CRLF_VN;
    const m = anchorQuote(edited, anchor);
    assert.ok(m);
    assert.strictEqual(edited.slice(m.start, m.end), 'Chính');
    assert.strictEqual(m.start, anchor.start + 6);
  });

  it('anchorAnnotations refreshes the quote of placed annotations and keeps orphans as they were', () => {
    const placed = annotation('a', anchorOf(XI_MARCOS, 'Marcos', MARCOS_CALLED));
    const gone = annotation('b', anchorOf(XI_MARCOS, PLEDGE_SENTENCE));
    const edited = ('Note.\n' + XI_MARCOS).replace(PLEDGE_SENTENCE, '');
    const [a, b] = anchorAnnotations(edited, [placed, gone]);
    assert.strictEqual(a.status, 'anchored');
    assert.strictEqual(a.annotation.anchor.start, a.start);
    assert.strictEqual(a.start, placed.anchor.start + 6);
    assert.strictEqual(a.annotation.anchor.exact, 'Marcos');
    assert.strictEqual(b.status, 'orphan');
    assert.strictEqual(b.annotation, gone, 'an orphan keeps its stored quote, untouched');
  });

  it('a position-only annotation (no quote) is placed while it fits the text', () => {
    const anchor: TextAnchor = { start: 4, end: 11, exact: '', prefix: '', suffix: '' };
    assert.deepStrictEqual(pick(anchorQuote(XI_MARCOS, anchor)), { start: 4, end: 11 });
    assert.strictEqual(anchorQuote('short', anchor), null);
  });
});

describe('moving anchors with editor edits', () => {
  // Span [10, 20) of a text; each row is one edit (replace [from, to) by `ins` units).
  const cases: Array<[string, number, number, number, { start: number; end: number; damaged: boolean }]> = [
    ['typing after the span', 25, 25, 3, { start: 10, end: 20, damaged: false }],
    ['typing at the span end does not extend it', 20, 20, 3, { start: 10, end: 20, damaged: false }],
    ['typing at the span start moves it', 10, 10, 3, { start: 13, end: 23, damaged: false }],
    ['deleting before the span', 2, 6, 0, { start: 6, end: 16, damaged: false }],
    ['typing inside the span grows it', 15, 15, 4, { start: 10, end: 24, damaged: false }],
    ['deleting inside the span shrinks it', 12, 15, 0, { start: 10, end: 17, damaged: false }],
    ['an edit over the span start damages it', 8, 12, 1, { start: 9, end: 17, damaged: true }],
    ['an edit over the span end damages it', 18, 25, 0, { start: 10, end: 18, damaged: true }],
    ['deleting the whole span leaves it empty and damaged', 5, 25, 0, { start: 5, end: 5, damaged: true }],
  ];
  for (const [name, from, to, ins, want] of cases) {
    it(name, () => assert.deepStrictEqual(moveSpan(10, 20, from, to, ins), want));
  }
});

describe('code points and UTF-16 offsets (W3C TextPositionSelector counts code points)', () => {
  it('converts both ways around emoji in the CRLF corpus readout', () => {
    const conv = positionConverter(CRLF_VN);
    const at = CRLF_VN.indexOf('Li Qiang said');
    const cp = Array.from(CRLF_VN.slice(0, at)).length;
    assert.strictEqual(conv.toCodePoint(at), cp);
    assert.strictEqual(conv.toUtf16(cp), at);
    assert.ok(cp < at, 'the emoji before it makes the two counts differ');
    for (let u = 0; u <= CRLF_VN.length; u++) {
      if (u > 0 && /[\uDC00-\uDFFF]/.test(CRLF_VN[u])) continue; // inside a pair: no code-point boundary
      assert.strictEqual(conv.toUtf16(conv.toCodePoint(u)), u);
    }
  });

  it('is the identity on text without surrogate pairs', () => {
    const conv = positionConverter(XI_MARCOS);
    assert.strictEqual(conv.toCodePoint(1234), 1234);
    assert.strictEqual(conv.toUtf16(1234), 1234);
  });
});

describe('the pieces of the search', () => {
  it('context never splits a surrogate pair', () => {
    const at = CRLF_VN.indexOf(' Li Qiang said');
    const a = describeSpan(CRLF_VN, at + 1, at + 9, 2);
    assert.strictEqual(a.prefix, '\u{1F4CC} ');
  });

  it('normalisation maps every unit back to the original', () => {
    const n = normalizeForAnchoring('Pha\u0323m  \u201cMinh\u201d\r\nCh\u00ednh');
    assert.strictEqual(n.text, 'pham "minh" chinh');
    assert.strictEqual(n.map[n.text.indexOf('chinh')], 'Pha\u0323m  \u201cMinh\u201d\r\n'.length);
  });

  it('approximate match finds the best window with its start', () => {
    const hit = bestSubstringMatch('general trend', 'grasp the generel trend, write', 0, 30);
    assert.deepStrictEqual(hit, { start: 10, end: 23, distance: 1 });
  });
});

function pick(m: { start: number; end: number } | null): { start: number; end: number } | null {
  return m && { start: m.start, end: m.end };
}

function annotation(id: string, anchor: TextAnchor): ReadoutAnnotation {
  return { id, kind: 'leader', anchor, created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z' };
}
