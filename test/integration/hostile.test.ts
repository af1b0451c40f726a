// Hostile files keep the editor responsive and get correct highlights or one clear message:
// a 50 MB file, binary data opened as text, a 1 MB line without spaces (all written to a temp
// folder), and the CRLF + emoji + NFD readout of the workspace.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ReadoutLensApi } from '../../src/extension';
import { waitFor } from './support';
import { hoverText, readoutLens } from './editorSupport';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-lens-hostile-'));

function write(name: string, content: string | Buffer): vscode.Uri {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return vscode.Uri.file(file);
}

/** The extension host still answers: a round trip through a command of ours. */
async function hostResponds(api: ReadoutLensApi): Promise<number> {
  const t0 = Date.now();
  await vscode.commands.executeCommand('vscode.executeWorkspaceSymbolProvider', 'Li');
  assert.ok(api.index.size > 0);
  return Date.now() - t0;
}

describe('hostile files', () => {
  let api: ReadoutLensApi;
  before(async () => { api = await readoutLens(); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a 50 MB file is not analysed and the user is told once, not per keystroke', async function () {
    // Writing and opening 50 MB is VS Code's own work and slow on a busy machine.
    this.timeout(180_000);
    const line = 'Chinese Premier Li Qiang said China is ready to work with Vietnam in Hanoi.\n';
    const uri = write('huge.txt', line.repeat(Math.floor((50 * 1000 * 1000) / line.length)));
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    const t0 = Date.now();
    assert.strictEqual(api.analysis.get(doc), undefined);
    assert.strictEqual(api.analysis.skipReason(doc)?.kind, 'tooLarge');
    assert.match(api.analysis.skipReason(doc)!.message, /readoutLens\.maxFileSizeKB/);
    const checkMs = Date.now() - t0;
    for (let i = 0; i < 3; i++) await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'x'));
    assert.strictEqual(api.analysis.get(doc), undefined);
    assert.strictEqual(api.analysis.noticeCount(doc.uri), 1, 'one notice for the document');
    const { text } = await hoverText(doc, new vscode.Position(0, 20));
    assert.ok(!text.includes('Premier of the State Council'));
    console.log(`      50 MB: size check ${checkMs} ms, host round trip ${await hostResponds(api)} ms`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('binary data opened as text is not analysed, with a message (a file of invalid UTF-8, and NULs)', async () => {
    // VS Code itself refuses files with NUL bytes; bytes without NULs open, as mojibake.
    const bytes = Buffer.alloc(64 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = 1 + ((i * 7919 + (i >> 3)) % 255);
    const uri = write('image.txt', bytes);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(api.analysis.get(doc), undefined);
    assert.strictEqual(api.analysis.skipReason(doc)?.kind, 'binary');
    assert.strictEqual(api.analysis.noticeCount(doc.uri), 1);
    const nuls = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'PK\u0003\u0004\u0000\u0000Li Qiang\u0000\u0000'.repeat(200) });
    assert.strictEqual(api.analysis.get(nuls), undefined);
    assert.strictEqual(api.analysis.skipReason(nuls)?.kind, 'binary');
    await hostResponds(api);
  });

  it('a 1 MB line without spaces gets a clear message; the editor stays responsive', async () => {
    const uri = write('oneline.txt', 'A'.repeat(1 << 20));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(api.analysis.get(doc), undefined);
    assert.strictEqual(api.analysis.skipReason(doc)?.kind, 'tooLarge');
    await hostResponds(api);
  });

  it('a 300 KB line without spaces followed by a real sentence is analysed: the leader is found', async () => {
    const uri = write('longline.txt', `${'x'.repeat(300 * 1024)}\nHANOI, Oct. 12, 2024 (Xinhua) -- Chinese Premier Li Qiang met To Lam.\n`);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    // Over 48 K characters: analysed in a worker, so get() answers at once and the result follows.
    const t0 = Date.now();
    api.analysis.get(doc);
    const getMs = Date.now() - t0;
    const analysis = await waitFor('the worker analysis', () => api.analysis.get(doc) ?? (api.analysis.skipReason(doc) ? assert.fail(api.analysis.skipReason(doc)!.message) : undefined), 60_000);
    const ms = Date.now() - t0;
    assert.ok(analysis.leaders.some((l) => l.canonical === 'Li Qiang'), JSON.stringify(analysis.leaders));
    const painted = await waitFor('decorations', () => api.decorations.painted(doc.uri));
    assert.ok(painted.leader.some((r) => r.start.line === 1));
    console.log(`      300 KB line: get() returned in ${getMs} ms, worker analysis ready after ${ms} ms`);
  });

  it('emoji and NFD: offsets stay right, hovers work on the decomposed name', async () => {
    const text = 'HANOI, June 26, 2023 -- \u{1F4CC}\u{1F1FB}\u{1F1F3} Pha\u0323m Minh Chi\u0301nh met Premier Li Qiang.\r\nPha\u0323m Minh Chi\u0301nh said Vietnam is ready to cooperate.\r\n';
    const uri = write('nfd.txt', text);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const analysis = api.analysis.get(doc);
    assert.ok(analysis);
    const pham = analysis.leaders.filter((l) => l.canonical === 'Pham Minh Chinh');
    assert.strictEqual(pham.length, 2, JSON.stringify(analysis.leaders));
    for (const l of analysis.leaders) assert.strictEqual(doc.getText(new vscode.Range(doc.positionAt(l.start), doc.positionAt(l.end))), l.text);
    const { text: hover } = await hoverText(doc, doc.positionAt(pham[1].start + 2));
    assert.match(hover, /Pham Minh Chinh/);
    assert.match(hover, /here\\?:1/, 'links the other (first-line) mention');
  });
});
