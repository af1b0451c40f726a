// Helpers for integration suites: the extension under test, the test workspace's readouts, and
// waiting for a condition with a time-out (never a fixed sleep).
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'readout-lens.readout-lens';

export function ourExtension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded in this extension host`);
  return ext;
}

/** The folder test/workspace opened by the harness. */
export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder open: the harness opens test/workspace');
  return folder;
}

/** Opens test/workspace/readouts/<name> in an editor. */
export async function openReadout(name: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'readouts', name);
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc);
}

/** Resolves once `condition()` is truthy; rejects after `timeoutMs` naming `what` was awaited. */
export async function waitFor<T>(what: string, condition: () => T | undefined | Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) { return value; }
    if (Date.now() > deadline) { throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`); }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Writes a file from outside VS Code (as git or another editor would) and waits for `condition`.
 * A busy code-server sometimes drops a file-watcher event, so the same content is written again
 * (a new event) up to `attempts` times before giving up.
 */
export async function writeOutsideUntil<T>(file: string, content: string, what: string, condition: () => T | undefined | Promise<T | undefined>, attempts = 3, perAttemptMs = 10_000): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    fs.writeFileSync(file, content);
    try {
      return await waitFor(what, condition, perAttemptMs);
    } catch (err) {
      if (attempt >= attempts) throw err;
    }
  }
}
