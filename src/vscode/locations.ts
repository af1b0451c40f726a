// Where a term occurrence is in the editor's terms: open documents convert through the document
// (its current text), everything else through the index entry's line table.
import * as vscode from 'vscode';
import type { TermOccurrence } from '../core/termIndex';
import type { Services } from './services';
import { snippetAround } from './ranges';

export function openDocument(uri: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
}

export function occurrenceRange(services: Services, o: TermOccurrence): vscode.Range | undefined {
  // The open document converts only when the index holds its current version; else the entry's text.
  const doc = openDocument(o.file);
  if (doc && services.index.versionOf(o.file) === doc.version) return new vscode.Range(doc.positionAt(o.start), doc.positionAt(o.end));
  return services.index.lines(o.file)?.range(o);
}

export function occurrenceLocation(services: Services, o: TermOccurrence): vscode.Location | undefined {
  const range = occurrenceRange(services, o);
  return range && new vscode.Location(vscode.Uri.parse(o.file), range);
}

export function occurrenceSnippet(services: Services, o: TermOccurrence, width = 80): string {
  const text = services.index.get(vscode.Uri.parse(o.file))?.text;
  return text ? snippetAround(text, o, width) : o.surface;
}

/** Short name of a file for link labels: "001_e84a89daaf5fd576.txt". */
export function fileLabel(uri: string): string {
  const path = vscode.Uri.parse(uri).path;
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || uri;
}
