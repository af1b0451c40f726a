// The "Annotations" tree view (view `readoutLens.annotations` in the Readout Lens container):
// one node per annotated readout, orphans on top of everything (they need the user), then each
// file's labels in text order. A sidecar that does not parse shows its first error, which opens
// the file at that line. Clicking a label selects its words in the readout.
import * as vscode from 'vscode';
import { describeAnnotation, type AnchoredAnnotation } from '../core/annotations/model';
import type { JsonProblem } from '../core/annotations/json';
import type { AnnotationStore } from './annotationStore';

export const ANNOTATIONS_VIEW = 'readoutLens.annotations';
const REVEAL = 'readoutLens.annotations.reveal';
const DELETE = 'readoutLens.annotations.delete';
const REATTACH = 'readoutLens.annotations.reattach';
const OPEN_SIDECAR = 'readoutLens.annotations.openSidecar';
const REFRESH = 'readoutLens.annotations.refresh';
export const VIEW_COMMANDS = { reveal: REVEAL, remove: DELETE, reattach: REATTACH, openSidecar: OPEN_SIDECAR, refresh: REFRESH } as const;

type Node =
  | { type: 'file'; readout: vscode.Uri; anchored: AnchoredAnnotation[]; problems?: JsonProblem[] }
  | { type: 'annotation'; readout: vscode.Uri; item: AnchoredAnnotation }
  | { type: 'problem'; readout: vscode.Uri; sidecar: vscode.Uri; problem: JsonProblem };

const KIND_ICON: Record<string, string> = {
  leader: 'person', agreement: 'law', commitment: 'pass', reject: 'circle-slash', link: 'link', note: 'note',
};

export interface AnnotationsView {
  /** The top-level nodes as the view shows them (labels), for tests. */
  snapshot(): Promise<Array<{ label: string; children: string[] }>>;
}

class AnnotationsTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  constructor(private readonly store: AnnotationStore) {}

  refresh(): void { this.changed.fire(undefined); }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      const files: Node[] = [];
      for (const readout of this.store.readouts()) {
        files.push({ type: 'file', readout, anchored: await this.store.anchored(readout), problems: this.store.problems(readout) });
      }
      const orphans = (n: Node) => (n.type === 'file' ? n.anchored.filter((x) => x.status === 'orphan').length + (n.problems ? 1 : 0) : 0);
      return files.sort((a, b) => orphans(b) - orphans(a) || vscode.workspace.asRelativePath(a.readout).localeCompare(vscode.workspace.asRelativePath(b.readout)));
    }
    if (node.type !== 'file') return [];
    const out: Node[] = [];
    if (node.problems) {
      const sidecar = this.store.sidecarOf(node.readout);
      for (const problem of node.problems) if (sidecar) out.push({ type: 'problem', readout: node.readout, sidecar, problem });
    }
    const items = [...node.anchored].sort((a, b) => (a.status === 'orphan' ? 0 : 1) - (b.status === 'orphan' ? 0 : 1) || a.start - b.start);
    for (const item of items) out.push({ type: 'annotation', readout: node.readout, item });
    return out;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'file') {
      const orphans = node.anchored.filter((x) => x.status === 'orphan').length;
      const t = new vscode.TreeItem(node.readout.path.split('/').pop() ?? node.readout.toString(), vscode.TreeItemCollapsibleState.Expanded);
      t.resourceUri = node.readout;
      const counts = `${node.anchored.length} label${node.anchored.length === 1 ? '' : 's'}${orphans ? `, ${orphans} orphan${orphans === 1 ? '' : 's'}` : ''}`;
      t.description = node.problems ? 'annotation file has errors' : counts;
      t.tooltip = `${vscode.workspace.asRelativePath(node.readout)}: ${t.description}`;
      t.iconPath = new vscode.ThemeIcon(node.problems ? 'error' : orphans ? 'warning' : 'file-text');
      t.contextValue = 'annotatedFile';
      return t;
    }
    if (node.type === 'problem') {
      const t = new vscode.TreeItem(`line ${node.problem.line + 1}, column ${node.problem.column + 1}: ${node.problem.message}`);
      t.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
      t.command = { command: VIEW_COMMANDS.openSidecar, title: 'Open the annotation file', arguments: [{ readout: node.readout.toString(), line: node.problem.line, column: node.problem.column }] };
      return t;
    }
    const { item } = node;
    const orphan = item.status === 'orphan';
    const t = new vscode.TreeItem(`${orphan ? 'orphan: ' : ''}${describeAnnotation(item.annotation)}`);
    const quote = item.annotation.anchor.exact.replace(/\s+/g, ' ');
    t.description = `"${quote.length > 60 ? quote.slice(0, 59) + '…' : quote}"${item.status === 'fuzzy' ? ' (re-anchored)' : ''}`;
    const tip = new vscode.MarkdownString();
    tip.appendText(orphan ? 'These words are no longer in the readout. Select the right words and use "Re-attach to selection", or delete the label.\n\n' : '');
    tip.appendText(`${describeAnnotation(item.annotation)}: "${item.annotation.anchor.exact}"${item.annotation.note ? `\n\n${item.annotation.note}` : ''}`);
    t.tooltip = tip;
    t.iconPath = new vscode.ThemeIcon(orphan ? 'warning' : KIND_ICON[item.annotation.kind] ?? 'tag');
    t.contextValue = orphan ? 'orphan' : 'annotation';
    t.id = `${node.readout.toString()}#${item.annotation.id}`;
    if (!orphan) t.command = { command: VIEW_COMMANDS.reveal, title: 'Show in the readout', arguments: [{ readout: node.readout.toString(), id: item.annotation.id }] };
    return t;
  }
}

