// Extension entry: creates the services and registers the features. Wiring only.
import type * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // features are registered here as they land
}

export function deactivate(): void {}
