// The user's annotations on disk and in memory: one W3C sidecar per readout under
// `<workspace folder>/<readoutLens.annotations.folder>/<readout path>.json`.
// - Reads every sidecar at start and whenever one changes on disk (file watcher); a sidecar
//   that does not parse is reported in the Problems panel at its line and column and is never
//   written until it parses again (its last good content stays in memory, read-only).
// - Writes atomically (temp file + rename) after re-reading the file and merging by id with
//   what changed there since we last read it, so two windows do not lose each other's labels.
// - While a readout is open, anchors move with each edit; edits that touch an anchor's edge,
//   and changes made outside the editor, re-anchor from the quote and context. Annotations
//   whose words are gone become orphans: kept, listed, never dropped silently.
// - Supplies the analysis overlay through which user labels win everywhere.
import * as crypto from 'crypto';
import { promises as fsp } from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { anchorAnnotations, anchorQuote, describeSpan, moveSpan } from '../core/annotations/anchor';
import { applyAnnotationsDetailed, type AnnotationEffect } from '../core/annotations/apply';
import type { JsonProblem } from '../core/annotations/json';
import { mergeAnnotations, sameAnnotation } from '../core/annotations/merge';
import type { AnchoredAnnotation, ReadoutAnnotation } from '../core/annotations/model';
import { parseAnnotations, serializeSidecar } from '../core/annotations/w3c';
import type { ReadoutAnalysis } from '../core/types';
import type { Services } from '../vscode/services';

export const DEFAULT_ANNOTATIONS_FOLDER = '.readout-lens/annotations';
/** Orphans are retried on every edit only in documents up to this size (else on save). */
const ORPHAN_RETRY_MAX_LENGTH = 256 * 1024;

interface Live {
  text: string;
  version: number;
  anchored: AnchoredAnnotation[];
}

interface Entry {
  readout: vscode.Uri;
  sidecar: vscode.Uri;
  /** Readout path relative to its workspace folder: the W3C target source. */
  source: string;
  /** The annotations with their stored anchors (describing the text they were last written for). */
  annotations: ReadoutAnnotation[];
  /** What the sidecar held when last read or written: the base of the three-way merge. */
  base: ReadoutAnnotation[];
  /** Sidecar bytes as last read or written (our own writes seen by the watcher are ignored). */
  diskText?: string;
  /** Parse problems: while set, the sidecar is never written. */
  broken?: JsonProblem[];
  /** Anchors in the open document's current version, moved edit by edit. */
  live?: Live;
  cache?: { text: string; anchored: AnchoredAnnotation[] };
  /** Writes to one sidecar run one after the other. */
  queue: Promise<unknown>;
}

export interface AppliedState {
  text: string;
  anchored: AnchoredAnnotation[];
  effects: Map<string, AnnotationEffect>;
}

export class SidecarBrokenError extends Error {
  constructor(readonly sidecar: vscode.Uri, readonly problems: JsonProblem[]) {
    super(`${vscode.workspace.asRelativePath(sidecar)} has errors (see the Problems panel); fix it before annotating this readout`);
  }
}

