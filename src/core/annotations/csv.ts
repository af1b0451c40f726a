// CSV export of every user label across readouts (RFC 4180: comma, CRLF rows, quotes doubled).
// Cells that a spreadsheet would run as a formula (= + - @ tab CR first) get a leading
// apostrophe: readout text is untrusted and CSV files are opened in spreadsheets.

import { describeAnnotation, type AnchoredAnnotation } from './model';

export const CSV_COLUMNS = [
  'file', 'id', 'kind', 'category', 'status', 'line', 'start', 'end', 'text', 'canonical',
  'party', 'strength', 'topic', 'office', 'country', 'acronym', 'agreement_kind', 'note',
  'label', 'created', 'modified',
] as const;

export interface CsvFile {
  file: string;
  text: string;
  anchored: readonly AnchoredAnnotation[];
}

export function annotationsToCsv(files: readonly CsvFile[]): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const f of files) {
    const lineStarts = lineStartsOf(f.text);
    for (const x of f.anchored) {
      const a = x.annotation;
      const orphan = x.status === 'orphan';
      const row: Record<typeof CSV_COLUMNS[number], string | number | undefined> = {
        file: f.file, id: a.id, kind: a.kind, category: a.category, status: x.status,
        line: orphan ? undefined : lineOf(lineStarts, x.start) + 1,
        start: orphan ? undefined : x.start, end: orphan ? undefined : x.end,
        text: orphan ? a.anchor.exact : f.text.slice(x.start, x.end),
        canonical: a.canonical, party: a.party, strength: a.strength, topic: a.topic,
        office: a.office, country: a.country, acronym: a.acronym, agreement_kind: a.agreementKind,
        note: a.note, label: describeAnnotation(a), created: a.created, modified: a.modified,
      };
      rows.push(CSV_COLUMNS.map((c) => csvCell(row[c])).join(','));
    }
  }
  return rows.join('\r\n') + '\r\n';
}

export function csvCell(v: string | number | undefined): string {
  if (v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= offset) lo = mid; else hi = mid - 1; }
  return lo;
}
