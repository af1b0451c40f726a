// Merging a sidecar that changed on disk with this window's annotations, by annotation id, so
// two windows (or a window and a git pull) writing the same sidecar do not lose each other's work.
// Three-way: `base` is what this window last read or wrote, `ours` what it holds now, `theirs`
// what the file holds now. A side that left an annotation as it was in base defers to the
// other side (which may have changed or deleted it); when both changed it, the later `modified`
// wins; when one side deleted it and the other changed it, the change is kept (losing a deletion
// is recoverable, losing a label is not).

import { compareByCreated, type ReadoutAnnotation } from './model';

export function mergeAnnotations(
  base: readonly ReadoutAnnotation[],
  ours: readonly ReadoutAnnotation[],
  theirs: readonly ReadoutAnnotation[],
): ReadoutAnnotation[] {
  const b = byId(base), o = byId(ours), t = byId(theirs);
  const out: ReadoutAnnotation[] = [];
  for (const id of new Set([...o.keys(), ...t.keys()])) {
    const mine = o.get(id), other = t.get(id), old = b.get(id);
    if (mine && other) {
      if (sameAnnotation(mine, other)) out.push(mine);
      else if (old && sameAnnotation(mine, old)) out.push(other);
      else if (old && sameAnnotation(other, old)) out.push(mine);
      else out.push(other.modified > mine.modified ? other : mine);
    } else if (mine) {
      // Absent from the file: they deleted it if it was in base and we did not touch it.
      if (!(old && sameAnnotation(mine, old))) out.push(mine);
    } else if (other) {
      // Absent here: we deleted it if it was in base and they did not touch it.
      if (!(old && sameAnnotation(other, old))) out.push(other);
    }
  }
  return out.sort(compareByCreated);
}

function byId(list: readonly ReadoutAnnotation[]): Map<string, ReadoutAnnotation> {
  return new Map(list.map((a) => [a.id, a]));
}

/** Same content, ignoring key order. */
export function sameAnnotation(a: ReadoutAnnotation, b: ReadoutAnnotation): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(v: unknown): string {
  return JSON.stringify(v, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const sorted = Object.create(null) as Record<string, unknown>;
      for (const k of Object.keys(value).sort()) sorted[k] = (value as Record<string, unknown>)[k];
      return sorted;
    }
    return value;
  });
}
