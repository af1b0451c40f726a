// Span <-> Range at the adapter edge. Open documents convert through the document itself; text
// that is not open (workspace index entries) through a line-start table built once per text.
import * as vscode from 'vscode';
import type { Span } from '../core/types';

export function spanToRange(doc: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
}

export function rangeToSpan(doc: vscode.TextDocument, range: vscode.Range): { start: number; end: number } {
  return { start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) };
}

/** Offsets of every line start; CRLF and LF alike (a CR belongs to the line it ends). */
export function lineStarts(text: string): Uint32Array {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return Uint32Array.from(starts);
}

export class LineMap {
  private starts?: Uint32Array;
  constructor(readonly text: string) {}

  private table(): Uint32Array {
    return (this.starts ??= lineStarts(this.text));
  }

  position(offset: number): vscode.Position {
    const t = this.table();
    let lo = 0;
    let hi = t.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (t[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return new vscode.Position(lo, offset - t[lo]);
  }

  range(span: { start: number; end: number }): vscode.Range {
    return new vscode.Range(this.position(span.start), this.position(span.end));
  }

  /** The whole line of an offset, without its terminator. */
  lineText(offset: number): string {
    const t = this.table();
    const line = this.position(offset).line;
    const end = line + 1 < t.length ? t[line + 1] - 1 : this.text.length;
    return this.text.slice(t[line], end).replace(/\r$/, '');
  }
}

/** A short one-line excerpt around a span, for hover links: "…said Li when meeting…". */
export function snippetAround(text: string, span: Span | { start: number; end: number }, width = 80): string {
  let from = Math.max(0, span.start - Math.floor((width - (span.end - span.start)) / 2));
  let to = Math.min(text.length, from + Math.max(width, span.end - span.start));
  const nlBefore = text.lastIndexOf('\n', span.start - 1);
  if (nlBefore >= from) from = nlBefore + 1;
  const nlAfter = text.indexOf('\n', span.end);
  if (nlAfter !== -1 && nlAfter < to) to = nlAfter;
  const core = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 && text[from - 1] !== '\n' ? '…' : ''}${core}${to < text.length && text[to] !== '\n' && text[to] !== '\r' ? '…' : ''}`;
}
