// The user's labels for the CLI: finds a readout's W3C sidecar and the user gazetteer the way
// the extension stores them (`<root>/.readout-lens/annotations/<path from root>.json` and
// `<root>/.readout-lens/gazetteer.json`, root = the nearest folder above the file that has a
// `.readout-lens` folder), or in the folder given with --annotations. A file that does not parse
// is reported with its line and column and ignored (the CLI never writes these files).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { anchorAnnotations } from '../core/annotations/anchor';
import { applyAnnotations } from '../core/annotations/apply';
import { parseUserGazetteer } from '../core/annotations/gazetteerFile';
import { parseAnnotations } from '../core/annotations/w3c';
import type { Gazetteer, ReadoutAnalysis } from '../core/types';

export const LABELS_FOLDER = '.readout-lens';

export interface UserLabels {
  /** Entries of the user gazetteer, to pass to analyzeReadout. */
  userGazetteer?: Partial<Gazetteer>;
  /** Applies the sidecar's labels (identity when there is none). */
  apply(analysis: ReadoutAnalysis): ReadoutAnalysis;
  /** Lines for stderr: broken files, orphans. */
  messages: string[];
  /** True when a sidecar or gazetteer did not parse. */
  failed: boolean;
}

export interface LabelOptions {
  /** --annotations DIR: the folder that holds the sidecars. */
  dir?: string;
  /** --no-annotations */
  disabled?: boolean;
}

/** The nearest folder at or above `from` that has a .readout-lens folder. */
export function findLabelsRoot(from: string): string | undefined {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    try { if (fs.statSync(path.join(dir, LABELS_FOLDER)).isDirectory()) return dir; } catch { /* keep climbing */ }
    if (path.dirname(dir) === dir) return undefined;
  }
}

export function userLabelsFor(file: string, text: string, options: LabelOptions = {}): UserLabels {
  const none: UserLabels = { apply: (a) => a, messages: [], failed: false };
  if (options.disabled) return none;
  const abs = path.resolve(file);
  const dir = options.dir ? path.resolve(options.dir) : undefined;
  const labelsRoot = findLabelsRoot(path.dirname(abs));
  // The usual layout, <root>/.readout-lens/annotations, also names its root (and gazetteer).
  const dirRoot = dir && path.basename(dir) === 'annotations' && path.basename(path.dirname(dir)) === LABELS_FOLDER ? path.dirname(path.dirname(dir)) : undefined;
  const gazetteerRoot = dir ? dirRoot : labelsRoot;
  const sidecarDir = dir ?? (labelsRoot && path.join(labelsRoot, LABELS_FOLDER, 'annotations'));
  if (!sidecarDir && !gazetteerRoot) return none;
  const out: UserLabels = { ...none, messages: [] };
  const gazetteerFile = gazetteerRoot && path.join(gazetteerRoot, LABELS_FOLDER, 'gazetteer.json');
  if (gazetteerFile && fs.existsSync(gazetteerFile)) {
    const g = parseUserGazetteer(fs.readFileSync(gazetteerFile, 'utf8').replace(/^\uFEFF/, ''));
    if (g.ok) out.userGazetteer = g.gazetteer;
    else { out.failed = true; out.messages.push(...g.errors.map((p) => `${gazetteerFile}:${p.line + 1}:${p.column + 1}: error: ${p.message} (user gazetteer ignored)`)); }
  }
  if (!sidecarDir) return out;
  // The sidecar is named after the readout's path from its workspace root; with --annotations
  // that root is not known for sure, so the likely ones are tried in order.
  const relatives = [dirRoot, labelsRoot, process.cwd()]
    .filter((r): r is string => r !== undefined)
    .map((r) => path.relative(r, abs).split(path.sep).join('/'))
    .filter((r) => r !== '' && !r.startsWith('../') && !path.isAbsolute(r));
  const found = relatives.map((relative) => ({ relative, sidecar: path.join(sidecarDir, ...relative.split('/')) + '.json' })).find((c) => fs.existsSync(c.sidecar));
  if (!found) return out;
  const { relative, sidecar } = found;
  const parsed = parseAnnotations(fs.readFileSync(sidecar, 'utf8').replace(/^\uFEFF/, ''), { text, source: relative });
  if (!parsed.ok) {
    out.failed = true;
    out.messages.push(...parsed.errors.map((p) => `${sidecar}:${p.line + 1}:${p.column + 1}: error: ${p.message} (annotations ignored)`));
    return out;
  }
  const anchored = anchorAnnotations(text, parsed.set.annotations);
  const orphans = anchored.filter((x) => x.status === 'orphan');
  for (const o of orphans) out.messages.push(`${sidecar}: warning: orphan annotation ${o.annotation.id}: "${o.annotation.anchor.exact.slice(0, 60)}" is no longer in ${file}`);
  out.apply = (a) => applyAnnotations(text, a, anchored);
  return out;
}
