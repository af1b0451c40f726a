// The workspace index: every readout of the workspace with its analysis and text, plus the term
// index over them (who/what is mentioned where). Built in the background after activation with a
// cancellable progress notification, kept current by file watchers; an open document's text
// (saved or not) wins over the disk.
import * as vscode from 'vscode';
import type { ReadoutAnalysis } from '../core/types';
import { TermIndex } from '../core/termIndex';
import { AnalysisService, looksBinary, workspacePath } from './analysisService';
import { LineMap } from './ranges';
import type { Settings } from './settings';
import { matchesGlobs } from './globs';
import { IndexCache, inputsKey, type CachedAnalysis } from './indexCache';

export interface IndexEntry {
  uri: vscode.Uri;
  analysis: ReadoutAnalysis;
  text: string;
}

interface StoredEntry extends IndexEntry {
  /** True while the entry comes from an open document rather than the disk. */
  fromDocument: boolean;
  /** The document version the text is from (open documents only). */
  version?: number;
  lines?: LineMap;
}

const MAX_FILES = 100_000;


/**
 * Documents that belong in the index: files of the workspace's own scheme(s) and untitled ones.
 * Not the old versions a diff editor shows (git:, gitlens:...), which would double every mention.
 */
function isWorkspaceDocument(uri: vscode.Uri): boolean {
  if (uri.scheme === 'untitled' || uri.scheme === 'file') return true;
  return (vscode.workspace.workspaceFolders ?? []).some((f) => f.uri.scheme === uri.scheme);
}

export class WorkspaceIndex implements vscode.Disposable {
  /** Term -> occurrences across every entry; keys are URI strings. */
  readonly terms = new TermIndex();
  private readonly store = new Map<string, StoredEntry>();
  private readonly updated = new vscode.EventEmitter<vscode.Uri[]>();
  readonly onDidUpdate = this.updated.event;
  private readonly disposables: vscode.Disposable[] = [this.updated];
  private watchers: vscode.Disposable[] = [];
  private scanRun = 0;
  private scanCancel?: vscode.CancellationTokenSource;
  private firstPass!: Promise<void>;
  private resolveFirstPass!: () => void;
  private readonly pendingReads = new Map<string, ReturnType<typeof setTimeout>>();
  /** The last full pass: files seen, how many came from the cache, milliseconds. */
  lastPass?: { files: number; reused: number; ms: number };

