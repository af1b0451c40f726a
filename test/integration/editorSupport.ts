// Shared by the editor suites: the extension's API (its services), positions of phrases in
// documents, and hover text as a string.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ReadoutLensApi } from '../../src/extension';
import { ourExtension, waitFor, workspaceFolder } from './support';

export async function readoutLens(): Promise<ReadoutLensApi> {
  const ext = ourExtension();
  const api = (await ext.activate()) as ReadoutLensApi;
  assert.ok(api?.analysis && api.index, 'activate() returns the services');
  await waitFor('the first workspace index pass', async () => { await api.index.ready(); return true; }, 60_000);
  return api;
}

export function readoutUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, 'readouts', name);
}

/** Position inside the n-th (0-based) occurrence of `phrase`, `into` characters in. */
export function positionOf(doc: vscode.TextDocument, phrase: string, nth = 0, into = 1): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.getText().indexOf(phrase, at + 1);
    assert.ok(at >= 0, `${phrase} (#${nth}) not in ${doc.uri.path}`);
  }
  return doc.positionAt(at + into);
}

export async function hoverText(doc: vscode.TextDocument, position: vscode.Position): Promise<{ text: string; hovers: vscode.Hover[] }> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
  return { text, hovers };
}

/** The [label](command:id?args) links of a Markdown hover, with decoded arguments. */
export function commandLinks(markdown: string): { label: string; command: string; args: unknown[] }[] {
  return [...markdown.matchAll(/\[([^\]]*)\]\(command:([\w.]+)\?([^ )]+)/g)].map((m) => ({
    label: m[1], command: m[2], args: JSON.parse(decodeURIComponent(m[3])) as unknown[],
  }));
}
