// The extension's pledge table, kept in step with the workspace index: one entry per indexed
// readout (id = URI string), rebuilt for the URIs the index reports. It is the table the
// panel's ids are checked against, and what the tree, exports and compare commands read.
import * as vscode from 'vscode';
import { byReadoutOrder, collectPledges, type Pledge, type PledgeTable, type ReadoutSummary } from '../core/pledges';
import type { Services } from '../vscode/services';

export interface PledgeDelta {
  revision: number;
  readouts: ReadoutSummary[];
  pledges: Pledge[];
  removed: string[];
}

interface Entry { summary: ReadoutSummary; pledges: Pledge[] }

/** Coalesces bursts of index updates (a workspace pass reports batch after batch). */
const COALESCE_MS = 60;

export class PledgeStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly byId = new Map<string, Pledge>();
  private flat?: PledgeTable;
  private pending = new Set<string>();
  private timer?: ReturnType<typeof setTimeout>;
  private readonly changed = new vscode.EventEmitter<PledgeDelta>();
  /** Fires after the table changed, with what changed. */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;
  revision = 0;

  constructor(private readonly services: Services) {
    // The index relays AnalysisService.onDidAnalyze for open documents (unsaved text wins), so
    // listening to the index alone sees every edit once.
    this.subscription = services.index.onDidUpdate((uris) => this.queue(uris));
    this.reload();
  }

  /** Rebuilds the whole table from the index. */
  reload(): void {
    this.entries.clear();
    this.byId.clear();
    for (const e of this.services.index.entries()) this.put(e.uri.toString(), e.uri);
    this.flat = undefined;
    this.revision++;
  }

  table(): PledgeTable {
    if (!this.flat) {
      const list = [...this.entries.values()].sort((a, b) => byReadoutOrder(a.summary, b.summary));
      this.flat = { readouts: list.map((e) => e.summary), pledges: list.flatMap((e) => e.pledges) };
    }
    return this.flat;
  }

  /** The pledge with this id, only if it is in the table now (ids from the page are checked here). */
  pledge(id: string): Pledge | undefined {
    return this.byId.get(id);
  }

  readout(id: string): ReadoutSummary | undefined {
    return this.entries.get(id)?.summary;
  }

  pledgesOf(readoutId: string): Pledge[] {
    return this.entries.get(readoutId)?.pledges ?? [];
  }

  /** Applies queued updates now (the tests and the refresh command do not wait for the timer). */
  flush(): void {
    if (this.timer) { clearTimeout(this.timer); this.timer = undefined; }
    if (this.pending.size === 0) return;
    const uris = [...this.pending];
    this.pending.clear();
    const delta: PledgeDelta = { revision: 0, readouts: [], pledges: [], removed: [] };
    for (const key of uris) {
      this.remove(key);
      const entry = this.put(key, vscode.Uri.parse(key));
      if (entry) { delta.readouts.push(entry.summary); delta.pledges.push(...entry.pledges); } else delta.removed.push(key);
    }
    this.flat = undefined;
    delta.revision = ++this.revision;
    this.changed.fire(delta);
  }

  private queue(uris: vscode.Uri[]): void {
    for (const u of uris) this.pending.add(u.toString());
    this.timer ??= setTimeout(() => { this.timer = undefined; this.flush(); }, COALESCE_MS);
  }

  private remove(key: string): void {
    for (const p of this.entries.get(key)?.pledges ?? []) this.byId.delete(p.id);
    this.entries.delete(key);
  }

  private put(key: string, uri: vscode.Uri): Entry | undefined {
    const e = this.services.index.get(uri);
    // A file where nothing was found (a README, notes) is not listed as a readout.
    if (!e || (e.analysis.commitments.length === 0 && e.analysis.leaders.length === 0 && e.analysis.agreements.length === 0)) return undefined;
    const table = collectPledges([{ id: key, label: vscode.workspace.asRelativePath(e.uri), analysis: e.analysis }]);
    const entry: Entry = { summary: table.readouts[0], pledges: table.pledges };
    this.entries.set(key, entry);
    for (const p of entry.pledges) this.byId.set(p.id, p);
    return entry;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.subscription.dispose();
    this.changed.dispose();
  }
}
