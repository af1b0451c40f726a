// compromise in the real extension host: it loads in the background after the first analysis
// and then confirms a person the rules alone leave out (a name with no title and no gazetteer
// entry), without a reload. Without compromise "Jimmy Lai" below is not a leader.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './support';
import { readoutLens } from './editorSupport';

describe('compromise in the extension host', () => {
  it('loads after activation and confirms a name the rules alone miss', async () => {
    const api = await readoutLens();
    const doc = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: 'LONDON, Feb. 2 -- Foreign Secretary David Cameron met Foreign Minister Wang Yi.\n' +
        'Cameron also raised the case of British citizen Jimmy Lai and called for his release.\n',
    });
    await vscode.window.showTextDocument(doc);
    const found = await waitFor('Jimmy Lai confirmed as a person once compromise is loaded', () =>
      api.analysis.get(doc)?.leaders.find((l) => l.text === 'Jimmy Lai'), 60_000);
    assert.strictEqual(found.canonical, 'Jimmy Lai');
    assert.strictEqual(found.source, 'context');
  });
});
