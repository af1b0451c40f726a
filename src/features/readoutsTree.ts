// The "Readouts" tree beside the pledges panel: one item per readout (date, parties, leaders,
// pledge counts by strength), its pledges as children; choosing a pledge opens its sentence.
// It follows the panel's filter, so both views always show the same pledges.
import * as vscode from 'vscode';
import { filterPledges, isEmptyFilter, type Pledge, type PledgeFilter, type ReadoutSummary } from '../core/pledges';
import type { PledgeStore } from './pledgeStore';

export type ReadoutsTreeNode = { kind: 'readout'; readout: ReadoutSummary; pledges: Pledge[] } | { kind: 'pledge'; pledge: Pledge };


function counts(r: ReadoutSummary): string {
  const s = r.byStrength;
  return `${r.pledgeCount} pledge${r.pledgeCount === 1 ? '' : 's'} (${s.firm} firm, ${s.willing} willing, ${s.aspirational} aspirational)`;
}

export class ReadoutsTree implements vscode.TreeDataProvider<ReadoutsTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ReadoutsTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private filter: PledgeFilter = {};
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: PledgeStore) {
    this.subscription = store.onDidChange(() => this.changed.fire(undefined));
  }

  setFilter(filter: PledgeFilter): void {
    this.filter = filter;
    this.changed.fire(undefined);
  }

  get currentFilter(): PledgeFilter {
    return this.filter;
  }

  /** Readouts with the pledges that pass the filter; with a filter, readouts left empty are hidden. */
  getChildren(node?: ReadoutsTreeNode): ReadoutsTreeNode[] {
    if (node?.kind === 'pledge') return [];
    if (node?.kind === 'readout') return node.pledges.map((pledge) => ({ kind: 'pledge', pledge }));
    const table = this.store.table();
    const passing = filterPledges(table.pledges, table.readouts, this.filter);
    const byReadout = new Map<string, Pledge[]>();
    for (const p of passing) {
      const list = byReadout.get(p.readoutId);
      if (list) list.push(p); else byReadout.set(p.readoutId, [p]);
    }
    const filtered = !isEmptyFilter(this.filter);
    return table.readouts
      .filter((r) => !filtered || byReadout.has(r.id))
      .map((readout) => ({ kind: 'readout', readout, pledges: byReadout.get(readout.id) ?? [] }));
  }

  getTreeItem(node: ReadoutsTreeNode): vscode.TreeItem {
    if (node.kind === 'readout') {
      const r = node.readout;
      const item = new vscode.TreeItem(r.label.slice(r.label.lastIndexOf('/') + 1), node.pledges.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = `readout:${r.id}`;
      item.description = `${r.date ?? 'undated'} · ${r.parties.slice(0, 2).join('–') || 'parties unknown'} · ${r.pledgeCount} pledges`;
      // Plain-text tooltip: readout text is never rendered as Markdown here.
      item.tooltip = [`${r.label}`, `Date: ${r.date ?? 'not found'}`, `Parties: ${r.parties.join(', ') || 'unknown'}`,
        `Leaders: ${r.leaders.slice(0, 8).join(', ') || 'none found'}`, counts(r)].join('\n');
      item.contextValue = 'readout';
      item.iconPath = new vscode.ThemeIcon('file-text');
      item.accessibilityInformation = { label: `${r.label}, ${r.date ?? 'undated'}, ${r.parties.join(' and ')}, ${counts(r)}` };
      item.command = { command: 'vscode.open', title: 'Open Readout', arguments: [vscode.Uri.parse(r.id)] };
      return item;
    }
    const p = node.pledge;
    const item = new vscode.TreeItem(`${p.party} · ${p.strength} · ${p.topic}`, vscode.TreeItemCollapsibleState.None);
    item.id = `pledge:${p.id}`;
    item.description = p.sentence.length > 90 ? p.sentence.slice(0, 87) + '…' : p.sentence;
    item.tooltip = p.sentence;
    item.contextValue = 'pledge';
    item.iconPath = new vscode.ThemeIcon(p.strength === 'firm' ? 'pass-filled' : p.strength === 'willing' ? 'circle-large-outline' : 'circle-small');
    item.accessibilityInformation = { label: `${p.party}, ${p.strength}, ${p.topic}: ${p.sentence}` };
    item.command = { command: 'readoutLens.pledges.open', title: 'Open Pledge', arguments: [p.id] };
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
