#!/usr/bin/env node
// UI tier: what a person sees in the real workbench. Starts code-server with the extension from
// the working tree (no extensionTestsPath: the extension host must keep running), opens
// test/workspace in chromium, and runs every check module in test/ui/checks/ (see README.md there
// for the module interface). Prints one line per check and `N passed, N failed`.
// Usage: node test/ui/index.mjs [--grep <text>] [--media] [--summary <file.json>] [--ext <dir>]
//        [--timeout <s per check>] [--verbose] [--keep]
//   --media  also writes the screenshots checks mark { readme: true } to media/screenshots/.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureHarness } from '../harness/install.mjs';
import { copyWorkspace, createProfile, startCodeServer, stopAllCodeServers } from '../harness/codeServer.mjs';
import { openWorkbench } from '../harness/browser.mjs';
import { firstLine, makeLogger, onTermination, repoRoot, writeSummary } from '../harness/common.mjs';
import { createWorkbench } from './workbench.mjs';

const { values: opts } = parseArgs({
  options: {
    ext: { type: 'string', default: repoRoot },
    workspace: { type: 'string', default: path.join(repoRoot, 'test', 'workspace') },
    checks: { type: 'string', default: path.join(repoRoot, 'test', 'ui', 'checks') },
    grep: { type: 'string' },
    media: { type: 'boolean', default: process.env.READOUT_LENS_SCREENSHOTS === 'media' },
    timeout: { type: 'string', default: '90' },
    summary: { type: 'string', default: process.env.READOUT_LENS_TEST_SUMMARY },
    verbose: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const label = 'ui';
const log = makeLogger(label);
const resultsDir = path.join(repoRoot, 'test-results', 'screenshots');
const mediaDir = path.join(repoRoot, 'media', 'screenshots');

async function loadChecks() {
  const files = fs.existsSync(opts.checks) ? fs.readdirSync(opts.checks).filter((f) => f.endsWith('.mjs')).sort() : [];
  const checks = [];
  for (const file of files) {
    const mod = await import(pathToFileURL(path.join(opts.checks, file)).href);
    const list = mod.default;
    if (!Array.isArray(list)) { throw new Error(`${file}: the default export must be an array of { name, run }`); }
    for (const check of list) {
      if (typeof check?.name !== 'string' || typeof check?.run !== 'function') { throw new Error(`${file}: every check needs a name and a run function`); }
      checks.push({ ...check, file });
    }
  }
  return opts.grep ? checks.filter((c) => c.name.includes(opts.grep)) : checks;
}

function screenshotFileName(name) {
  return `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.png`;
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000}s`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

async function main() {
  const checks = await loadChecks();
  if (checks.length === 0) { throw new Error(`no UI checks found in ${opts.checks}${opts.grep ? ` matching "${opts.grep}"` : ''}`); }
  const harness = ensureHarness({ log });
  const profile = createProfile(harness);
  let server;
  let browser;
  const cleanup = async () => {
    await browser?.close();
    await stopAllCodeServers();
    if (opts.keep) { log(`kept ${profile.tmp}`); } else { profile.remove(); }
  };
  onTermination(cleanup);
  const results = [];
  try {
    const workspace = copyWorkspace(profile, opts.workspace);
    server = await startCodeServer(profile, { verbose: opts.verbose, log });
    log(`code-server listening on ${server.authority}`);
    const url = server.workbenchUrl({
      folder: workspace,
      payload: [['extensionDevelopmentPath', server.remote(path.resolve(opts.ext))], ['skipWelcome', 'true'], ['skipReleaseNotes', 'true']],
    });
    browser = await openWorkbench({ harness, profile, url, log, verbose: opts.verbose, onHostLog: (type, line) => { if (opts.verbose || type === 'error') { log(`[ext-host] ${line}`); } } });
    const { page } = browser;
    const workbench = createWorkbench(page, { log: opts.verbose ? log : () => {} });
    await workbench.ready();
    log('workbench rendered');
    fs.mkdirSync(resultsDir, { recursive: true });

    for (const check of checks) {
      const started = Date.now();
      const screenshot = async (name, { readme = false, fullPage = false } = {}) => {
        const file = screenshotFileName(name);
        await page.screenshot({ path: path.join(resultsDir, file), fullPage });
        if (readme && opts.media) {
          fs.mkdirSync(mediaDir, { recursive: true });
          fs.copyFileSync(path.join(resultsDir, file), path.join(mediaDir, file));
        }
        return path.join(resultsDir, file);
      };
      const context = {
        page, workbench, screenshot, repoRoot,
        workspace,
        log: (m) => log(`  ${check.name}: ${m}`),
      };
      try {
        await withTimeout(Promise.resolve().then(() => check.run(context)), (check.timeout ?? Number(opts.timeout)) * 1000, `check "${check.name}"`);
        results.push({ title: check.name, state: 'passed' });
        console.log(`  ✔ ${check.name} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
      } catch (e) {
        results.push({ title: check.name, state: 'failed', error: e.message });
        console.log(`  ✘ ${check.name}: ${firstLine(e.message)}`);
        const shot = await screenshot(`failed-${check.name}`).catch(() => undefined);
        if (shot) { console.log(`    screenshot: ${path.relative(repoRoot, shot)}`); }
      }
      await workbench.reset().catch((e) => log(`could not reset the workbench after "${check.name}": ${e.message}`));
    }
  } finally {
    await cleanup();
  }
  const failures = results.filter((r) => r.state === 'failed').map(({ title, error }) => ({ title, error }));
  return { passed: results.length - failures.length, failed: failures.length, failures };
}

let summary;
try {
  summary = await main();
} catch (e) {
  summary = { passed: 0, failed: 1, failures: [{ title: 'harness', error: e.message }] };
}
writeSummary(opts.summary, label, summary);
process.exit(summary.failed ? 1 : 0);