  constructor(private readonly analysis: AnalysisService, private readonly settings: Settings, private readonly output: vscode.OutputChannel, private readonly cache?: IndexCache) {
    this.firstPass = new Promise((resolve) => (this.resolveFirstPass = resolve));
    this.disposables.push(
      analysis.onDidAnalyze(({ document, analysis: a }) => {
        if (isWorkspaceDocument(document.uri)) this.put(document.uri, document.getText(), a, true, true, document.version);
      }),
      analysis.onDidSkip(({ document }) => this.drop(document.uri)),
      analysis.onDidInvalidate(() => void this.reanalyseAll()),
      vscode.workspace.onDidCloseTextDocument((doc) => this.onClosed(doc)),
      settings.onDidChange((e) => {
        if (['readoutLens.workspaceIndex.enabled', 'readoutLens.include', 'readoutLens.exclude', 'readoutLens.maxFileSizeKB']
          .some((k) => e.affectsConfiguration(k))) this.start();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.start()),
    );
  }

  /** Every indexed readout. Open unsaved documents win over the disk. */
  entries(): Iterable<IndexEntry> {
    return this.store.values();
  }

  get(uri: vscode.Uri): IndexEntry | undefined {
    return this.store.get(uri.toString());
  }

  /** The open-document version an entry's text comes from; undefined for text read from disk. */
  versionOf(uri: vscode.Uri | string): number | undefined {
    const e = this.store.get(typeof uri === 'string' ? uri : uri.toString());
    return e?.fromDocument ? e.version : undefined;
  }

  /** Line table of an entry, built once per text, for ranges and snippets. */
  lines(uri: vscode.Uri | string): LineMap | undefined {
    const e = this.store.get(typeof uri === 'string' ? uri : uri.toString());
    if (!e) return undefined;
    return (e.lines ??= new LineMap(e.text));
  }

  /** Resolves when the first full indexing pass is done (also when it was cancelled or is disabled). */
  ready(): Promise<void> {
    return this.firstPass;
  }

  get size(): number {
    return this.store.size;
  }

  /** (Re)starts the background pass over the workspace's readouts; resolves when this pass ends. */
  start(): Thenable<void> {
    this.scanCancel?.cancel();
    this.watchers.forEach((w) => w.dispose());
    this.watchers = [];
    const run = ++this.scanRun;
    const settings = this.settings.get();
    if (!settings.workspaceIndexEnabled || !vscode.workspace.workspaceFolders?.length) {
      for (const [key, e] of this.store) if (!e.fromDocument) { this.store.delete(key); this.terms.remove(key); }
      this.resolveFirstPass();
      return Promise.resolve();
    }
    this.watch(settings.include);
    const cancel = (this.scanCancel = new vscode.CancellationTokenSource());
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Readout Lens: indexing readouts', cancellable: true },
      async (progress, token) => {
        token.onCancellationRequested(() => cancel.cancel());
        try {
          await this.scan(run, cancel.token, progress);
        } catch (err) {
          this.output.appendLine(`[index] failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
        } finally {
          if (run === this.scanRun) this.resolveFirstPass();
        }
      },
    );
  }

  private async scan(run: number, token: vscode.CancellationToken, progress: vscode.Progress<{ message?: string; increment?: number }>): Promise<void> {
    const t0 = Date.now();
    const settings = this.settings.get();
    const found = new Map<string, vscode.Uri>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const glob of settings.include) {
        const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), undefined, MAX_FILES, token);
        for (const u of uris) if (matchesGlobs(workspacePath(u), settings.include, settings.exclude)) found.set(u.toString(), u);
      }
    }
    if (token.isCancellationRequested || run !== this.scanRun) return;
    // Entries from disk that are no longer in scope go; open documents stay.
    for (const [key, e] of this.store) if (!e.fromDocument && !found.has(key)) { this.store.delete(key); this.terms.remove(key); }
    const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
    // Core analyses from the last session, valid for these inputs; this pass writes the new set.
    const inputs = inputsKey([...(vscode.workspace.workspaceFolders ?? [])].map((f) => this.analysis.analysisInputs(f.uri)));
    const previous = (await this.cache?.load(inputs)) ?? new Map<string, CachedAnalysis>();
    const next = new Map<string, CachedAnalysis>();
    let reused = 0;
    const total = found.size || 1;
    const queue = [...found];
    let done = 0;
    let reported = 0;
    let batch: vscode.Uri[] = [];
    let lastReport = Date.now();
    const stopped = () => token.isCancellationRequested || run !== this.scanRun;
    const flush = () => {
      progress.report({ message: `${done} / ${found.size}`, increment: ((done - reported) / total) * 100 });
      reported = done;
      if (batch.length) this.updated.fire(batch);
      batch = [];
      lastReport = Date.now();
    };
    // Analyses run in workers; a few files in flight per worker keep them busy while this thread
    // reads files and updates the term index.
    const lane = async () => {
      while (queue.length && !stopped()) {
        const [key, uri] = queue.shift()!;
        const doc = open.get(key);
        if (doc && !doc.isClosed && this.analysis.isReadoutLanguage(doc)) this.analysis.get(doc); // fires onDidAnalyze -> put()
        else {
          const r = await this.readFromDisk(uri, false, previous.get(key));
          if (r) { batch.push(uri); next.set(key, r.cached); if (r.reused) reused++; }
        }
        done++;
        if (Date.now() - lastReport > 150) flush();
      }
    };
    await Promise.all(Array.from({ length: this.analysis.parallelism * 2 }, lane));
    flush();
    const ms = Date.now() - t0;
    this.lastPass = { files: done, reused, ms };
    this.output.appendLine(`[index] ${token.isCancellationRequested ? 'cancelled after' : 'indexed'} ${done} of ${found.size} files in ${ms} ms (${reused} from the cache, ${this.store.size} entries)`);
    if (!stopped()) await this.cache?.save(inputs, next);
  }

  /**
   * Reads, analyses and stores one file from disk; undefined when it is skipped. A cached core
   * analysis of the same mtime and size is reused instead of analysing again.
   */
  private async readFromDisk(uri: vscode.Uri, fire = true, cached?: CachedAnalysis): Promise<{ cached: CachedAnalysis; reused: boolean } | undefined> {
    const settings = this.settings.get(uri);
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > settings.maxFileSizeKB * 1024) { this.drop(uri); return undefined; }
      const bytes = await vscode.workspace.fs.readFile(uri);
      const text = new TextDecoder('utf-8').decode(bytes);
      if (looksBinary(text)) { this.drop(uri); return undefined; }
      if (this.store.get(uri.toString())?.fromDocument) return undefined; // opened meanwhile: the document wins
      const reused = !!cached && cached.mtime === stat.mtime && cached.size === stat.size;
      const core = reused ? cached!.analysis : await this.analysis.analyzeCoreAsync(uri, text);
      if (this.store.get(uri.toString())?.fromDocument) return undefined;
      this.put(uri, text, this.analysis.withOverlays(uri, text, core), false, fire);
      return { cached: { mtime: stat.mtime, size: stat.size, analysis: core }, reused };
    } catch (err) {
      this.output.appendLine(`[index] ${uri.toString(true)}: ${err instanceof Error ? err.message : String(err)}`);
      this.drop(uri);
      return undefined;
    }
  }

  private put(uri: vscode.Uri, text: string, analysis: ReadoutAnalysis, fromDocument: boolean, fire = true, version?: number): void {
    const key = uri.toString();
    this.store.set(key, { uri, text, analysis, fromDocument, version });
    this.terms.update(key, text, analysis);
    if (fire) this.updated.fire([uri]);
  }

  private drop(uri: vscode.Uri): void {
    const key = uri.toString();
    if (!this.store.delete(key)) return;
    this.terms.remove(key);
    this.updated.fire([uri]);
  }

  private onClosed(doc: vscode.TextDocument): void {
    const e = this.store.get(doc.uri.toString());
    if (!e?.fromDocument) return;
    // Closing discards unsaved text: fall back to the disk when the file is in scope.
    if (doc.uri.scheme === 'untitled' || !this.settings.get().workspaceIndexEnabled) { this.drop(doc.uri); return; }
    e.fromDocument = false;
    void this.readFromDisk(doc.uri);
  }

  private watch(include: string[]): void {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      // Deleting a folder reports the folder only, which the file globs below do not match.
      const folders = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**'), true, true, false);
      this.watchers.push(folders, folders.onDidDelete((uri) => this.dropBelow(uri)));
      for (const glob of include) {
        const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
        const changed = (uri: vscode.Uri) => this.onDiskChange(uri);
        this.watchers.push(w, w.onDidChange(changed), w.onDidCreate(changed), w.onDidDelete((uri) => this.dropBelow(uri)));
      }
    }
  }

  /** True when an entry mirrors nothing but the disk: read from it, or an open document without unsaved edits. */
  private mirrorsDisk(e: StoredEntry): boolean {
    if (!e.fromDocument) return true;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === e.uri.toString());
    return !doc || !doc.isDirty;
  }

  /** Drops the entries of a deleted file or of every file under a deleted folder (unsaved documents stay). */
  private dropBelow(deleted: vscode.Uri): void {
    const prefix = deleted.toString().replace(/\/?$/, '/');
    const gone = [...this.store.values()].filter((e) => this.mirrorsDisk(e) && (e.uri.toString() === deleted.toString() || e.uri.toString().startsWith(prefix)));
    for (const e of gone) { this.store.delete(e.uri.toString()); this.terms.remove(e.uri.toString()); }
    if (gone.length) this.updated.fire(gone.map((e) => e.uri));
  }

  private onDiskChange(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.store.get(key)?.fromDocument) return;
    const s = this.settings.get(uri);
    if (!matchesGlobs(workspacePath(uri), s.include, s.exclude)) return;
    const pending = this.pendingReads.get(key);
    if (pending) clearTimeout(pending);
    this.pendingReads.set(key, setTimeout(() => { this.pendingReads.delete(key); void this.readFromDisk(uri); }, 100));
  }

  /** Gazetteer, overlays or settings changed: every stored text is analysed again, in workers. */
  private async reanalyseAll(): Promise<void> {
    const run = this.scanRun;
    const queue = [...this.store];
    const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
    let batch: vscode.Uri[] = [];
    let last = Date.now();
    const lane = async () => {
      while (queue.length && run === this.scanRun) {
        const [key, e] = queue.shift()!;
        const doc = open.get(key);
        if (doc && !doc.isClosed) { this.analysis.get(doc); continue; }
        try {
          const analysis = await this.analysis.analyzeTextAsync(e.uri, e.text);
          // Replaced meanwhile (opened, edited on disk): the newer entry stays.
          if (this.store.get(key) !== e) continue;
          this.put(e.uri, e.text, analysis, e.fromDocument, false);
          batch.push(e.uri);
        } catch (err) {
          this.output.appendLine(`[index] ${e.uri.toString(true)}: ${err instanceof Error ? err.message : String(err)}`);
        }
        if (Date.now() - last > 150) { this.updated.fire(batch); batch = []; last = Date.now(); }
      }
    };
    await Promise.all(Array.from({ length: this.analysis.parallelism * 2 }, lane));
    if (batch.length) this.updated.fire(batch);
  }

  dispose(): void {
    this.scanCancel?.cancel();
    this.watchers.forEach((w) => w.dispose());
    for (const t of this.pendingReads.values()) clearTimeout(t);
    this.disposables.forEach((d) => d.dispose());
  }
}
