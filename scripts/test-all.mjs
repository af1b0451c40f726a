#!/usr/bin/env node
// `npm test`: every tier, in the order a failure is cheapest to find.
//   build                  node scripts/build.mjs (bundles + tsc to out/)
//   unit                   mocha on out/test/unit (plain Node)
//   harness                code-server + Node 24 + chromium, installed and cached when missing
//   integration            mocha inside code-server's extension host, extension from the working tree
//   package                npm run package (the .vsix)
//   integration (.vsix)    the same suites against the .vsix installed like a user would
//   ui                     checks in the real workbench in chromium (test/ui/checks)
// Each tier runs in its own process, so a hung or crashed tier cannot leak into the next; a tier
// that fails does not stop the ones that do not depend on it. Prints one line per tier and a last
// line `N passed, N failed`; exits 1 naming the failed tier(s) and test(s).
// Usage: node scripts/test-all.mjs [--tiers unit,integration,vsix,ui] [--verbose]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ALL_TIERS = ['unit', 'integration', 'vsix', 'ui'];
const { values: opts } = parseArgs({
  options: {
    tiers: { type: 'string', default: process.env.READOUT_LENS_TIERS || ALL_TIERS.join(',') },
    verbose: { type: 'boolean', default: false },
  },
});
const wanted = new Set(opts.tiers.split(',').map((t) => t.trim()).filter(Boolean));
for (const t of wanted) { if (!ALL_TIERS.includes(t)) { console.error(`unknown tier "${t}" (tiers: ${ALL_TIERS.join(', ')})`); process.exit(2); } }

const resultsDir = path.join(repoRoot, 'test-results');
fs.mkdirSync(resultsDir, { recursive: true });
const ci = Boolean(process.env.CI);
const t0 = Date.now();
const firstLine = (message, max = 240) => { const l = String(message).split('\n')[0]; return l.length > max ? `${l.slice(0, max)}…` : l; };
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(0)}s`;

let current;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    // The tier cleans up its own server and browser; wait for it, then stop.
    interrupted = true;
    if (current && current.exitCode === null) { current.kill(signal); } else { process.exit(130); }
  });
}

function runStep(command, args, { env = {} } = {}) {
  return new Promise((resolve) => {
    current = spawn(command, args, {
      cwd: repoRoot,
      stdio: ['ignore', 'inherit', 'inherit'], // nothing may wait for an answer on stdin
      env: { ...process.env, ...env },
    });
    current.once('error', (e) => resolve({ code: 1, error: e.message }));
    current.once('exit', (code, signal) => {
      if (interrupted) { process.exit(130); }
      resolve({ code: code ?? 1, signal });
    });
  });
}

const tiers = [];
function readSummary(file, label, code) {
  if (fs.existsSync(file)) {
    const s = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (code !== 0 && s.failed === 0) { s.failures.push({ title: label, error: `exited with ${code}` }); s.failed = s.failures.length; }
    return s;
  }
  return { passed: 0, failed: 1, failures: [{ title: label, error: `exited with ${code} without a summary (see the output above)` }] };
}

async function tier(label, command, args, env = {}) {
  // The tier writes { passed, failed, failures } there (runners: --summary default; mocha: the reporter).
  const summaryFile = path.join(resultsDir, `${label.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}.json`);
  fs.rmSync(summaryFile, { force: true });
  console.log(`\n━━ ${label}`);
  const started = Date.now();
  const { code } = await runStep(command, args, { env: { READOUT_LENS_TEST_SUMMARY: summaryFile, ...env } });
  const summary = readSummary(summaryFile, label, code);
  tiers.push({ label, ...summary, time: seconds(started) });
  return summary.failed === 0;
}

async function step(label, command, args, env = {}) {
  console.log(`\n━━ ${label}`);
  const started = Date.now();
  const { code } = await runStep(command, args, { env });
  console.log(`━━ ${label}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${seconds(started)}`);
  return code === 0;
}

function blocked(label, reason) {
  tiers.push({ label, passed: 0, failed: 1, failures: [{ title: label, error: `not run: ${reason}` }], time: '0s' });
}

const node = process.execPath;
const verbose = opts.verbose ? ['--verbose'] : [];
const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const vsix = path.join(repoRoot, `${pkg.name}-${pkg.version}.vsix`);

if (!await step('build', node, ['scripts/build.mjs'])) {
  tiers.push({ label: 'build', passed: 0, failed: 1, failures: [{ title: 'node scripts/build.mjs', error: 'the build failed (see above); no tier ran' }], time: '0s' });
} else {
  // The lint rules guard the architecture (src/core/ never imports vscode or Node): a failure counts.
  if (!await step('lint', node, ['node_modules/eslint/bin/eslint.js', 'src', 'test', 'bench'])) {
    tiers.push({ label: 'lint', passed: 0, failed: 1, failures: [{ title: 'eslint src test bench', error: 'lint errors (see above)' }], time: '0s' });
  }
  if (wanted.has('unit')) {
    await tier('unit', node, ['node_modules/mocha/bin/mocha.js', '--reporter', './test/harness/mochaSummaryReporter.cjs', ...(ci ? ['--forbid-only'] : []), ...(process.stdout.isTTY ? [] : ['--no-color'])]);
  }
  const editorTiers = ['integration', 'vsix', 'ui'].filter((t) => wanted.has(t));
  const harnessReady = editorTiers.length === 0 || await step('harness', node, ['test/harness/install.mjs']);
  if (!harnessReady) {
    const labels = { integration: 'integration', vsix: 'integration (.vsix)', ui: 'ui' };
    for (const t of editorTiers) { blocked(labels[t], 'the harness install failed (see above)'); }
  } else {
    if (wanted.has('integration')) {
      await tier('integration', node, ['test/harness/runIntegration.mjs', ...verbose]);
    }
    if (wanted.has('vsix')) {
      fs.rmSync(vsix, { force: true });
      if (await step('package', 'npm', ['run', '--silent', 'package'])) {
        await tier('integration (.vsix)', node, ['test/harness/runIntegration.mjs', '--vsix', vsix, '--label', 'integration (.vsix)', ...verbose], { READOUT_LENS_TEST_TARGET: 'vsix' });
      } else {
        blocked('integration (.vsix)', 'npm run package failed');
      }
      // Packaging left the minified production bundle (beside the development source maps) in dist/:
      // rebuild the development bundle so the tree is as `npm run build` leaves it.
      await step('rebuild (development bundle)', node, ['scripts/build.mjs', '--no-tsc']);
    }
    if (wanted.has('ui')) {
      await tier('ui', node, ['test/ui/index.mjs', ...verbose]);
    }
  }
}

console.log('\n━━ summary');
let passed = 0;
let failed = 0;
for (const t of tiers) {
  passed += t.passed;
  failed += t.failed;
  console.log(`${t.label.padEnd(22)} ${String(t.passed).padStart(4)} passed, ${String(t.failed).padStart(3)} failed  (${t.time})`);
}
console.log(`total time ${seconds(t0)}`);
const failedTiers = tiers.filter((t) => t.failed > 0);
if (failedTiers.length) {
  console.log('');
  for (const t of failedTiers) {
    console.log(`FAILED tier "${t.label}":`);
    for (const f of t.failures) { console.log(`  - ${f.title}${f.error ? `: ${firstLine(f.error)}` : ''}`); }
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || tiers.length === 0 ? 1 : 0);