export class AnnotationStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly applied = new Map<string, AppliedState>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('readout-lens-annotations');
  private readonly changed = new vscode.EventEmitter<vscode.Uri[]>();
  /** Fires with the readouts whose annotations (or their anchoring) changed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.diagnostics, this.changed];
  private watchers: vscode.Disposable[] = [];
  private loading: Promise<void>;

  constructor(private readonly services: Services) {
    this.disposables.push(
      services.analysis.addOverlay((uri, text, analysis) => this.overlay(uri, text, analysis)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      vscode.workspace.onDidOpenTextDocument((doc) => this.startLive(doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => { const e = this.entries.get(doc.uri.toString()); if (e) e.live = undefined; }),
      vscode.workspace.onDidSaveTextDocument((doc) => void this.onSave(doc)),
      vscode.workspace.onDidRenameFiles((e) => void this.onRenamed(e.files)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reload()),
      services.settings.onDidChange((e) => { if (e.affectsConfiguration('readoutLens.annotations.folder')) void this.reload(); }),
    );
    this.loading = this.loadAll();
  }

  /** Resolves when the sidecars present at start (or after a reload) have been read. */
  ready(): Promise<void> {
    return this.loading;
  }

  // -------------------------------------------------------------------------------------------
  // Queries

  /** The readouts that have a sidecar (annotated, or with a sidecar that does not parse). */
  readouts(): vscode.Uri[] {
    return [...this.entries.values()].filter((e) => e.annotations.length > 0 || e.broken).map((e) => e.readout);
  }

  /** Parse problems of a readout's sidecar, when it does not parse. */
  problems(readout: vscode.Uri): JsonProblem[] | undefined {
    return this.entries.get(readout.toString())?.broken;
  }

  sidecarOf(readout: vscode.Uri): vscode.Uri | undefined {
    return this.entries.get(readout.toString())?.sidecar ?? this.locate(readout)?.sidecar;
  }

  /** The annotations of a readout placed in its current text (open document, index, or disk). */
  async anchored(readout: vscode.Uri): Promise<AnchoredAnnotation[]> {
    const e = this.entries.get(readout.toString());
    if (!e) return [];
    const text = await this.currentText(readout);
    return this.anchoredIn(e, text ?? '');
  }

  /** What the overlay last did to a readout's analysis (for decorations and hovers). */
  appliedTo(readout: vscode.Uri): AppliedState | undefined {
    return this.applied.get(readout.toString());
  }

  /** Every annotation of every readout, with the text it was placed in (CSV and W3C export). */
  async all(): Promise<Array<{ readout: vscode.Uri; source: string; text: string; anchored: AnchoredAnnotation[] }>> {
    const out = [];
    for (const e of this.entries.values()) {
      if (e.annotations.length === 0) continue;
      const text = (await this.currentText(e.readout)) ?? '';
      out.push({ readout: e.readout, source: e.source, text, anchored: this.anchoredIn(e, text) });
    }
    return out.sort((a, b) => a.source.localeCompare(b.source));
  }

  // -------------------------------------------------------------------------------------------
  // Changes (each one is written to the sidecar before the promise resolves)

  /** Adds an annotation on [start, end) of an open document. */
  async add(doc: vscode.TextDocument, span: { start: number; end: number }, label: Omit<ReadoutAnnotation, 'id' | 'anchor' | 'created' | 'modified'>): Promise<ReadoutAnnotation> {
    const now = new Date().toISOString();
    const annotation: ReadoutAnnotation = {
      ...label,
      id: `urn:uuid:${crypto.randomUUID()}`,
      anchor: describeSpan(doc.getText(), span.start, span.end),
      created: now,
      modified: now,
    };
    await this.change(doc.uri, (list) => [...list, annotation]);
    return annotation;
  }

  /** Changes the label of an annotation (not its place); `modified` moves on. */
  async update(readout: vscode.Uri, id: string, patch: Partial<Omit<ReadoutAnnotation, 'id' | 'created'>>): Promise<void> {
    await this.change(readout, (list) => list.map((a) => (a.id === id ? { ...a, ...patch, modified: new Date().toISOString() } : a)));
  }

  async remove(readout: vscode.Uri, id: string): Promise<void> {
    await this.change(readout, (list) => list.filter((a) => a.id !== id));
  }

  /** Puts an annotation (typically an orphan) on new words of an open document. */
  async reattach(doc: vscode.TextDocument, id: string, span: { start: number; end: number }): Promise<void> {
    const anchor = describeSpan(doc.getText(), span.start, span.end);
    await this.change(doc.uri, (list) => list.map((a) => (a.id === id ? { ...a, anchor, modified: new Date().toISOString() } : a)));
  }

  /** Adds annotations read from a W3C file to an open document; ids already present are replaced. */
  async import(doc: vscode.TextDocument, annotations: ReadoutAnnotation[]): Promise<{ placed: number; orphans: number }> {
    const text = doc.getText();
    const anchored = anchorAnnotations(text, annotations);
    const fresh = anchored.map((x) => x.annotation);
    const ids = new Set(fresh.map((a) => a.id));
    await this.change(doc.uri, (list) => [...list.filter((a) => !ids.has(a.id)), ...fresh]);
    const orphans = anchored.filter((x) => x.status === 'orphan').length;
    return { placed: anchored.length - orphans, orphans };
  }

  private async change(readout: vscode.Uri, edit: (list: ReadoutAnnotation[]) => ReadoutAnnotation[]): Promise<void> {
    const e = this.entryFor(readout);
    if (!e) throw new Error('annotations are stored in a workspace folder: open the folder that contains this readout');
    await this.ready();
    const run = e.queue.then(async () => {
      await this.refreshFromDisk(e);
      if (e.broken) throw new SidecarBrokenError(e.sidecar, e.broken);
      const text = await this.currentText(readout);
      this.settleAnchors(e, text);
      e.annotations = edit(e.annotations);
      await this.write(e, text);
    });
    e.queue = run.catch(() => undefined);
    await run;
    this.afterChange(e);
  }

  /** Stored anchors take the live positions and current quotes, so the sidecar describes the text as it is. */
  private settleAnchors(e: Entry, text: string | undefined): void {
    if (text === undefined) return;
    const placed = new Map(this.anchoredIn(e, text).map((x) => [x.annotation.id, x]));
    e.annotations = e.annotations.map((a) => {
      const x = placed.get(a.id);
      if (!x || x.status === 'orphan') return a;
      const anchor = describeSpan(text, x.start, x.end);
      const same = anchor.start === a.anchor.start && anchor.end === a.anchor.end && anchor.exact === a.anchor.exact && anchor.prefix === a.anchor.prefix && anchor.suffix === a.anchor.suffix;
      return same ? a : { ...a, anchor };
    });
  }

  // -------------------------------------------------------------------------------------------
  // The overlay: user labels win in every analysis of an annotated readout.

  private overlay(uri: vscode.Uri, text: string, analysis: ReadoutAnalysis): ReadoutAnalysis {
    const key = uri.toString();
    const e = this.entries.get(key);
    if (!e || e.annotations.length === 0) {
      this.applied.delete(key);
      return analysis;
    }
    const anchored = this.anchoredIn(e, text);
    const r = applyAnnotationsDetailed(text, analysis, anchored);
    this.applied.set(key, { text, anchored, effects: r.effects });
    return r.analysis;
  }

  private anchoredIn(e: Entry, text: string): AnchoredAnnotation[] {
    if (e.live && e.live.text === text) return e.live.anchored;
    if (e.cache && e.cache.text === text) return e.cache.anchored;
    const anchored = anchorAnnotations(text, e.annotations);
    e.cache = { text, anchored };
    return anchored;
  }

  // -------------------------------------------------------------------------------------------
  // Anchors that follow the editor

  private startLive(doc: vscode.TextDocument): void {
    const e = this.entries.get(doc.uri.toString());
    if (!e || e.annotations.length === 0) return;
    const text = doc.getText();
    e.live = { text, version: doc.version, anchored: this.anchoredIn(e, text) };
  }

  private onEdit(ev: vscode.TextDocumentChangeEvent): void {
    if (ev.contentChanges.length === 0) return;
    const e = this.entries.get(ev.document.uri.toString());
    if (!e || e.annotations.length === 0) return;
    if (!e.live) { this.startLive(ev.document); this.changed.fire([e.readout]); return; }
    const text = ev.document.getText();
    let moved = e.live.anchored.map((x) => ({ ...x, damaged: false }));
    // Changes of one event apply one after the other, each in the coordinates the previous left.
    for (const c of ev.contentChanges) {
      moved = moved.map((x) => {
        if (x.status === 'orphan') return x;
        const m = moveSpan(x.start, x.end, c.rangeOffset, c.rangeOffset + c.rangeLength, c.text.length);
        return { ...x, start: m.start, end: m.end, damaged: x.damaged || m.damaged };
      });
    }
    const retryOrphans = text.length <= ORPHAN_RETRY_MAX_LENGTH;
    let statusChanged = false;
    const anchored: AnchoredAnnotation[] = moved.map(({ damaged, ...x }) => {
      if (!damaged && x.status !== 'orphan') return x;
      if (x.status === 'orphan' && !retryOrphans) return x;
      const hint = { ...x.annotation.anchor, start: x.status === 'orphan' ? x.annotation.anchor.start : x.start, end: x.status === 'orphan' ? x.annotation.anchor.end : x.end };
      const m = anchorQuote(text, hint);
      const next: AnchoredAnnotation = m ? { ...x, start: m.start, end: m.end, status: m.status } : { ...x, status: 'orphan', start: x.annotation.anchor.start, end: x.annotation.anchor.end };
      if (next.status !== x.status) statusChanged = true;
      return next;
    });
    e.live = { text, version: ev.document.version, anchored };
    if (statusChanged) this.changed.fire([e.readout]);
  }

  private async onSave(doc: vscode.TextDocument): Promise<void> {
    const e = this.entries.get(doc.uri.toString());
    if (!e || e.annotations.length === 0 || e.broken) return;
    // The saved text is what the sidecar should describe: write only when an anchor moved.
    const before = e.annotations;
    this.settleAnchors(e, doc.getText());
    if (e.annotations.every((a, i) => a === before[i])) return;
    try {
      await this.change(doc.uri, (list) => list);
    } catch (err) {
      this.services.output.appendLine(`[annotations] not written on save: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** A readout renamed or moved in the editor takes its labels along: new sidecar written, old one removed. */
  private async onRenamed(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<void> {
    for (const { oldUri, newUri } of files) {
      const old = this.entries.get(oldUri.toString());
      if (!old || old.annotations.length === 0 || old.broken) continue;
      const moved = this.entryFor(newUri);
      if (!moved || moved.sidecar.toString() === old.sidecar.toString()) continue;
      try {
        await this.change(newUri, (list) => [...list, ...old.annotations.filter((a) => !list.some((b) => b.id === a.id))]);
        await old.queue;
        await vscode.workspace.fs.delete(old.sidecar);
        this.entries.delete(oldUri.toString());
        this.diagnostics.delete(old.sidecar);
        this.changed.fire([oldUri, newUri]);
      } catch (err) {
        this.services.output.appendLine(`[annotations] labels of ${oldUri.toString(true)} not moved to ${newUri.toString(true)}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Disk

  private folderSetting(scope?: vscode.Uri): string {
    const raw = (vscode.workspace.getConfiguration('readoutLens', scope).get<string>('annotations.folder') ?? '').trim();
    const clean = raw.replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
    // A folder outside the workspace folder (absolute, or with ..) would scatter user files: refuse it.
    return clean === '' || clean.split('/').includes('..') || /^[a-zA-Z]:/.test(clean) ? DEFAULT_ANNOTATIONS_FOLDER : clean;
  }

  /** Sidecar place of a readout: its workspace folder, its relative path. */
  locate(readout: vscode.Uri): { folder: vscode.WorkspaceFolder; sidecar: vscode.Uri; source: string } | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(readout);
    if (!folder || readout.scheme === 'untitled') return undefined;
    const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
    if (!readout.path.startsWith(base)) return undefined;
    const source = readout.path.slice(base.length);
    const dir = this.folderSetting(folder.uri);
    if (source.startsWith(`${dir}/`)) return undefined; // a sidecar is not a readout
    return { folder, sidecar: vscode.Uri.joinPath(folder.uri, ...dir.split('/'), `${source}.json`), source };
  }

  private entryFor(readout: vscode.Uri): Entry | undefined {
    const key = readout.toString();
    const existing = this.entries.get(key);
    if (existing) return existing;
    const place = this.locate(readout);
    if (!place) return undefined;
    const e: Entry = { readout, sidecar: place.sidecar, source: place.source, annotations: [], base: [], queue: Promise.resolve() };
    this.entries.set(key, e);
    return e;
  }

  private async reload(): Promise<void> {
    this.watchers.forEach((w) => w.dispose());
    this.watchers = [];
    this.entries.clear();
    this.diagnostics.clear();
    this.loading = this.loadAll();
    await this.loading;
  }

  private async loadAll(): Promise<void> {
    const touched: vscode.Uri[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const dir = this.folderSetting(folder.uri);
      const pattern = new vscode.RelativePattern(folder, `${dir}/**/*.json`);
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      this.watchers.push(
        watcher,
        watcher.onDidCreate((u) => void this.onSidecarChanged(u)),
        watcher.onDidChange((u) => void this.onSidecarChanged(u)),
        watcher.onDidDelete((u) => this.onSidecarDeleted(u)),
      );
      // A deleted folder (the annotations folder, or one of its sub-folders) may be reported for
      // the folder only: every sidecar below it is gone.
      for (const glob of [`${dir}/**`, dir, dir.split('/')[0]]) {
        const folders = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob), true, true, false);
        this.watchers.push(folders, folders.onDidDelete((gone) => {
          const prefix = gone.path.endsWith('/') ? gone.path : `${gone.path}/`;
          for (const e of this.entries.values()) if (e.sidecar.path.startsWith(prefix) && e.diskText !== undefined) this.onSidecarDeleted(e.sidecar);
        }));
      }
      let found: vscode.Uri[] = [];
      try {
        found = await vscode.workspace.findFiles(pattern, null);
      } catch (err) {
        this.services.output.appendLine(`[annotations] cannot list ${dir}: ${String(err)}`);
      }
      for (const sidecar of found) {
        const e = this.entryForSidecar(sidecar);
        if (!e) continue;
        await this.refreshFromDisk(e);
        touched.push(e.readout);
      }
    }
    for (const doc of vscode.workspace.textDocuments) this.startLive(doc);
    this.services.output.appendLine(`[annotations] ${touched.length} sidecar(s) read`);
    if (touched.length) {
      this.changed.fire(touched);
      this.services.analysis.invalidate();
    }
  }

  private entryForSidecar(sidecar: vscode.Uri): Entry | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(sidecar);
    if (!folder) return undefined;
    const dir = this.folderSetting(folder.uri);
    const prefix = `${folder.uri.path.replace(/\/$/, '')}/${dir}/`;
    if (!sidecar.path.startsWith(prefix) || !sidecar.path.endsWith('.json')) return undefined;
    const source = sidecar.path.slice(prefix.length, -'.json'.length);
    if (source === '') return undefined;
    return this.entryFor(vscode.Uri.joinPath(folder.uri, ...source.split('/')));
  }

  private async onSidecarChanged(sidecar: vscode.Uri): Promise<void> {
    if (/\.tmp$/.test(sidecar.path)) return;
    const e = this.entryForSidecar(sidecar);
    if (!e) return;
    const run = e.queue.then(async () => {
      const before = e.annotations;
      const wasBroken = e.broken;
      const theirs = await this.refreshFromDisk(e);
      if (!theirs) return false;
      // Local changes the file does not have yet (another window wrote in between): write the union.
      if (!e.broken && !sameSet(e.annotations, theirs)) await this.write(e, await this.currentText(e.readout));
      return before !== e.annotations || wasBroken !== e.broken;
    });
    e.queue = run.catch(() => undefined);
    try {
      if (await run) this.afterChange(e);
    } catch (err) {
      this.services.output.appendLine(`[annotations] ${sidecar.toString(true)}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private onSidecarDeleted(sidecar: vscode.Uri): void {
    const e = this.entryForSidecar(sidecar);
    if (!e) return;
    // Deleting the file is the user's decision (or a git checkout): forget its annotations.
    e.annotations = [];
    e.base = [];
    e.diskText = undefined;
    e.broken = undefined;
    this.diagnostics.delete(e.sidecar);
    this.afterChange(e);
  }

  /**
   * Re-reads the sidecar. Returns the annotations the file holds when it changed since we last
   * saw it (after merging them into memory), undefined when it is unchanged or absent.
   */
  private async refreshFromDisk(e: Entry): Promise<ReadoutAnnotation[] | undefined> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(e.sidecar);
    } catch {
      return undefined; // no sidecar yet
    }
    let content = new TextDecoder('utf-8').decode(bytes);
    if (content === e.diskText && !e.broken) return undefined;
    if (content.charCodeAt(0) === 0xfeff) content = content.slice(1);
    const text = await this.currentText(e.readout);
    const parsed = parseAnnotations(content, { text, source: e.source });
    if (!parsed.ok) {
      e.broken = parsed.errors;
      e.diskText = undefined;
      this.report(e.sidecar, parsed.errors, vscode.DiagnosticSeverity.Error);
      return undefined;
    }
    e.broken = undefined;
    this.report(e.sidecar, parsed.warnings, vscode.DiagnosticSeverity.Warning);
    const theirs = parsed.set.annotations;
    e.annotations = mergeAnnotations(e.base, e.annotations, theirs);
    e.base = theirs;
    e.diskText = content;
    e.cache = undefined;
    this.relive(e);
    return theirs;
  }

  /** Writes the sidecar atomically unless the file already says exactly this. */
  private async write(e: Entry, text: string | undefined): Promise<void> {
    if (e.broken) throw new SidecarBrokenError(e.sidecar, e.broken);
    const content = e.annotations.length === 0 && e.diskText === undefined ? undefined : serializeSidecar({ source: e.source, annotations: e.annotations }, text);
    if (content === undefined || content === e.diskText) return;
    await writeFileAtomic(e.sidecar, content);
    e.diskText = content;
    e.base = e.annotations;
    e.cache = undefined;
    this.relive(e);
  }

  /** Re-anchors the live anchors of an open document after the annotation list changed. */
  private relive(e: Entry): void {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === e.readout.toString());
    if (!doc) { e.live = undefined; return; }
    const text = doc.getText();
    e.cache = undefined;
    e.live = { text, version: doc.version, anchored: anchorAnnotations(text, e.annotations) };
  }

  private afterChange(e: Entry): void {
    this.changed.fire([e.readout]);
    this.services.analysis.invalidate();
  }

  private report(sidecar: vscode.Uri, problems: JsonProblem[], severity: vscode.DiagnosticSeverity): void {
    if (problems.length === 0) { this.diagnostics.delete(sidecar); return; }
    this.diagnostics.set(sidecar, problems.map((p) => {
      const at = new vscode.Position(p.line, p.column);
      const d = new vscode.Diagnostic(new vscode.Range(at, at.translate(0, 1)),
        severity === vscode.DiagnosticSeverity.Error
          ? `${p.message}. Readout Lens does not read or write this annotation file until it is fixed.`
          : p.message, severity);
      d.source = 'Readout Lens';
      return d;
    }));
  }

  /** The readout's text now: the open document, the workspace index, or the file on disk. */
  async currentText(readout: vscode.Uri): Promise<string | undefined> {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === readout.toString());
    if (doc) return doc.getText();
    const indexed = this.services.index.get(readout);
    if (indexed) return indexed.text;
    try {
      let text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(readout));
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      return text;
    } catch {
      return undefined; // the readout was moved or deleted: its annotations are orphans
    }
  }

  dispose(): void {
    this.watchers.forEach((w) => w.dispose());
    this.disposables.forEach((d) => d.dispose());
  }
}

/** Same annotations by id and content, in any order. */
function sameSet(a: readonly ReadoutAnnotation[], b: readonly ReadoutAnnotation[]): boolean {
  if (a.length !== b.length) return false;
  const byId = new Map(b.map((x) => [x.id, x]));
  return a.every((x) => { const y = byId.get(x.id); return y !== undefined && sameAnnotation(x, y); });
}

/**
 * Writes a file by writing a temp file beside it and renaming it over the target, so a reader
 * (another window, git, a crash) sees the old bytes or the new ones, never half a file. Local
 * files go through Node: POSIX rename replaces the target in one step, whereas the editor's
 * file-system layer may delete the target before renaming. Other schemes use workspace.fs.
 */
export async function writeFileAtomic(target: vscode.Uri, content: string): Promise<void> {
  const name = target.path.split('/').pop() ?? 'file';
  const tmpName = `.${name}.${crypto.randomBytes(6).toString('hex')}.tmp`;
  if (target.scheme === 'file') {
    const dir = path.dirname(target.fsPath);
    await fsp.mkdir(dir, { recursive: true });
    const tmp = path.join(dir, tmpName);
    await fsp.writeFile(tmp, content, 'utf8');
    try {
      await fsp.rename(tmp, target.fsPath);
    } catch (err) {
      await fsp.rm(tmp, { force: true });
      throw err;
    }
    return;
  }
  const dir = vscode.Uri.joinPath(target, '..');
  await vscode.workspace.fs.createDirectory(dir);
  const tmp = vscode.Uri.joinPath(dir, tmpName);
  await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(content));
  try {
    await vscode.workspace.fs.rename(tmp, target, { overwrite: true });
  } catch (err) {
    try { await vscode.workspace.fs.delete(tmp); } catch { /* the temp file is gone already */ }
    throw err;
  }
}