interface ItemArgs { readout?: string; id?: string; line?: number; column?: number; type?: string; item?: AnchoredAnnotation }

/** Tree nodes (from the view's context menu) and plain argument objects both name an annotation. */
function annotationRef(arg: ItemArgs | Node | undefined): { readout: vscode.Uri; id: string } | undefined {
  if (!arg) return undefined;
  if ('type' in arg && arg.type === 'annotation' && 'item' in arg && arg.item) return { readout: (arg as { readout: vscode.Uri }).readout, id: arg.item.annotation.id };
  const a = arg as ItemArgs;
  return a.readout && a.id ? { readout: vscode.Uri.parse(a.readout), id: a.id } : undefined;
}

export function registerAnnotationsView(context: vscode.ExtensionContext, store: AnnotationStore): AnnotationsView {
  const tree = new AnnotationsTree(store);
  const view = vscode.window.createTreeView(ANNOTATIONS_VIEW, { treeDataProvider: tree, showCollapseAll: true });
  context.subscriptions.push(
    view,
    store.onDidChange(() => tree.refresh()),
    vscode.commands.registerCommand(REFRESH, () => tree.refresh()),
    vscode.commands.registerCommand(REVEAL, async (arg?: ItemArgs | Node) => {
      const ref = annotationRef(arg);
      if (!ref) return;
      const x = (await store.anchored(ref.readout)).find((a) => a.annotation.id === ref.id);
      if (!x || x.status === 'orphan') return;
      const doc = await vscode.workspace.openTextDocument(ref.readout);
      const editor = await vscode.window.showTextDocument(doc, { preview: true });
      const range = new vscode.Range(doc.positionAt(x.start), doc.positionAt(x.end));
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    vscode.commands.registerCommand(DELETE, async (arg?: ItemArgs | Node) => {
      const ref = annotationRef(arg);
      if (!ref) return;
      const x = (await store.anchored(ref.readout)).find((a) => a.annotation.id === ref.id);
      if (!x) return;
      // Deleting a label is the one way labels go away: ask, unless a test or script passes confirm.
      const confirmed = (arg as { confirm?: boolean }).confirm === true
        || await vscode.window.showWarningMessage(`Delete the label "${describeAnnotation(x.annotation)}"?`, { modal: true }, 'Delete') === 'Delete';
      if (confirmed) await store.remove(ref.readout, ref.id);
    }),
    vscode.commands.registerCommand(REATTACH, async (arg?: ItemArgs | Node) => {
      const ref = annotationRef(arg);
      if (!ref) return;
      const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === ref.readout.toString());
      if (!editor || editor.selection.isEmpty) {
        await vscode.window.showTextDocument(ref.readout);
        void vscode.window.showInformationMessage('Readout Lens: select the words this label belongs to, then run "Re-attach to selection" again.');
        return;
      }
      await store.reattach(editor.document, ref.id, { start: editor.document.offsetAt(editor.selection.start), end: editor.document.offsetAt(editor.selection.end) });
    }),
    vscode.commands.registerCommand(OPEN_SIDECAR, async (arg?: ItemArgs | Node) => {
      const readout = arg && 'readout' in arg && arg.readout ? (typeof arg.readout === 'string' ? vscode.Uri.parse(arg.readout) : arg.readout) : vscode.window.activeTextEditor?.document.uri;
      const sidecar = readout && store.sidecarOf(readout);
      if (!sidecar) return;
      const doc = await vscode.workspace.openTextDocument(sidecar);
      const editor = await vscode.window.showTextDocument(doc);
      const a = arg as ItemArgs | undefined;
      if (a?.line !== undefined) {
        const p = new vscode.Position(a.line, a.column ?? 0);
        editor.selection = new vscode.Selection(p, p);
        editor.revealRange(new vscode.Range(p, p));
      }
    }),
  );
  return {
    async snapshot() {
      const out = [];
      for (const top of await tree.getChildren()) {
        const children = await tree.getChildren(top);
        out.push({ label: String(tree.getTreeItem(top).label), children: children.map((c) => String(tree.getTreeItem(c).label)) });
      }
      return out;
    },
  };
}
