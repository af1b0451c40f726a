// Moving through readouts: go to definition (first mention), references across the workspace
// (by entity, any surface), document highlights, the outline (Leaders / Agreements /
// Commitments), workspace symbols, next / previous mention, and the two commands hover links use.
import * as vscode from 'vscode';
import type { ReadoutAnalysis } from '../core/types';
import { collectOccurrences, occurrencesAt, type TermOccurrence } from '../core/termIndex';
import type { Services } from '../vscode/services';
import { spanToRange } from '../vscode/ranges';
import { fileLabel, occurrenceLocation } from '../vscode/locations';

export const OPEN_MENTION = 'readoutLens.openMention';
export const SHOW_MENTIONS = 'readoutLens.showMentions';
export const NEXT_MENTION = 'readoutLens.nextMention';
export const PREVIOUS_MENTION = 'readoutLens.previousMention';
export const REINDEX = 'readoutLens.reindex';

const SELECTOR: vscode.DocumentSelector = [{ language: 'plaintext' }, { language: 'markdown' }, { language: 'readout' }];

/**
 * Occurrences at a position in an analysed document, most specific first. Analysing the
 * document puts its current text into the index, so offsets match the document.
 */
export function mentionsAt(services: Services, doc: vscode.TextDocument, position: vscode.Position): TermOccurrence[] {
  return occurrencesAt(documentOccurrences(services, doc), doc.offsetAt(position));
}

/**
 * Every occurrence in an analysed document: from the index, or computed here for documents the
 * index leaves out (the old side of a diff, a file outside the include globs' folders).
 */
export function documentOccurrences(services: Services, doc: vscode.TextDocument): readonly TermOccurrence[] {
  const analysis = services.analysis.get(doc);
  if (!analysis) return [];
  const key = doc.uri.toString();
  if (services.index.terms.has(key) && services.index.versionOf(key) === doc.version) return services.index.terms.occurrencesIn(key);
  return collectOccurrences(key, doc.getText(), analysis);
}

/** The entity at a position (a leader, agreement or term; a pledge only when nothing smaller is there). */
function entityAt(services: Services, doc: vscode.TextDocument, position: vscode.Position): TermOccurrence | undefined {
  return mentionsAt(services, doc, position)[0];
}

function locationsOf(services: Services, key: string, firstFile?: string): vscode.Location[] {
  return services.index.terms.occurrences(key, firstFile)
    .map((o) => occurrenceLocation(services, o))
    .filter((l): l is vscode.Location => !!l);
}

function groupSymbol(name: string, kind: vscode.SymbolKind, children: vscode.DocumentSymbol[]): vscode.DocumentSymbol | undefined {
  if (!children.length) return undefined;
  const range = children.map((c) => c.range).reduce((a, b) => a.union(b));
  const group = new vscode.DocumentSymbol(name, `${children.length}`, kind, range, children[0].selectionRange);
  group.children = children;
  return group;
}

export function documentSymbols(doc: vscode.TextDocument, analysis: ReadoutAnalysis): vscode.DocumentSymbol[] {
  const byCanonical = <T extends { canonical: string; start: number; end: number }>(mentions: T[]) => {
    const groups = new Map<string, T[]>();
    for (const m of mentions) groups.set(m.canonical, [...(groups.get(m.canonical) ?? []), m]);
    return groups;
  };
  const leaders = [...byCanonical(analysis.leaders)].map(([canonical, ms]) => {
    const first = spanToRange(doc, ms[0]);
    const detail = [ms[0].office, ms[0].country].filter(Boolean).join(', ') + ` \u00b7 ${ms.length}\u00d7`;
    const s = new vscode.DocumentSymbol(canonical, detail, vscode.SymbolKind.Constructor, first, first);
    s.children = ms.map((m) => {
      const r = spanToRange(doc, m);
      return new vscode.DocumentSymbol(m.text, `line ${r.start.line + 1}`, vscode.SymbolKind.Variable, r, r);
    });
    return s;
  });
  const agreements = [...byCanonical(analysis.agreements)].map(([canonical, ms]) => {
    const first = spanToRange(doc, ms[0]);
    const acronym = ms.find((m) => m.acronym)?.acronym;
    const s = new vscode.DocumentSymbol(canonical, `${acronym ? `${acronym} \u00b7 ` : ''}${ms.length}\u00d7`, vscode.SymbolKind.Interface, first, first);
    s.children = ms.map((m) => {
      const r = spanToRange(doc, m);
      return new vscode.DocumentSymbol(m.text, `line ${r.start.line + 1}`, vscode.SymbolKind.Variable, r, r);
    });
    return s;
  });
  const commitments = analysis.commitments.map((c) => {
    const r = spanToRange(doc, c);
    const name = `${c.party} \u00b7 ${c.strength} \u00b7 ${c.topic}`;
    const detail = Array.from(c.text).slice(0, 60).join('');
    return new vscode.DocumentSymbol(name, detail, vscode.SymbolKind.Event, r, new vscode.Range(r.start, r.start));
  });
  return [
    groupSymbol('Leaders', vscode.SymbolKind.Namespace, leaders),
    groupSymbol('Agreements', vscode.SymbolKind.Namespace, agreements),
    groupSymbol('Commitments', vscode.SymbolKind.Namespace, commitments),
  ].filter((s): s is vscode.DocumentSymbol => !!s);
}

