// The services every feature receives: created once in activate(), disposed with the extension.
import * as vscode from 'vscode';
import { AnalysisService } from './analysisService';
import { WorkspaceIndex } from './workspaceIndex';
import { Settings } from './settings';

export interface Services {
  analysis: AnalysisService;
  index: WorkspaceIndex;
  output: vscode.OutputChannel;
  settings: Settings;
}

export function createServices(context: vscode.ExtensionContext): Services {
  const output = vscode.window.createOutputChannel('Readout Lens');
  const settings = new Settings();
  const analysis = new AnalysisService(settings, output, vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysisWorker.js').fsPath);
  const index = new WorkspaceIndex(analysis, settings, output);
  context.subscriptions.push(output, settings, analysis, index);
  return { analysis, index, output, settings };
}
