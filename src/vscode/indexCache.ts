// The workspace index's cache on disk (the extension's workspace storage): the core analysis of
// every indexed file with its mtime and size, so reopening a large workspace re-analyses only the
// files that changed. Valid only for the same extension build and the same analysis inputs (date
// overrides, user gazetteer); overlays (user annotations) are applied on top at load time.
// Written atomically: a temp file, then a rename.
import * as vscode from 'vscode';
import type { ReadoutAnalysis } from '../core/types';

export interface CachedAnalysis { mtime: number; size: number; analysis: ReadoutAnalysis }

interface CacheFile { build: string; inputs: string; entries: Record<string, CachedAnalysis> }

/** FNV-1a over a string: a short, stable key for the analysis inputs. */
export function inputsKey(value: unknown): string {
  const s = JSON.stringify(value) ?? '';
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h.toString(16);
}

export class IndexCache {
  constructor(private readonly dir: vscode.Uri | undefined, private readonly build: string, private readonly log: (line: string) => void) {}

  private get file(): vscode.Uri | undefined {
    return this.dir && vscode.Uri.joinPath(this.dir, 'index-cache.json');
  }

  /** The cached analyses for these inputs; empty when there is no cache or it is for other inputs. */
  async load(inputs: string): Promise<Map<string, CachedAnalysis>> {
    const file = this.file;
    if (!file) return new Map();
    try {
      const parsed = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as CacheFile;
      if (parsed.build !== this.build || parsed.inputs !== inputs) return new Map();
      return new Map(Object.entries(parsed.entries));
    } catch (err) {
      if (!(err instanceof vscode.FileSystemError && err.code === 'FileNotFound')) this.log(`[index] cache not read: ${err instanceof Error ? err.message : String(err)}`);
      return new Map();
    }
  }

  async save(inputs: string, entries: Map<string, CachedAnalysis>): Promise<void> {
    const file = this.file;
    if (!file || !this.dir) return;
    const tmp = vscode.Uri.joinPath(this.dir, `index-cache.json.${process.pid}.tmp`);
    try {
      await vscode.workspace.fs.createDirectory(this.dir);
      const body: CacheFile = { build: this.build, inputs, entries: Object.fromEntries(entries) };
      await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(JSON.stringify(body)));
      await vscode.workspace.fs.rename(tmp, file, { overwrite: true });
    } catch (err) {
      this.log(`[index] cache not written: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}