function moveToMention(services: Services, direction: 1 | -1): void {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !services.analysis.get(editor.document)) return;
  const doc = editor.document;
  // The selection's start: after a jump the mention is selected and the active end is past it.
  const offset = doc.offsetAt(editor.selection.start);
  const here = entityAt(services, doc, editor.selection.start);
  const all = documentOccurrences(services, doc);
  // On an entity: its next mention (any surface). Elsewhere: the next highlighted finding.
  const candidates = here && here.kind !== 'pledge'
    ? all.filter((o) => o.key === here.key)
    : all.filter((o) => o.kind === 'leader' || o.kind === 'agreement' || o.kind === 'pledge');
  if (!candidates.length) return;
  const cursorStart = here && here.kind !== 'pledge' ? here.start : offset;
  const ordered = direction === 1 ? candidates : [...candidates].reverse();
  const next = ordered.find((o) => (direction === 1 ? o.start > cursorStart : o.start < cursorStart)) ?? ordered[0];
  const range = spanToRange(doc, next);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function openMention(uri: string, line: number, character: number, endLine?: number, endCharacter?: number): Promise<void> {
  const start = new vscode.Position(line, character);
  const end = endLine !== undefined && endCharacter !== undefined ? new vscode.Position(endLine, endCharacter) : start;
  try {
    await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(start, end), preview: true });
  } catch (err) {
    // The file went away (or is unreadable) since the hover was drawn.
    void vscode.window.showWarningMessage(`Readout Lens: cannot open ${vscode.Uri.parse(uri).path.split('/').pop()}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Opens every mention of the entity in the references view. Without arguments: the entity at the cursor. */
async function showMentions(services: Services, key?: string, file?: string, offset?: number): Promise<void> {
  let anchor: vscode.Location | undefined;
  if (!key) {
    const editor = vscode.window.activeTextEditor;
    const here = editor && entityAt(services, editor.document, editor.selection.active);
    if (!editor || !here) { void vscode.window.showInformationMessage('Readout Lens: no leader, agreement or recurring term at the cursor.'); return; }
    key = here.key;
    anchor = new vscode.Location(editor.document.uri, editor.selection.active);
  } else if (file !== undefined && offset !== undefined) {
    const o = services.index.terms.occurrencesIn(file).find((x) => x.key === key && x.start === offset);
    anchor = o ? occurrenceLocation(services, o) : undefined;
  }
  const locations = locationsOf(services, key, file);
  if (!locations.length) return;
  anchor ??= locations[0];
  await vscode.commands.executeCommand('editor.action.showReferences', anchor.uri, anchor.range.start, locations);
}

export function registerNavigation(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.languages.registerDefinitionProvider(SELECTOR, {
      provideDefinition(doc, position) {
        const here = entityAt(services, doc, position);
        if (!here || here.kind === 'pledge') return undefined;
        const first = documentOccurrences(services, doc).find((o) => o.key === here.key);
        return first ? new vscode.Location(doc.uri, spanToRange(doc, first)) : undefined;
      },
    }),
    vscode.languages.registerReferenceProvider(SELECTOR, {
      provideReferences(doc, position) {
        const here = entityAt(services, doc, position);
        return here ? locationsOf(services, here.key, doc.uri.toString()) : undefined;
      },
    }),
    vscode.languages.registerDocumentHighlightProvider(SELECTOR, {
      provideDocumentHighlights(doc, position) {
        const here = entityAt(services, doc, position);
        if (!here) return undefined;
        return documentOccurrences(services, doc)
          .filter((o) => o.key === here.key)
          .map((o, i) => new vscode.DocumentHighlight(spanToRange(doc, o), i === 0 ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read));
      },
    }),
    vscode.languages.registerDocumentSymbolProvider(SELECTOR, {
      provideDocumentSymbols(doc) {
        const analysis = services.analysis.get(doc);
        return analysis ? documentSymbols(doc, analysis) : undefined;
      },
    }, { label: 'Readout Lens' }),
    vscode.languages.registerWorkspaceSymbolProvider({
      provideWorkspaceSymbols(query) {
        const out: vscode.SymbolInformation[] = [];
        for (const { key, label, kind } of services.index.terms.search(query, ['leader', 'agreement'])) {
          const seen = new Set<string>();
          for (const o of services.index.terms.occurrences(key)) {
            if (seen.has(o.file)) continue; // one symbol per entity and file: its first mention
            seen.add(o.file);
            const loc = occurrenceLocation(services, o);
            if (loc) out.push(new vscode.SymbolInformation(label, kind === 'leader' ? vscode.SymbolKind.Constructor : vscode.SymbolKind.Interface, fileLabel(o.file), loc));
          }
          if (out.length > 1000) break;
        }
        return out;
      },
    }),
    vscode.commands.registerCommand(NEXT_MENTION, () => moveToMention(services, 1)),
    vscode.commands.registerCommand(PREVIOUS_MENTION, () => moveToMention(services, -1)),
    vscode.commands.registerCommand(OPEN_MENTION, openMention),
    vscode.commands.registerCommand(SHOW_MENTIONS, (key?: string, file?: string, offset?: number) => showMentions(services, key, file, offset)),
    vscode.commands.registerCommand(REINDEX, () => services.index.start()),
  );
}
