// The extension is present in a real extension host and activates when a readout is opened.
// Also runs against the installed .vsix, so a packaging mistake (wrong `main`, missing bundle,
// sources shipped) fails here.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, openReadout, ourExtension, waitFor, workspaceFolder } from './support';

describe('smoke: the extension in a real VS Code', () => {
  it('is installed under its id, with a main bundle that exists', () => {
    const ext = ourExtension();
    assert.strictEqual(ext.id, EXTENSION_ID);
    const main = ext.packageJSON.main as string;
    assert.strictEqual(path.normalize(main), path.normalize('./dist/extension.js'));
    assert.ok(fs.existsSync(path.join(ext.extensionPath, main)), `${main} missing from ${ext.extensionPath}`);
  });

  it('activates when a .txt readout from the workspace is opened', async () => {
    const editor = await openReadout('106_us_korea_trump_moon_2018.txt');
    assert.match(editor.document.getText(), /President Donald J\. Trump/);
    const ext = ourExtension();
    await waitFor('the extension to activate', () => ext.isActive);
  });

  it('sees the sample readouts in the test workspace', async () => {
    const found = await vscode.workspace.findFiles('readouts/*.txt');
    const names = found.map((u) => path.basename(u.fsPath)).sort();
    assert.ok(names.includes('000_298c9196fca855d1.txt'), `readouts found: ${names.join(', ')}`);
    assert.ok(names.includes('synthetic_02_vietnam_china_crlf.txt'));
    assert.strictEqual(workspaceFolder().name, 'workspace');
  });

  if (process.env.READOUT_LENS_TEST_TARGET === 'vsix') {
    it('ships no sources, tests or node_modules in the packaged copy', () => {
      const shipped = fs.readdirSync(ourExtension().extensionPath);
      for (const unwanted of ['src', 'test', 'out', 'node_modules', 'tsconfig.json']) {
        assert.ok(!shipped.includes(unwanted), `${unwanted} is in the .vsix: extend .vscodeignore`);
      }
    });
  }
});
