// The pledges side panel: the webview view `readoutLens.pledges` (matrix, list, compare,
// timeline), the `readoutLens.readouts` tree, and their commands (open a pledge, filter, compare,
// refresh, export CSV / JSON / Markdown / CAMEO). The page gets the pledge table and live deltas;
// it sends back ids and filter values only, which are checked here before anything is done.
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import { filterPledges, type PledgeFilter } from '../core/pledges';
import { exportPledges, FORMAT_EXTENSIONS, type PledgeFormat } from '../core/pledgeExport';
import { isPageMessage, isPledgeFilter, COMPARE_MODES, type CompareSelection, type ExtensionMessage, type PageMessage } from '../webview/protocol';
import type { Services } from '../vscode/services';
import { PledgeStore } from './pledgeStore';
import { ReadoutsTree, type ReadoutsTreeNode } from './readoutsTree';

export const PLEDGES_VIEW_ID = 'readoutLens.pledges';
export const READOUTS_VIEW_ID = 'readoutLens.readouts';

/** A Content-Security-Policy nonce: 128 bits from the OS's CSPRNG. */
export function makeNonce(): string {
  return randomBytes(16).toString('base64');
}

export function pledgesHtml(webview: vscode.Webview, extensionUri: vscode.Uri, nonce: string): string {
  const css = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'pledges.css'));
  const js = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview.js'));
  const csp = `default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${nonce}'; img-src ${webview.cspSource} data:`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${css.toString()}">
