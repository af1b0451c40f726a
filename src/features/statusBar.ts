// The status bar item of the active readout: its date and counts; a click opens the outline.
// Also says when a document is not analysed (too large, binary) and why.
import * as vscode from 'vscode';
import type { Services } from '../vscode/services';
import { escapeMarkdown } from '../vscode/markdown';

export const SHOW_OUTLINE = 'readoutLens.showOutline';

export function registerStatusBar(context: vscode.ExtensionContext, services: Services): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('readoutLens.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Readout Lens';
  item.command = SHOW_OUTLINE;

  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !services.analysis.isReadoutLanguage(doc)) { item.hide(); return; }
    const skip = services.analysis.skipReason(doc);
    if (skip) {
      if (skip.kind === 'excluded') { item.hide(); return; }
      item.text = '$(book) not analysed';
      item.tooltip = `Readout Lens: ${skip.message}`;
      item.show();
      return;
    }
    // Only what is cached: the status bar never triggers an analysis itself.
    const analysis = services.analysis.peek(doc);
    if (!analysis) { item.text = '$(sync~spin) Readout'; item.tooltip = 'Readout Lens: analysing…'; item.show(); return; }
    const { leaders, agreements, commitments } = analysis;
    const people = new Set(leaders.map((l) => l.canonical)).size;
    const firm = commitments.filter((c) => c.strength === 'firm').length;
    item.text = `$(book) ${analysis.date ?? 'no date'} \u00b7 ${people} leader${people === 1 ? '' : 's'} \u00b7 ${new Set(agreements.map((a) => a.canonical)).size} agr. \u00b7 ${commitments.length} pledge${commitments.length === 1 ? '' : 's'}`;
    item.tooltip = new vscode.MarkdownString(
      `**Readout Lens**\n\n- Date: ${analysis.date ?? 'not found'} (${analysis.dateInfo.source})\n- Parties: ${escapeMarkdown(analysis.parties.join(', ')) || '\u2014'}\n` +
      `- Leaders: ${people} (${leaders.length} mentions)\n- Agreements: ${agreements.length} mentions\n- Commitments: ${commitments.length} (${firm} firm)\n\nClick to open the outline.`);
    item.show();
  };

  context.subscriptions.push(
    item,
    vscode.commands.registerCommand(SHOW_OUTLINE, () => vscode.commands.executeCommand('outline.focus')),
    vscode.window.onDidChangeActiveTextEditor(update),
    services.analysis.onDidAnalyze(({ document }) => { if (document === vscode.window.activeTextEditor?.document) update(); }),
    services.analysis.onDidSkip(({ document }) => { if (document === vscode.window.activeTextEditor?.document) update(); }),
  );
  update();
  return item;
}
