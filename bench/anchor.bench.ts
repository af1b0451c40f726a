// Re-anchoring benchmark: how long placing annotations again takes after the text changed,
// on corpus text of 5 KB to 1 MB. Three cases: words moved (an insertion at the top: exact
// search), words edited (a word inserted in every annotated sentence: the approximate search),
// and words gone (the sentences deleted: every search fails, the worst case).
// Reports medians, never fails on time. Run: node out/bench/anchor.bench.js [--quick]
import { anchorAnnotations, describeSpan } from '../src/core/annotations/anchor';
import type { ReadoutAnnotation } from '../src/core/annotations/model';
import { splitSentences } from '../src/core/text';
import { makeText, median, time } from './run';

const quick = process.argv.includes('--quick');

function annotate(text: string, count: number): { annotations: ReadoutAnnotation[]; sentences: { start: number; end: number }[] } {
  const sentences = splitSentences(text).filter((s) => s.end - s.start > 60);
  const step = Math.max(1, Math.floor(sentences.length / count));
  const picked = sentences.filter((_, i) => i % step === 0).slice(0, count);
  const T = '2026-11-30T09:00:00.000Z';
  return {
    sentences: picked,
    annotations: picked.map((s, i) => ({ id: `urn:uuid:${i}`, kind: 'commitment', anchor: describeSpan(text, s.start, s.end), created: T, modified: T })),
  };
}

/** Applies replacements [start, end) -> text, last first so offsets stay valid. */
function edit(text: string, edits: Array<{ start: number; end: number; text: string }>): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

const rows: string[] = [];
for (const size of [5 * 1024, 100 * 1024, 1024 * 1024]) {
  const text = makeText(size);
  const count = size < 10_000 ? 10 : 100;
  const { annotations, sentences } = annotate(text, count);
  const moved = 'EDITOR\'S NOTE: corrected copy.\n\n' + text;
  const edited = edit(text, sentences.map((s) => ({ start: s.start + 20, end: s.start + 20, text: ' firmly' })));
  const gone = edit(text, sentences.map((s) => ({ start: s.start, end: s.end, text: '' })));
  const runs = quick ? 3 : size > 500_000 ? 5 : 20;
  for (const [name, t] of [['moved', moved], ['edited', edited], ['gone', gone]] as const) {
    let placed = 0;
    const ms = median(time(() => { placed = anchorAnnotations(t, annotations).filter((x) => x.status !== 'orphan').length; }, runs, 1));
    rows.push(`${(size / 1024).toFixed(0).padStart(5)} KB  ${String(annotations.length).padStart(3)} annotations  ${name.padEnd(6)}  ${ms.toFixed(2).padStart(8)} ms  (${(ms / annotations.length).toFixed(3)} ms each, ${placed} placed)`);
  }
}
console.log('re-anchoring: median time to place every annotation again after the edit');
for (const r of rows) console.log('  ' + r);
