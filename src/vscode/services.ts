// The services every feature receives: created once in activate(), disposed with the extension.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { AnalysisService } from './analysisService';
import { WorkspaceIndex } from './workspaceIndex';
import { Settings } from './settings';
import { IndexCache } from './indexCache';

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
  // The cache is valid for one build of the analysis (the worker bundle's version and mtime).
  const build = `${context.extension.packageJSON.version}:${workerBuildStamp(context)}`;
  const index = new WorkspaceIndex(analysis, settings, output, new IndexCache(context.storageUri, build, (line) => output.appendLine(line)));
  context.subscriptions.push(output, settings, analysis, index);
  return { analysis, index, output, settings };
}

function workerBuildStamp(context: vscode.ExtensionContext): string {
  try {
    return String(fs.statSync(vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysisWorker.js').fsPath).mtimeMs);
  } catch {
    return 'unbuilt';
  }
}
