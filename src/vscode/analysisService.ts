// The analysis cache: one analysis per document version (uri + version), computed on demand and
// never twice, with the user's overlays applied. Decides which documents are readouts at all
// (language, scheme, include/exclude globs, size, binary content) and tells the user ONCE per
// document when one is skipped. Live edits re-analyse after a debounce.
import * as vscode from 'vscode';
import type { AnalyzeOptions, Gazetteer, ReadoutAnalysis } from '../core/types';
import { analyzeReadout, whenNlpLoaded } from './lazyCore';
import type { Settings } from './settings';
import { matchesGlobs } from './globs';
import { WorkerPool } from './workerPool';

export const READOUT_LANGUAGES = ['plaintext', 'markdown', 'readout'] as const;
/** Schemes whose documents are never readouts: panels and logs of the editor itself. */
const FOREIGN_SCHEMES = new Set(['output', 'debug', 'vscode-settings', 'vscode-terminal', 'comment', 'walkThroughSnippet']);

export type Overlay = (uri: vscode.Uri, text: string, analysis: ReadoutAnalysis) => ReadoutAnalysis;

export interface SkipReason {
  kind: 'tooLarge' | 'binary' | 'excluded' | 'failed';
  message: string;
}

interface CacheEntry {
  version: number;
  generation: number;
  analysis?: ReadoutAnalysis;
  skip?: SkipReason;
  /** True while a worker analyses this version (large documents). */
  pending?: boolean;
}

/** Open documents longer than this (UTF-16 units) are analysed in a worker, never on the hot path. */
export const ASYNC_ANALYSIS_CHARS = 48 * 1024;

export const EMPTY_ANALYSIS: ReadoutAnalysis = Object.freeze({
  date: null, dateInfo: { date: null, source: 'none' }, parties: [], leaders: [], agreements: [], commitments: [],
}) as ReadoutAnalysis;

/** Relative path used for the include/exclude globs (the path itself outside any folder). */
export function workspacePath(uri: vscode.Uri): string {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return uri.path;
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : uri.path;
}

/** True when a sample of the text looks like binary data read as text (NULs, replacement chars). */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (!sample.length) return false;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) bad++;
  }
  return bad / sample.length > 0.02;
}

