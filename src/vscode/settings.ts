// The `readoutLens.*` settings, read in one place with their defaults. Resource-scoped settings
// (date override, highlights) are read for the document's folder, so a multi-root workspace can
// differ per folder.
import * as vscode from 'vscode';

export interface ReadoutSettings {
  highlight: { leaders: boolean; agreements: boolean; commitments: boolean };
  hoversEnabled: boolean;
  /** How many mention links a hover lists before "show all". */
  hoverMaxLinks: number;
  workspaceIndexEnabled: boolean;
  /** YYYY-MM-DD that replaces the date found in the text, or undefined. */
  dateOverride?: string;
  include: string[];
  exclude: string[];
  maxFileSizeKB: number;
  debounceMs: number;
}

export const SETTING_KEYS = [
  'readoutLens.highlight.leaders',
  'readoutLens.highlight.agreements',
  'readoutLens.highlight.commitments',
  'readoutLens.hovers.enabled',
  'readoutLens.hovers.maxLinks',
  'readoutLens.workspaceIndex.enabled',
  'readoutLens.date',
  'readoutLens.include',
  'readoutLens.exclude',
  'readoutLens.maxFileSizeKB',
  'readoutLens.debounceMs',
] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readSettings(scope?: vscode.Uri): ReadoutSettings {
  const c = vscode.workspace.getConfiguration(undefined, scope);
  const date = (c.get<string>('readoutLens.date') ?? '').trim();
  return {
    highlight: {
      leaders: c.get<boolean>('readoutLens.highlight.leaders', true),
      agreements: c.get<boolean>('readoutLens.highlight.agreements', true),
      commitments: c.get<boolean>('readoutLens.highlight.commitments', true),
    },
    hoversEnabled: c.get<boolean>('readoutLens.hovers.enabled', true),
    hoverMaxLinks: Math.max(1, c.get<number>('readoutLens.hovers.maxLinks', 5)),
    workspaceIndexEnabled: c.get<boolean>('readoutLens.workspaceIndex.enabled', true),
    dateOverride: DATE.test(date) ? date : undefined,
    include: c.get<string[]>('readoutLens.include', ['**/*.txt', '**/*.md']),
    exclude: c.get<string[]>('readoutLens.exclude', ['**/node_modules/**', '**/.git/**', '**/out/**', '**/dist/**']),
    maxFileSizeKB: Math.max(1, c.get<number>('readoutLens.maxFileSizeKB', 512)),
    debounceMs: Math.max(0, c.get<number>('readoutLens.debounceMs', 250)),
  };
}

export class Settings implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.ConfigurationChangeEvent>();
  /** Fires when any `readoutLens.*` setting changed. */
  readonly onDidChange = this.emitter.event;
  private readonly listener = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('readoutLens')) this.emitter.fire(e);
  });

  get(scope?: vscode.Uri): ReadoutSettings {
    return readSettings(scope);
  }

  dispose(): void {
    this.listener.dispose();
    this.emitter.dispose();
  }
}
