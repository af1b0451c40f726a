// The user gazetteer: `.readout-lens/gazetteer.json` in each workspace folder (schema
// schemas/user-gazetteer.schema.json, contributed through jsonValidation so the editor checks it
// while it is typed). Read at start and on every change; a file that does not parse is reported
// in the Problems panel at its line and column, its last good entries stay in force, and it is
// never rewritten until fixed. Entries are handed to the analysis service, which re-analyses
// open readouts and the index without a reload.
import * as vscode from 'vscode';
import { addToUserGazetteer, parseUserGazetteer, type GazetteerAddition } from '../core/annotations/gazetteerFile';
import type { Gazetteer } from '../core/types';
import type { Services } from '../vscode/services';
import { writeFileAtomic } from './annotationStore';

export const USER_GAZETTEER_PATH = '.readout-lens/gazetteer.json';

export class UserGazetteerFile implements vscode.Disposable {
  private readonly perFolder = new Map<string, Gazetteer>();
  private readonly broken = new Set<string>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('readout-lens-gazetteer');
  private readonly disposables: vscode.Disposable[] = [this.diagnostics];
  private watchers: vscode.Disposable[] = [];
  private loading: Promise<void>;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the entries handed to the analysis changed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly services: Services) {
    this.disposables.push(this.changed, vscode.workspace.onDidChangeWorkspaceFolders(() => { this.loading = this.loadAll(); }));
    this.loading = this.loadAll();
  }

  ready(): Promise<void> {
    return this.loading;
  }

  fileOf(folder: vscode.WorkspaceFolder): vscode.Uri {
    return vscode.Uri.joinPath(folder.uri, ...USER_GAZETTEER_PATH.split('/'));
  }

  /** The merged entries of every folder (what the analysis uses). */
  entries(): Gazetteer {
    const g: Gazetteer = { offices: [], agreements: [], notLeaders: [] };
    for (const part of this.perFolder.values()) {
      g.offices.push(...part.offices);
      g.agreements.push(...part.agreements);
      g.notLeaders!.push(...(part.notLeaders ?? []));
    }
    return g;
  }

  /** Adds an entry to a folder's gazetteer file (created when missing); refuses a file that does not parse. */
  async add(folder: vscode.WorkspaceFolder, addition: GazetteerAddition): Promise<vscode.Uri> {
    const file = this.fileOf(folder);
    let current: string | undefined;
    try {
      current = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(file));
    } catch {
      current = undefined;
    }
    const next = addToUserGazetteer(current, addition);
    if (!next.ok) {
      if (next.errors.length) this.report(file, next.errors);
      throw new Error(`${vscode.workspace.asRelativePath(file)} has errors (see the Problems panel); fix it before adding entries`);
    }
    if (next.text !== current) await writeFileAtomic(file, next.text);
    await this.queueRead(folder);
    return file;
  }

  private async loadAll(): Promise<void> {
    this.watchers.forEach((w) => w.dispose());
    this.watchers = [];
    this.perFolder.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, USER_GAZETTEER_PATH));
      const reread = () => void this.queueRead(folder);
      // Deleting the whole .readout-lens folder may be reported for the folder only.
      const parent = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, USER_GAZETTEER_PATH.split('/')[0]), true, true, false);
      this.watchers.push(w, w.onDidChange(reread), w.onDidCreate(reread), w.onDidDelete(reread), parent, parent.onDidDelete(reread));
      await this.read(folder, false);
    }
    if (this.perFolder.size > 0) this.publish();
  }

  private readonly reads = new Map<string, Promise<void>>();

  /** Reads of one folder's file run one after the other, so a slow read never lands after a newer one. */
  private queueRead(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    const next = (this.reads.get(key) ?? Promise.resolve()).then(() => this.read(folder));
    this.reads.set(key, next.catch(() => undefined));
    return next;
  }

  private async read(folder: vscode.WorkspaceFolder, publish = true): Promise<void> {
    const file = this.fileOf(folder);
    const key = folder.uri.toString();
    let text: string | undefined;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(file));
    } catch {
      text = undefined;
    }
    this.services.output.appendLine(`[gazetteer] ${vscode.workspace.asRelativePath(file)}: ${text === undefined ? 'absent' : `${text.length} characters`}`);
    if (text === undefined) {
      this.diagnostics.delete(file);
      this.broken.delete(key);
      if (!this.perFolder.delete(key) || !publish) return;
      this.publish();
      return;
    }
    const r = parseUserGazetteer(text.replace(/^\uFEFF/, ''));
    if (!r.ok) {
      // The last good entries stay in force; the file waits for the user's fix.
      this.broken.add(key);
      this.report(file, r.errors);
      return;
    }
    this.broken.delete(key);
    this.report(file, r.warnings, vscode.DiagnosticSeverity.Warning);
    this.perFolder.set(key, r.gazetteer);
    if (publish) this.publish();
  }

  private publish(): void {
    const g = this.entries();
    this.services.output.appendLine(`[gazetteer] user entries: ${g.offices.length} offices, ${g.agreements.length} agreements, ${g.notLeaders?.length ?? 0} not-leaders`);
    this.services.analysis.setUserGazetteer(g);
    this.changed.fire();
  }

  private report(file: vscode.Uri, problems: { message: string; line: number; column: number }[], severity = vscode.DiagnosticSeverity.Error): void {
    if (problems.length === 0) { this.diagnostics.delete(file); return; }
    this.diagnostics.set(file, problems.map((p) => {
      const at = new vscode.Position(p.line, p.column);
      const d = new vscode.Diagnostic(new vscode.Range(at, at.translate(0, 1)), p.message, severity);
      d.source = 'Readout Lens';
      return d;
    }));
  }

  dispose(): void {
    this.watchers.forEach((w) => w.dispose());
    this.disposables.forEach((d) => d.dispose());
  }
}
