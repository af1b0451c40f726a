// Import and export of the user's labels: W3C Web Annotation JSON-LD in and out (for other
// annotation tools), and a CSV of every label in the workspace (for spreadsheets). Commands
// take `{ target: uri }` / `{ source: uri }` to skip the file dialogs (tests, scripts).
import { guardCommand } from '../vscode/commandGuard';
import * as vscode from 'vscode';
import { annotationsToCsv } from '../core/annotations/csv';
import { parseAnnotations, serializeExport } from '../core/annotations/w3c';
import type { Services } from '../vscode/services';
import { writeFileAtomic, type AnnotationStore } from './annotationStore';

const EXPORT_W3C = 'readoutLens.annotations.exportW3C';
const IMPORT_W3C = 'readoutLens.annotations.importW3C';
const EXPORT_CSV = 'readoutLens.annotations.exportCsv';
export const TRANSFER_COMMANDS = { exportW3C: EXPORT_W3C, importW3C: IMPORT_W3C, exportCsv: EXPORT_CSV } as const;

interface TransferArgs { target?: string | vscode.Uri; source?: string | vscode.Uri; uri?: string | vscode.Uri }

const asUri = (u: string | vscode.Uri | undefined) => (typeof u === 'string' ? vscode.Uri.parse(u) : u);

async function saveTarget(given: vscode.Uri | undefined, name: string, filters: Record<string, string[]>): Promise<vscode.Uri | undefined> {
  if (given) return given;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.window.showSaveDialog({ defaultUri: folder && vscode.Uri.joinPath(folder, name), filters });
}

export function registerAnnotationTransfer(context: vscode.ExtensionContext, services: Services, store: AnnotationStore): void {
  const guard = (id: string, action: (args: TransferArgs) => Promise<unknown>) => guardCommand<TransferArgs>(services, id, action);

  context.subscriptions.push(
    vscode.commands.registerCommand(EXPORT_W3C, guard(EXPORT_W3C, async (args) => {
      const all = await store.all();
      if (all.length === 0) throw new Error('there are no annotations to export yet');
      const target = await saveTarget(asUri(args.target), 'readout-annotations.jsonld', { 'W3C Web Annotation (JSON-LD)': ['jsonld', 'json'] });
      if (!target) return undefined;
      await writeFileAtomic(target, serializeExport(all.map((f) => ({ set: { source: f.source, annotations: f.anchored.map((x) => x.annotation) }, text: f.text }))));
      void vscode.window.setStatusBarMessage(`Readout Lens: ${all.reduce((n, f) => n + f.anchored.length, 0)} annotations exported`, 4000);
      return target;
    })),
    vscode.commands.registerCommand(EXPORT_CSV, guard(EXPORT_CSV, async (args) => {
      const all = await store.all();
      const target = await saveTarget(asUri(args.target), 'readout-labels.csv', { CSV: ['csv'] });
      if (!target) return undefined;
      await writeFileAtomic(target, annotationsToCsv(all.map((f) => ({ file: f.source, text: f.text, anchored: f.anchored }))));
      return target;
    })),
    vscode.commands.registerCommand(IMPORT_W3C, guard(IMPORT_W3C, async (args) => {
      const uri = asUri(args.uri);
      const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!doc) throw new Error('open the readout to import annotations into');
      const place = store.locate(doc.uri);
      if (!place) throw new Error('annotations are stored in a workspace folder: open the folder that contains this readout');
      const source = asUri(args.source) ?? (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'W3C Web Annotation (JSON-LD)': ['jsonld', 'json'] } }))?.[0];
      if (!source) return undefined;
      const json = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(source)).replace(/^\uFEFF/, '');
      const parsed = parseAnnotations(json, { text: doc.getText(), now: new Date().toISOString() });
      if (!parsed.ok) {
        const p = parsed.errors[0];
        throw new Error(`${vscode.workspace.asRelativePath(source)}:${p.line + 1}:${p.column + 1}: ${p.message}`);
      }
      // Annotations that name another readout as their target belong there, not here.
      const mine = parsed.set.annotations.filter((_, i) => {
        const s = parsed.sources[i];
        return s === undefined || s === '' || s === place.source || s.endsWith(`/${place.source}`) || place.source.endsWith(`/${s}`);
      });
      const skipped = parsed.set.annotations.length - mine.length;
      const r = await store.import(doc, mine);
      void vscode.window.showInformationMessage(`Readout Lens: imported ${r.placed} annotation(s)${r.orphans ? `, ${r.orphans} could not be placed (orphans, listed in the Annotations view)` : ''}${skipped ? `; ${skipped} skipped (they target other readouts)` : ''}.`);
      return r;
    })),
  );
}
