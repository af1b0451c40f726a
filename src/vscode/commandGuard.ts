// Commands that fail tell the user why (an error message) and log it; they never throw into VS Code.
import * as vscode from 'vscode';
import type { Services } from './services';

export function guardCommand<A extends object>(services: Services, id: string, action: (args: A) => Promise<unknown>): (args?: A) => Promise<unknown> {
  return async (args?: A) => {
    try {
      return await action(args ?? ({} as A));
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      services.output.appendLine(`[annotations] ${id}: ${message}`);
      void vscode.window.showErrorMessage(`Readout Lens: ${message}`);
      return undefined;
    }
  };
}