<title>Pledges</title>
</head>
<body>
<main id="app" aria-label="Readout Lens pledges"></main>
<script nonce="${nonce}" src="${js.toString()}"></script>
</body>
</html>`;
}

/** What the panel last reported: for the output channel and the integration tests. */
export interface RenderReport { revision: number; tab: string; rows: number; ms: number }

class PledgesViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view?: vscode.WebviewView;
  private ready = false;
  private readonly replay = new Map<string, ExtensionMessage>();
  private readonly disposables: vscode.Disposable[] = [];
  lastRender?: RenderReport;
  private readonly rendered = new vscode.EventEmitter<RenderReport>();
  readonly onDidRender = this.rendered.event;

  constructor(private readonly extensionUri: vscode.Uri, private readonly store: PledgeStore, private readonly handle: (m: PageMessage) => void,
    private readonly output: vscode.OutputChannel) {
    this.disposables.push(this.rendered, store.onDidChange((d) => this.post({ type: 'delta', ...d })));
  }

  get isResolved(): boolean {
    return this.view !== undefined && this.ready;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    view.webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist')],
    };
    view.webview.html = pledgesHtml(view.webview, this.extensionUri, makeNonce());
    const sub = view.webview.onDidReceiveMessage((m: unknown) => this.receive(m));
    view.onDidDispose(() => { sub.dispose(); if (this.view === view) { this.view = undefined; this.ready = false; } });
  }

  /**
   * Sends a message to the page. Deltas sent while the page is not there are dropped (the next
   * snapshot covers them); the view-state messages are kept and replayed after the snapshot.
   */
  post(message: ExtensionMessage): void {
    if (this.view && this.ready) { void this.view.webview.postMessage(message); return; }
    if (message.type === 'setFilter' || message.type === 'showCompare' || message.type === 'showTab') this.replay.set(message.type, message);
  }

  show(): void {
    if (this.view) this.view.show(true);
    else void vscode.commands.executeCommand(`${PLEDGES_VIEW_ID}.focus`);
  }

  private receive(m: unknown): void {
    if (!isPageMessage(m)) { this.output.appendLine(`[pledges] ignored a malformed message from the panel`); return; }
    if (m.type === 'ready') {
      this.store.flush(); // before `ready`: its delta is already in the snapshot
      this.ready = true;
      const t = this.store.table();
      this.post({ type: 'snapshot', revision: this.store.revision, readouts: t.readouts, pledges: t.pledges });
      for (const r of this.replay.values()) this.post(r);
      this.replay.clear();
      return;
    }
    if (m.type === 'rendered') {
      if (this.lastRender?.revision !== m.revision) this.output.appendLine(`[pledges] revision ${m.revision} rendered in ${m.ms} ms (${m.tab}, ${m.rows} rows)`);
      this.lastRender = { revision: m.revision, tab: m.tab, rows: m.rows, ms: m.ms };
      this.rendered.fire(this.lastRender);
      return;
    }
    this.handle(m);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

/** What registerPledgesView hands back: used by extension.ts's API and the integration tests. */
export interface PledgesFeature {
  store: PledgeStore;
  tree: ReadoutsTree;
  /** Resolves with the last render report of the panel for a revision at least `revision`. */
  whenRendered(revision: number): Promise<RenderReport>;
  readonly panelResolved: boolean;
}

export function registerPledgesView(context: vscode.ExtensionContext, services: Services): PledgesFeature {
  const store = new PledgeStore(services);
  const tree = new ReadoutsTree(store);
  const provider = new PledgesViewProvider(context.extensionUri, store, (m) => {
    onPageMessage(m).catch((err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      services.output.appendLine(`[pledges] ${m.type} failed: ${err instanceof Error ? err.stack ?? message : message}`);
      void vscode.window.showErrorMessage(`Readout Lens: could not ${m.type === 'export' ? 'export the pledges' : 'open the pledge'}: ${message}`);
    });
  }, services.output);
  const treeView = vscode.window.createTreeView<ReadoutsTreeNode>(READOUTS_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  const updateTreeMessage = () => {
    const f = tree.currentFilter;
    const parts = [f.parties?.join('/'), f.topics?.join('/'), f.strengths?.join('/'), f.leader, f.from && `from ${f.from}`, f.to && `to ${f.to}`, f.text && `“${f.text}”`].filter(Boolean);
    treeView.message = parts.length ? `Filtered: ${parts.join(', ')}` : undefined;
  };

  const setFilter = (filter: PledgeFilter, fromPage = false) => {
    tree.setFilter(filter);
    updateTreeMessage();
    if (!fromPage) provider.post({ type: 'setFilter', filter });
  };

  async function onPageMessage(m: PageMessage): Promise<void> {
    switch (m.type) {
      case 'open': await openPledge(m.pledgeId); break;
      case 'export': await exportTo(m.format, m.filter); break;
      case 'filterChanged': setFilter(m.filter, true); break;
    }
  }

  /** Opens the pledge's readout and selects its sentence; false when the id is not in the table. */
  async function openPledge(id: unknown): Promise<boolean> {
    const pledge = typeof id === 'string' ? store.pledge(id) : undefined;
    if (!pledge) { services.output.appendLine(`[pledges] unknown pledge id ignored`); return false; }
    const uri = vscode.Uri.parse(pledge.readoutId);
    const doc = await vscode.workspace.openTextDocument(uri);
    let { start, end } = pledge;
    const text = doc.getText();
    if (text.slice(start, end) !== pledge.sentence) {
      // The text moved since the analysis (an edit still being debounced): find the sentence again.
      const at = text.indexOf(pledge.sentence);
      if (at >= 0) { start = at; end = at + pledge.sentence.length; }
    }
    const selection = new vscode.Selection(doc.positionAt(start), doc.positionAt(Math.min(end, text.length)));
    const editor = await vscode.window.showTextDocument(doc, { selection, preview: true, viewColumn: vscode.ViewColumn.One });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
  }

  /** Writes the pledges passing `filter` to `target` (asked for when absent), atomically. */
  async function exportTo(format: PledgeFormat, filter: PledgeFilter = tree.currentFilter, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    store.flush();
    const table = store.table();
    const pledges = filterPledges(table.pledges, table.readouts, filter);
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const uri = target ?? await vscode.window.showSaveDialog({
      defaultUri: folder && vscode.Uri.joinPath(folder, `pledges${FORMAT_EXTENSIONS[format]}`),
      filters: format === 'json' ? { JSON: ['json'] } : format === 'md' ? { Markdown: ['md'] } : { CSV: ['csv'] },
      saveLabel: 'Export pledges',
    });
    if (!uri) return undefined;
    await writeAtomically(uri, exportPledges(format, pledges, table.readouts));
    services.output.appendLine(`[pledges] exported ${pledges.length} pledges as ${format} to ${uri.toString(true)}`);
    if (!target) {
      void vscode.window.showInformationMessage(`Exported ${pledges.length} pledges to ${vscode.workspace.asRelativePath(uri)}.`, 'Open').then((choice) => {
        if (choice === 'Open') void vscode.window.showTextDocument(uri);
      });
    }
    return uri;
  }

  async function pickFilter(): Promise<PledgeFilter | undefined> {
    store.flush();
    const table = store.table();
    const current = tree.currentFilter;
    type Item = vscode.QuickPickItem & { key: 'parties' | 'topics' | 'strengths' | 'leader'; value: string };
    const parties = [...new Set(table.pledges.map((p) => p.party))].sort();
    const topics = [...new Set(table.pledges.map((p) => p.topic))].sort();
    const leaders = [...new Set(table.readouts.flatMap((r) => r.leaders))].sort();
    const item = (key: Item['key'], value: string, kindLabel: string): Item => ({
      key, value, label: value, description: kindLabel,
      picked: key === 'leader' ? current.leader === value : (current[key] as string[] | undefined)?.includes(value) ?? false,
    });
    const items: (Item | vscode.QuickPickItem)[] = [
      { label: 'Parties', kind: vscode.QuickPickItemKind.Separator }, ...parties.map((v) => item('parties', v, 'party')),
      { label: 'Topics', kind: vscode.QuickPickItemKind.Separator }, ...topics.map((v) => item('topics', v, 'topic')),
      { label: 'Strengths', kind: vscode.QuickPickItemKind.Separator }, ...(['firm', 'willing', 'aspirational'] as const).map((v) => item('strengths', v, 'strength')),
      { label: 'Leaders', kind: vscode.QuickPickItemKind.Separator }, ...leaders.map((v) => item('leader', v, 'leader')),
    ];
    const picked = await vscode.window.showQuickPick(items as Item[], { canPickMany: true, title: 'Filter pledges (1/2): parties, topics, strengths, leader', matchOnDescription: true });
    if (!picked) return undefined;
    const text = await vscode.window.showInputBox({ title: 'Filter pledges (2/2): words in the sentence (optional)', value: current.text ?? '', prompt: 'Case and accents are ignored; Enter to skip.' });
    if (text === undefined) return undefined;
    const values = (key: Item['key']) => picked.filter((p) => p.key === key).map((p) => p.value);
    const candidate = {
      parties: values('parties'), topics: values('topics'), strengths: values('strengths'),
      leader: values('leader')[0], from: current.from, to: current.to, text: text.trim(),
    };
    // Only the criteria that say something: the same check as for the panel's messages.
    const filter = Object.fromEntries(Object.entries(candidate).filter(([, v]) => (Array.isArray(v) ? v.length > 0 : Boolean(v))));
    return isPledgeFilter(filter) ? filter : undefined;
  }

  async function pickCompare(first?: string): Promise<CompareSelection | undefined> {
    store.flush();
    const table = store.table();
    const readoutItems = table.readouts.map((r) => ({ label: r.label, description: `${r.date ?? 'undated'} · ${r.parties.slice(0, 2).join('–')} · ${r.pledgeCount} pledges`, value: r.id }));
    if (first) {
      const b = await vscode.window.showQuickPick(readoutItems.filter((r) => r.value !== first), { title: 'Compare with which readout?' });
      return b && { mode: 'readouts', a: first, b: b.value };
    }
    const mode = await vscode.window.showQuickPick(
      [{ label: 'Two readouts', value: 'readouts' as const }, { label: 'Two dates or periods', description: 'YYYY, YYYY-MM or YYYY-MM-DD', value: 'dates' as const }, { label: 'Two parties', value: 'parties' as const }],
      { title: 'Compare pledges' });
    if (!mode) return undefined;
    const choices = mode.value === 'readouts' ? readoutItems
      : mode.value === 'parties' ? [...new Set(table.pledges.map((p) => p.party))].filter((p) => p !== 'both').sort().map((p) => ({ label: p, value: p }))
        : [...new Set(table.readouts.flatMap((r) => (r.date ? [r.date.slice(0, 4), r.date.slice(0, 7), r.date] : [])))].sort().map((d) => ({ label: d, value: d }));
    const a = await vscode.window.showQuickPick(choices, { title: 'Compare (A, before)' });
    if (!a) return undefined;
    const b = await vscode.window.showQuickPick(choices.filter((c) => c.value !== a.value), { title: `Compare ${a.label} with (B, after)` });
    return b && { mode: mode.value, a: a.value, b: b.value };
  }

  const isSelection = (x: unknown): x is CompareSelection => typeof x === 'object' && x !== null
    && (COMPARE_MODES as readonly string[]).includes((x as CompareSelection).mode) && typeof (x as CompareSelection).a === 'string' && typeof (x as CompareSelection).b === 'string';

  /** Export commands take an optional target (a Uri, or a path from a keybinding) and filter; else they ask. */
  const exportCommand = (format: PledgeFormat, target?: unknown, filter?: unknown) =>
    exportTo(format, isPledgeFilter(filter) ? filter : undefined,
      target instanceof vscode.Uri ? target : typeof target === 'string' && target ? vscode.Uri.file(target) : undefined);

  const showCompare = (compare: CompareSelection) => {
    provider.post({ type: 'showCompare', compare });
    provider.show();
  };

  context.subscriptions.push(
    store, tree, provider, treeView,
    vscode.window.registerWebviewViewProvider(PLEDGES_VIEW_ID, provider),
    // Command ids are written out in full so the manifest test can match them to package.json.
    vscode.commands.registerCommand('readoutLens.pledges.open', (id: unknown) => openPledge(id)),
    vscode.commands.registerCommand('readoutLens.pledges.refresh', async () => {
      await services.index.ready();
      store.reload();
      const t = store.table();
      provider.post({ type: 'snapshot', revision: store.revision, readouts: t.readouts, pledges: t.pledges });
      tree.setFilter(tree.currentFilter);
      return t.pledges.length;
    }),
    vscode.commands.registerCommand('readoutLens.pledges.filter', async (arg?: unknown) => {
      const filter = isPledgeFilter(arg) ? arg : await pickFilter();
      if (filter) setFilter(filter);
      return filter;
    }),
    vscode.commands.registerCommand('readoutLens.pledges.clearFilter', () => setFilter({})),
    vscode.commands.registerCommand('readoutLens.pledges.compare', async (arg?: unknown) => {
      const sel = isSelection(arg) ? arg : await pickCompare();
      if (sel) showCompare(sel);
      return sel;
    }),
    vscode.commands.registerCommand('readoutLens.pledges.compareWith', async (node?: ReadoutsTreeNode) => {
      const sel = await pickCompare(node?.kind === 'readout' ? node.readout.id : undefined);
      if (sel) showCompare(sel);
      return sel;
    }),
    vscode.commands.registerCommand('readoutLens.pledges.exportCsv', (target?: unknown, filter?: unknown) => exportCommand('csv', target, filter)),
    vscode.commands.registerCommand('readoutLens.pledges.exportJson', (target?: unknown, filter?: unknown) => exportCommand('json', target, filter)),
    vscode.commands.registerCommand('readoutLens.pledges.exportMarkdown', (target?: unknown, filter?: unknown) => exportCommand('md', target, filter)),
    vscode.commands.registerCommand('readoutLens.pledges.exportCameo', (target?: unknown, filter?: unknown) => exportCommand('cameo', target, filter)),
  );

  return {
    store, tree,
    get panelResolved() { return provider.isResolved; },
    whenRendered(revision: number): Promise<RenderReport> {
      if (provider.lastRender && provider.lastRender.revision >= revision) return Promise.resolve(provider.lastRender);
      return new Promise((resolve) => {
        const sub = provider.onDidRender((r) => { if (r.revision >= revision) { sub.dispose(); resolve(r); } });
      });
    },
  };
}

/** Writes a user's file through a temporary sibling and a rename, so a crash never leaves half a file. */
export async function writeAtomically(target: vscode.Uri, content: string): Promise<void> {
  const tmp = target.with({ path: `${target.path}.${randomBytes(4).toString('hex')}.tmp` });
  try {
    await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(content));
    await vscode.workspace.fs.rename(tmp, target, { overwrite: true });
  } catch (err) {
    await Promise.resolve(vscode.workspace.fs.delete(tmp)).catch(() => undefined);
    throw err;
  }
}
