// The workspace index in a real extension host: files created on disk are indexed, an open
// unsaved document wins over the disk, a deleted folder takes its readouts out of the index,
// and the re-index command runs the pass again.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ReadoutLensApi } from '../../src/extension';
import { leaderKey } from '../../src/core/termIndex';
import { waitFor, workspaceFolder } from './support';
import { readoutLens } from './editorSupport';

/** Does `action`, then waits for `condition`; does the action again (a fresh event) up to 3 times. */
async function eventually<T>(what: string, action: () => void, condition: () => T | undefined, each = 15_000): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    action();
    try {
      return await waitFor(what, condition, each);
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
}

describe('workspace index', () => {
  let api: ReadoutLensApi;
  const scratch = () => path.join(workspaceFolder().uri.fsPath, 'index-scratch');
  before(async () => { api = await readoutLens(); });
  after(() => fs.rmSync(scratch(), { recursive: true, force: true }));

  it('indexes a readout written to disk, and follows the deletion of its folder', async function () {
    this.timeout(120_000);
    const file = path.join(scratch(), 'kishida_chinh.txt');
    const uri = vscode.Uri.file(file);
    const write = () => {
      fs.mkdirSync(scratch(), { recursive: true });
      fs.writeFileSync(file, `TOKYO, Nov. 27, 2023 -- Prime Minister Kishida Fumio held talks with Prime Minister Pham Minh Chinh.\nKishida said Japan will support Vietnam.\n${'\n'.repeat(attempt++)}`);
    };
    let attempt = 0;
    // The file watcher of a busy code-server can miss the first event while its recursive watch
    // starts: the change is made again (a new event), up to three times.
    const entry = await eventually('the new file in the index (file watcher)', write, () => api.index.get(uri));
    assert.ok(entry.analysis.leaders.some((l) => l.canonical === 'Pham Minh Chinh'), JSON.stringify(entry.analysis.leaders.map((l) => l.canonical)));
    assert.ok(api.index.terms.occurrences(leaderKey('Pham Minh Chinh')).some((o) => o.file === uri.toString()));
    await eventually('the deleted folder out of the index (file watcher)', () => {
      if (!fs.existsSync(file)) write();
      fs.rmSync(scratch(), { recursive: true, force: true });
    }, () => !api.index.get(uri));
    assert.ok(!api.index.terms.occurrences(leaderKey('Pham Minh Chinh')).some((o) => o.file === uri.toString()));
  });

  it('an open unsaved document wins over the disk; reverting brings the disk back', async () => {
    const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'readouts', '106_us_korea_trump_moon_2018.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Chinese Premier Li Qiang met President Moon Jae-in in Seoul on March 1, 2018.\n'));
    try {
      await waitFor('the unsaved text in the index', () => api.index.get(uri)?.text.startsWith('Chinese Premier Li Qiang'));
      assert.ok(api.index.terms.occurrences(leaderKey('Li Qiang')).some((o) => o.file === uri.toString()));
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await waitFor('the disk text back in the index', () => api.index.get(uri) && !api.index.get(uri)!.text.startsWith('Chinese Premier Li Qiang'), 30_000);
  });

  it('can be switched off (only open documents stay) and on again', async () => {
    const key = vscode.Uri.joinPath(workspaceFolder().uri, 'readouts', '102_russia_germany_putin_merkel_2014.txt').toString();
    const isOpen = (k: string) => vscode.workspace.textDocuments.some((d) => d.uri.toString() === k);
    assert.ok(!isOpen(key), 'the test needs 102 closed');
    await waitFor('102 in the index', () => [...api.index.entries()].some((e) => e.uri.toString() === key));
    await vscode.workspace.getConfiguration().update('readoutLens.workspaceIndex.enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('only open documents left', () => [...api.index.entries()].every((e) => isOpen(e.uri.toString()) || e.uri.scheme === 'untitled'));
      const refs = api.index.terms.occurrences('leader:Vladimir Putin');
      assert.deepStrictEqual(refs.filter((o) => o.file === key), []);
    } finally {
      await vscode.workspace.getConfiguration().update('readoutLens.workspaceIndex.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('102 indexed again', () => [...api.index.entries()].some((e) => e.uri.toString() === key), 60_000);
  });

  it('the re-index command runs a full pass, reusing the cached analyses of unchanged files', async () => {
    await vscode.commands.executeCommand('readoutLens.reindex'); // writes the cache for the current inputs
    await vscode.commands.executeCommand('readoutLens.reindex');
    const pass = api.index.lastPass;
    assert.ok(pass && pass.files >= 13, JSON.stringify(pass));
    assert.ok([...api.index.entries()].some((e) => e.uri.path.endsWith('001_e84a89daaf5fd576.txt')));
    const closed = [...api.index.entries()].filter((e) => !vscode.workspace.textDocuments.some((d) => d.uri.toString() === e.uri.toString())).length;
    assert.ok(pass.reused >= Math.min(closed, pass.files) - 1 && pass.reused > 0, `reused ${pass.reused} of ${pass.files} (closed files: ${closed})`);
    console.log(`      re-index of ${pass.files} files: ${pass.ms} ms, ${pass.reused} analyses from the cache`);
  });
});
