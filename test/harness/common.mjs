// What every runner of the harness shares: the repository root, a timestamped logger, the summary
// a tier hands to scripts/test-all.mjs, and cleaning up on Ctrl-C / SIGTERM.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function makeLogger(label) {
  const t0 = Date.now();
  return (message) => console.log(`[${label} +${((Date.now() - t0) / 1000).toFixed(1)}s] ${message}`);
}

/** The first line of an error message, cut to a readable length (the JSON summary keeps it whole). */
export function firstLine(message, max = 240) {
  const line = String(message).split('\n')[0];
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/** Prints the failures and `N passed, N failed`; writes {label, passed, failed, failures} as JSON when asked. */
export function writeSummary(file, label, { passed, failed, failures }) {
  for (const f of failures) { console.log(`  FAILED ${f.title}${f.error ? `: ${firstLine(f.error)}` : ''}`); }
  console.log(`${passed} passed, ${failed} failed`);
  if (file) {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ label, passed, failed, failures }, null, 2) + '\n');
  }
}

/**
 * Runs `cleanup` once on SIGINT/SIGTERM/SIGHUP, then exits with `exitCode` (by default the
 * conventional 128 + signal number).
 */
export function onTermination(cleanup, { exitCode } = {}) {
  let done = false;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.on(signal, async () => {
      if (done) { return; }
      done = true;
      try { await cleanup(); } finally { process.exit(exitCode ?? code); }
    });
  }
}
