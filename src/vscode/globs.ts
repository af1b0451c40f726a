// include/exclude globs of the settings, matched against workspace-relative paths. A small
// matcher of our own: VS Code offers glob matching only for open documents, and the workspace
// index must decide for files it has not opened. Supports ** * ? {a,b} and [abc].

const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  const hit = cache.get(glob);
  if (hit) return hit;
  let re = '';
  let inBraces = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        // "**/" matches zero or more directories; a trailing "**" matches everything below.
        if (glob[i + 2] === '/') { re += '(?:[^/]*/)*'; i += 2; } else { re += '.*'; i += 1; }
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '{') { re += '(?:'; inBraces++; }
    else if (ch === '}' && inBraces) { re += ')'; inBraces--; }
    else if (ch === ',' && inBraces) re += '|';
    else if (ch === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close === -1) re += '\\[';
      else { re += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`; i = close; }
    } else re += ch.replace(/[.+^$()|\\/]/g, '\\$&');
  }
  const out = new RegExp(`^${re}$`, process.platform === 'win32' ? 'i' : '');
  cache.set(glob, out);
  return out;
}

/** True when the relative path (forward slashes) matches one include and no exclude. */
export function matchesGlobs(relativePath: string, include: readonly string[], exclude: readonly string[]): boolean {
  const p = relativePath.replace(/\\/g, '/').replace(/^\/+/, '');
  if (!include.some((g) => globToRegExp(g).test(p))) return false;
  return !exclude.some((g) => globToRegExp(g).test(p));
}
