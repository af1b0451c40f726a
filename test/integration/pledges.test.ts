// The pledges side panel in a real extension host: the view container and both views are
// contributed and resolve, the panel renders the workspace's pledges and follows edits live,
// its commands open a pledge's sentence, compare, filter, and write exports atomically.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ReadoutLensApi } from '../../src/extension';
import type { Pledge } from '../../src/core/pledges';
import { ourExtension, waitFor } from './support';
import { readoutLens, readoutUri } from './editorSupport';

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-lens-pledges-'));

function pledgesOf(api: ReadoutLensApi, file: string): Pledge[] {
  return api.pledges.store.pledgesOf(readoutUri(file).toString());
}

/** Parses RFC 4180 text just enough to count records and read the header. */
function csvRecords(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) { if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch; continue; }
    if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += ch;
  }
  return rows;
}

describe('pledges panel', function () {
  this.timeout(60_000);
  let api: ReadoutLensApi;

  before(async () => {
    api = await readoutLens();
    await waitFor('pledges of 000 in the pledge table', () => { api.pledges.store.flush(); return pledgesOf(api, '000_298c9196fca855d1.txt').length > 0; }, 30_000);
  });
  after(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it('contributes the Readout Lens view container with the pledges webview and the readouts tree', () => {
    const pkg = ourExtension().packageJSON;
    assert.ok(pkg.contributes.viewsContainers.activitybar.some((c: { id: string; icon: string }) => c.id === 'readoutLens' && c.icon === 'media/readout-lens.svg'));
    const views = pkg.contributes.views.readoutLens as { id: string; type?: string }[];
    assert.deepStrictEqual(views.find((v) => v.id === 'readoutLens.pledges')?.type, 'webview');
    assert.ok(views.some((v) => v.id === 'readoutLens.readouts'));
    assert.ok(fs.existsSync(path.join(ourExtension().extensionPath, 'dist', 'webview.js')), 'the page bundle ships');
  });

  it('the readouts tree lists the workspace readouts with date, parties and pledge counts', () => {
    const items = api.pledges.tree.getChildren();
    const first = items.find((n) => n.kind === 'readout' && n.readout.id === readoutUri('000_298c9196fca855d1.txt').toString());
    assert.ok(first && first.kind === 'readout', 'readout 000 is listed');
    const item = api.pledges.tree.getTreeItem(first);
    assert.match(String(item.description), /\d+ pledges/);
    assert.ok(first.readout.pledgeCount > 0);
    assert.deepStrictEqual(first.readout.pledgeCount, first.pledges.length);
    const children = api.pledges.tree.getChildren(first);
    assert.strictEqual(children.length, first.readout.pledgeCount);
  });

  it('the webview view resolves and renders the table when the view is shown', async () => {
    await vscode.commands.executeCommand('readoutLens.pledges.focus');
    await waitFor('the pledges panel to load its page', () => api.pledges.panelResolved, 30_000);
    const report = await api.pledges.whenRendered(api.pledges.store.revision);
    assert.strictEqual(report.rows, api.pledges.store.table().pledges.length);
  });

  it('open: selects the pledge sentence in its readout; an unknown id does nothing', async () => {
    const pledge = pledgesOf(api, '002_851ffc986c6234ed.txt')[0];
    assert.ok(pledge, 'readout 002 has a pledge');
    assert.strictEqual(await vscode.commands.executeCommand('readoutLens.pledges.open', pledge.id), true);
    const editor = await waitFor('the readout editor', () => vscode.window.activeTextEditor?.document.uri.toString() === pledge.readoutId ? vscode.window.activeTextEditor : undefined);
    assert.strictEqual(editor.document.getText(editor.selection), pledge.sentence);
    assert.strictEqual(await vscode.commands.executeCommand('readoutLens.pledges.open', 'file:///etc/passwd#0'), false);
    assert.strictEqual(await vscode.commands.executeCommand('readoutLens.pledges.open', { id: pledge.id }), false);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), pledge.readoutId, 'the editor did not change');
  });

  it('exports CSV, JSON, Markdown and CAMEO rows to files, through a temporary file and a rename', async () => {
    const all = api.pledges.store.table().pledges;
    for (const [command, name] of [['exportCsv', 'p.csv'], ['exportJson', 'p.json'], ['exportMarkdown', 'p.md'], ['exportCameo', 'p.cameo.csv']] as const) {
      const target = vscode.Uri.file(path.join(outDir, name));
      const written = await vscode.commands.executeCommand<vscode.Uri>(`readoutLens.pledges.${command}`, target);
      assert.strictEqual(written?.toString(), target.toString());
    }
    const csv = csvRecords(fs.readFileSync(path.join(outDir, 'p.csv'), 'utf8'));
    assert.strictEqual(csv[0][0], 'id');
    assert.strictEqual(csv.length, all.length + 1);
    const json = JSON.parse(fs.readFileSync(path.join(outDir, 'p.json'), 'utf8')) as { pledges: Pledge[] };
    assert.deepStrictEqual(json.pledges.map((p) => p.id), all.map((p) => p.id));
    assert.strictEqual(fs.readFileSync(path.join(outDir, 'p.md'), 'utf8').trimEnd().split('\n').length, all.length + 2);
    const cameo = csvRecords(fs.readFileSync(path.join(outDir, 'p.cameo.csv'), 'utf8'));
    assert.deepStrictEqual(cameo[0].slice(0, 6), ['date', 'source_actor', 'source_code', 'target_actor', 'target_code', 'event_code']);
    assert.ok(cameo.length >= all.length + 1, 'joint pledges give two rows');
    assert.deepStrictEqual(fs.readdirSync(outDir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left behind');
  });

  it('an export with a filter writes only the matching pledges; overwriting replaces the file', async () => {
    const target = vscode.Uri.file(path.join(outDir, 'china.csv'));
    fs.writeFileSync(target.fsPath, 'old content that must go\r\n');
    await vscode.commands.executeCommand('readoutLens.pledges.exportCsv', target, { parties: ['China'] });
    const rows = csvRecords(fs.readFileSync(target.fsPath, 'utf8'));
    const china = api.pledges.store.table().pledges.filter((p) => p.party === 'China');
    assert.strictEqual(rows.length, china.length + 1);
    assert.ok(rows.slice(1).every((r) => r[3] === 'China'));
  });

  it('filter and compare commands take arguments; the tree follows the filter', async () => {
    await vscode.commands.executeCommand('readoutLens.pledges.filter', { topics: ['health'] });
    const readouts = api.pledges.tree.getChildren();
    assert.ok(readouts.every((n) => n.kind === 'readout' && n.pledges.every((p) => p.topic === 'health')));
    await vscode.commands.executeCommand('readoutLens.pledges.clearFilter');
    assert.ok(api.pledges.tree.getChildren().length >= readouts.length);
    const sel = { mode: 'readouts', a: readoutUri('000_298c9196fca855d1.txt').toString(), b: readoutUri('002_851ffc986c6234ed.txt').toString() };
    assert.deepStrictEqual(await vscode.commands.executeCommand('readoutLens.pledges.compare', sel), sel);
    const report = await waitFor('the compare tab', async () => {
      const r = await api.pledges.whenRendered(api.pledges.store.revision);
      return r.tab === 'compare' ? r : undefined;
    });
    assert.strictEqual(report.tab, 'compare');
  });

  it('live: a pledge typed into a readout reaches the table and the panel without a reload', async () => {
    const uri = vscode.Uri.file(path.join(outDir, 'live-readout.txt'));
    fs.writeFileSync(uri.fsPath, 'Premier Li Qiang met Prime Minister Pham Minh Chinh in Hanoi on 12 October 2024.\n');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const id = uri.toString();
    const before = await waitFor('the new readout in the table', () => { api.pledges.store.flush(); return api.pledges.store.readout(id) ? api.pledges.store.pledgesOf(id).length + 1 : undefined; }) - 1;
    const revision = api.pledges.store.revision;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, doc.positionAt(doc.getText().length), 'China will provide <script>alert(1)</script> vaccines to Vietnam.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = await waitFor('the typed pledge in the table', () => { api.pledges.store.flush(); const n = api.pledges.store.pledgesOf(id).length; return n > before ? n : undefined; }, 20_000);
    assert.strictEqual(after, before + 1);
    const added = api.pledges.store.pledgesOf(id).find((p) => p.sentence.includes('<script>'));
    assert.ok(added, 'the hostile sentence is a pledge like any other');
    const report = await api.pledges.whenRendered(revision + 1);
    assert.ok(report.revision > revision, 'the panel rendered the update');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