export class AnalysisService implements vscode.Disposable {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly overlays: Overlay[] = [];
  /** Documents the user was told about (never twice): uri -> how many notices were shown. */
  private readonly notified = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];
  private userGazetteer: Partial<Gazetteer> | undefined;
  private generation = 0;
  private readonly pool: WorkerPool;

  private readonly analyzed = new vscode.EventEmitter<{ document: vscode.TextDocument; analysis: ReadoutAnalysis }>();
  /** Fires after a document version was (re)analysed. */
  readonly onDidAnalyze = this.analyzed.event;
  private readonly skipped = new vscode.EventEmitter<{ document: vscode.TextDocument; reason: SkipReason }>();
  /** Fires when a readout-language document is not analysed (too large, binary, excluded, failed). */
  readonly onDidSkip = this.skipped.event;
  private readonly invalidated = new vscode.EventEmitter<void>();
  /** Fires when every analysis is stale (gazetteer, overlays or analysis settings changed): re-read what you show. */
  readonly onDidInvalidate = this.invalidated.event;

  constructor(private readonly settings: Settings, private readonly output: vscode.OutputChannel, workerScript: string) {
    this.pool = new WorkerPool(workerScript, (line) => output.appendLine(line));
    whenNlpLoaded((ms) => this.nlpLoaded(ms), (err) => output.appendLine(`[analysis] compromise could not load, rules only: ${String(err)}`));
    this.disposables.push(
      { dispose: () => this.pool.dispose() },
      this.analyzed, this.skipped, this.invalidated,
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((ed) => this.schedule(ed.document, 0))),
      settings.onDidChange((e) => {
        const analysisInputs = ['readoutLens.date', 'readoutLens.include', 'readoutLens.exclude', 'readoutLens.maxFileSizeKB'];
        if (analysisInputs.some((k) => e.affectsConfiguration(k))) this.invalidate();
      }),
    );
  }

  /** compromise arrived: the shown documents are analysed again with it (the index keeps its results). */
  private nlpLoaded(ms: number): void {
    this.output.appendLine(`[analysis] compromise loaded in ${ms} ms; re-reading the visible readouts`);
    this.generation++;
    for (const ed of vscode.window.visibleTextEditors) this.schedule(ed.document, 0);
  }

  /** How many times the user was told that this document is not analysed (0 or 1). */
  noticeCount(uri: vscode.Uri): number {
    return this.notified.get(uri.toString()) ?? 0;
  }

  /** Cheap test: could this document be a readout (language and scheme)? */
  isReadoutLanguage(doc: vscode.TextDocument): boolean {
    return (READOUT_LANGUAGES as readonly string[]).includes(doc.languageId) && !FOREIGN_SCHEMES.has(doc.uri.scheme);
  }

  /** Why a readout-language document is not analysed, or undefined when it is. */
  skipReason(doc: vscode.TextDocument): SkipReason | undefined {
    const entry = this.cache.get(doc.uri.toString());
    if (entry && entry.version === doc.version && entry.generation === this.generation) return entry.skip;
    return this.precheck(doc);
  }

  /** The cached analysis of this version, without computing one. */
  peek(doc: vscode.TextDocument): ReadoutAnalysis | undefined {
    const hit = this.cache.get(doc.uri.toString());
    return hit && hit.version === doc.version && hit.generation === this.generation ? hit.analysis : undefined;
  }

  /** Analysis of this document version; undefined when the file is not analysed. */
  get(doc: vscode.TextDocument): ReadoutAnalysis | undefined {
    if (!this.isReadoutLanguage(doc)) return undefined;
    const key = doc.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === doc.version && hit.generation === this.generation) return hit.analysis;
    const version = doc.version;
    const generation = this.generation;
    const skip = this.precheck(doc);
    if (skip) {
      this.cache.set(key, { version, generation, skip });
      this.tellOnce(doc, skip);
      return undefined;
    }
    const text = doc.getText();
    if (looksBinary(text)) {
      const reason: SkipReason = { kind: 'binary', message: 'looks like binary data, not a readout' };
      this.cache.set(key, { version, generation, skip: reason });
      this.tellOnce(doc, reason);
      return undefined;
    }
    if (text.length > ASYNC_ANALYSIS_CHARS) {
      this.cache.set(key, { version, generation, pending: true });
      void this.analyzeInWorker(doc, text, version, generation);
      return undefined;
    }
    let analysis: ReadoutAnalysis;
    try {
      analysis = this.analyzeText(doc.uri, text);
    } catch (err) {
      const reason: SkipReason = { kind: 'failed', message: `analysis failed: ${err instanceof Error ? err.message : String(err)}` };
      this.output.appendLine(`[analysis] ${doc.uri.toString(true)} v${version}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      this.cache.set(key, { version, generation, skip: reason });
      this.skipped.fire({ document: doc, reason });
      return undefined;
    }
    this.cache.set(key, { version, generation, analysis });
    this.analyzed.fire({ document: doc, analysis });
    return analysis;
  }

  /** Analyse text that is not open (used by the workspace index). Throws when the core fails. */
  analyzeText(uri: vscode.Uri, text: string): ReadoutAnalysis {
    return this.applyOverlays(uri, text, analyzeReadout(text, this.optionsFor(uri)));
  }

  /** The same as analyzeText, in a worker thread: the extension host stays free. Rejects when the core fails. */
  async analyzeTextAsync(uri: vscode.Uri, text: string): Promise<ReadoutAnalysis> {
    return this.applyOverlays(uri, text, await this.pool.analyze(text, this.optionsFor(uri)));
  }

  /** The core analysis in a worker, before overlays: what the index caches on disk. */
  analyzeCoreAsync(uri: vscode.Uri, text: string): Promise<ReadoutAnalysis> {
    return this.pool.analyze(text, this.optionsFor(uri));
  }

  /** Applies the overlays (user annotations) to a core analysis. */
  withOverlays(uri: vscode.Uri, text: string, core: ReadoutAnalysis): ReadoutAnalysis {
    return this.applyOverlays(uri, text, core);
  }

  /** Identifies everything the core analysis of a file depends on besides its text. */
  analysisInputs(uri: vscode.Uri): unknown {
    return this.optionsFor(uri);
  }

  /** How many analyses run at once in workers (for the index's pass). */
  get parallelism(): number {
    return this.pool.parallelism;
  }

  /** True while a worker analyses this document's current version. */
  isPending(doc: vscode.TextDocument): boolean {
    const hit = this.cache.get(doc.uri.toString());
    return !!hit?.pending && hit.version === doc.version && hit.generation === this.generation;
  }

  private optionsFor(uri: vscode.Uri): AnalyzeOptions {
    return { date: this.settings.get(uri).dateOverride, userGazetteer: this.userGazetteer };
  }

  private async analyzeInWorker(doc: vscode.TextDocument, text: string, version: number, generation: number): Promise<void> {
    const key = doc.uri.toString();
    const t0 = Date.now();
    try {
      const analysis = await this.analyzeTextAsync(doc.uri, text);
      this.output.appendLine(`[analysis] ${doc.uri.toString(true)} (${(text.length / 1024).toFixed(0)} KB) analysed in a worker in ${Date.now() - t0} ms`);
      // A newer version or an invalidation meanwhile: this result is stale and never shown.
      if (doc.isClosed || doc.version !== version || generation !== this.generation) return;
      this.cache.set(key, { version, generation, analysis });
      this.analyzed.fire({ document: doc, analysis });
    } catch (err) {
      if (doc.isClosed || doc.version !== version || generation !== this.generation) return;
      const reason: SkipReason = { kind: 'failed', message: `analysis failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` };
      this.output.appendLine(`[analysis] ${doc.uri.toString(true)} v${version}: ${err instanceof Error ? err.message : String(err)}`);
      this.cache.set(key, { version, generation, skip: reason });
      this.skipped.fire({ document: doc, reason });
    }
  }

  private applyOverlays(uri: vscode.Uri, text: string, core: ReadoutAnalysis): ReadoutAnalysis {
    let analysis = core;
    for (const overlay of this.overlays) {
      try {
        analysis = overlay(uri, text, analysis);
      } catch (err) {
        this.output.appendLine(`[overlay] ${uri.toString(true)}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      }
    }
    return analysis;
  }

  /** Overlays transform every analysis before features see it (user annotations win). */
  addOverlay(overlay: Overlay): vscode.Disposable {
    this.overlays.push(overlay);
    this.invalidate();
    return new vscode.Disposable(() => {
      const i = this.overlays.indexOf(overlay);
      if (i >= 0) this.overlays.splice(i, 1);
      this.invalidate();
    });
  }

  /** User gazetteer entries; invalidates the caches and re-analyses open documents and the index. */
  setUserGazetteer(g: Partial<Gazetteer>): void {
    this.userGazetteer = g;
    this.invalidate();
  }

  /** Drops every cached analysis and re-analyses the visible documents. */
  invalidate(): void {
    this.generation++;
    this.invalidated.fire();
    for (const ed of vscode.window.visibleTextEditors) this.schedule(ed.document, 0);
  }

  /** Re-analyse after the debounce (live edits), or at once with delayMs 0 (still off the caller's stack). */
  schedule(doc: vscode.TextDocument, delayMs?: number): void {
    if (!this.isReadoutLanguage(doc)) return;
    const key = doc.uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    const wait = delayMs ?? this.settings.get(doc.uri).debounceMs;
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (!doc.isClosed) this.get(doc);
    }, wait));
  }

  private precheck(doc: vscode.TextDocument): SkipReason | undefined {
    const settings = this.settings.get(doc.uri);
    if (doc.uri.scheme !== 'untitled' && !matchesGlobs(workspacePath(doc.uri), settings.include, settings.exclude)) {
      return { kind: 'excluded', message: 'excluded by readoutLens.include / readoutLens.exclude' };
    }
    // Size without copying the text out of the document: the offset of its end.
    const size = doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
    const limit = settings.maxFileSizeKB * 1024;
    if (size > limit) {
      return { kind: 'tooLarge', message: `${(size / 1024).toFixed(0)} KB is over readoutLens.maxFileSizeKB (${settings.maxFileSizeKB} KB)` };
    }
    return undefined;
  }

  private tellOnce(doc: vscode.TextDocument, reason: SkipReason): void {
    this.skipped.fire({ document: doc, reason });
    if (reason.kind === 'excluded') return;
    const key = doc.uri.toString();
    if (this.notified.has(key)) return;
    this.notified.set(key, (this.notified.get(key) ?? 0) + 1);
    const name = doc.uri.path.split('/').pop() || doc.uri.toString(true);
    this.output.appendLine(`[analysis] not analysed: ${doc.uri.toString(true)}: ${reason.message}`);
    void vscode.window.showInformationMessage(`Readout Lens: ${name} is not analysed (${reason.message}).`);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.cache.delete(key);
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.disposables.forEach((d) => d.dispose());
  }
}
