// Sentence cutting (GUIDELINES.md 5.1), accent folding and offsets, on real readout text.
import * as assert from 'node:assert/strict';
import { foldText, sentenceKey, splitLines, splitSentences, unfoldSpan, isWholeWord } from '../../src/core/text';
import { corpusNames, readGold, readReadoutText } from './corpusFiles';

interface Gold { commitments: { sentence_start: string }[] }

describe('splitSentences', () => {
  it('opens a sentence at every gold commitment of every corpus file', () => {
    let checked = 0;
    for (const name of corpusNames()) {
      const text = readReadoutText(name);
      const keys = new Set(splitSentences(text).map((s) => sentenceKey(s.text)));
      for (const c of readGold<Gold>(name).commitments) {
        assert.ok(keys.has(c.sentence_start), `${name}: no sentence starts with ${JSON.stringify(c.sentence_start)}`);
        checked++;
      }
    }
    assert.ok(checked > 50, `only ${checked} gold sentences checked`);
  });

  const rows: [string, string, string[]][] = [
    ['date and credit in a caption are two sentences', 'Li Qiang meets To Lam in Hanoi, Vietnam, Oct. 12, 2024. (Xinhua/Liu Weibing)',
      ['Li Qiang meets To Lam in Hanoi, Vietnam, Oct. 12, 2024.', '(Xinhua/Liu Weibing)']],
    ['no break after titles, initials and dotted groups', 'H.E. Mr. KISHIDA Fumio met at 10 a.m. with Joseph R. Biden, Jr. of the U.S. Government. They talked.',
      ['H.E. Mr. KISHIDA Fumio met at 10 a.m. with Joseph R. Biden, Jr. of the U.S. Government.', 'They talked.']],
    ['a list number is not part of the sentence', '1. The two leaders agreed to meet again.', ['The two leaders agreed to meet again.']],
    ['a quotation opening a sentence starts with its quote', 'He said so. "We will help." Then he left.', ['He said so.', '"We will help."', 'Then he left.']],
    ['a lower-case word after a full stop does not open a sentence', 'The U.S. side agreed. and then nothing', ['The U.S. side agreed. and then nothing']],
    ['lines are hard boundaries and CR is dropped', 'Title without stop\r\nBody one. Body two.\r\n', ['Title without stop', 'Body one.', 'Body two.']],
    ['nothing in an empty or blank text', '  \n\n \t', []],
  ];
  for (const [what, text, want] of rows) {
    it(what, () => {
      const got = splitSentences(text);
      assert.deepEqual(got.map((s) => s.text), want);
      for (const s of got) assert.equal(text.slice(s.start, s.end), s.text);
    });
  }

  it('keeps a 1 MB line without punctuation as one sentence', () => {
    const line = 'x'.repeat(1 << 20);
    assert.equal(splitSentences(line).length, 1);
  });
});

describe('splitLines', () => {
  it('reports LF and CRLF lines without their terminators', () => {
    assert.deepEqual(splitLines('a\r\nbb\nc').map((l) => [l.text, l.start, l.end]), [['a', 0, 1], ['bb', 3, 5], ['c', 6, 7]]);
  });
});

describe('foldText', () => {
  const rows: [string, string, string][] = [
    ['NFC Vietnamese', 'Phạm Minh Chính', 'Pham Minh Chinh'],
    ['NFD Vietnamese', 'Pha\u0323m Minh Chi\u0301nh', 'Pham Minh Chinh'],
    ['Turkish g with breve and dotted capital', 'Erdoğan of Türkiye', 'Erdogan of Turkiye'],
    ['d with stroke and curly apostrophe', 'Đà Nẵng’s port', "Da Nang's port"],
    ['emoji pass through unchanged', '📌 Lam', '📌 Lam'],
  ];
  for (const [what, input, want] of rows) {
    it(what, () => assert.equal(foldText(input).text, want));
  }

  it('maps a folded match back to the original NFD span, accents included', () => {
    const original = '📌 Pha\u0323m Minh Chi\u0301nh said';
    const folded = foldText(original);
    const at = folded.text.indexOf('Pham Minh Chinh');
    const span = unfoldSpan(folded, at, at + 'Pham Minh Chinh'.length, original);
    assert.equal(original.slice(span.start, span.end), 'Pha\u0323m Minh Chi\u0301nh');
  });
});

describe('isWholeWord', () => {
  it('does not find Xi inside Xinhua but finds it before a comma', () => {
    const t = 'Xinhua said Xi, then';
    assert.equal(isWholeWord(t, 0, 2), false);
    assert.equal(isWholeWord(t, 12, 14), true);
  });
});
