#!/usr/bin/env node
// Integration tier: runs the mocha suites of out/test/integration inside the real node extension
// host of code-server, with the extension either from the working tree (extensionDevelopmentPath)
// or installed from a .vsix (then the installed copy is the development path, since the workbench
// runs extensionTestsPath only for an extension under development).
// Usage:
//   node test/harness/runIntegration.mjs [--ext <dir> | --vsix <file>] [--tests <dir>] [--workspace <dir>]
//        [--grep <text>] [--timeout <s>] [--summary <file.json>] [--label <name>] [--verbose] [--keep]
// Prints mocha's report and `N passed, N failed`; exits non-zero when a test failed or the run broke.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureHarness } from './install.mjs';
import { copyWorkspace, createProfile, installVsix, startCodeServer, stopAllCodeServers } from './codeServer.mjs';
import { openWorkbench } from './browser.mjs';
import { repoRoot, makeLogger, writeSummary, onTermination } from './common.mjs';

const { values: opts } = parseArgs({
  options: {
    ext: { type: 'string' },
    vsix: { type: 'string' },
    tests: { type: 'string', default: path.join(repoRoot, 'out', 'test', 'integration') },
    workspace: { type: 'string', default: path.join(repoRoot, 'test', 'workspace') },
    timeout: { type: 'string', default: '300' },
    summary: { type: 'string', default: process.env.READOUT_LENS_TEST_SUMMARY },
    label: { type: 'string' },
    grep: { type: 'string', default: process.env.READOUT_LENS_TEST_GREP },
    verbose: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const label = opts.label ?? (opts.vsix ? 'integration (.vsix)' : 'integration');
const log = makeLogger(label);

async function main() {
  const testsPath = path.resolve(opts.tests);
  if (!fs.existsSync(path.join(testsPath, 'index.js'))) {
    throw new Error(`no ${path.join(testsPath, 'index.js')}: build first (node scripts/build.mjs)`);
  }
  const harness = ensureHarness({ log });
  const profile = createProfile(harness);
  const resultFile = path.join(profile.tmp, 'integration-results.json');
  let server;
  let workbench;
  const cleanup = async () => {
    await workbench?.close();
    await stopAllCodeServers();
    if (opts.keep) { log(`kept ${profile.tmp}`); } else { profile.remove(); }
  };
  onTermination(cleanup);
  try {
    let extDir = path.resolve(opts.ext ?? repoRoot);
    if (opts.vsix) {
      log(`installing ${path.relative(repoRoot, path.resolve(opts.vsix))}`);
      extDir = installVsix(profile, opts.vsix);
      log(`testing the installed copy ${extDir}`);
    }
    const workspace = copyWorkspace(profile, opts.workspace);
    server = await startCodeServer(profile, {
      env: { READOUT_LENS_TEST_RESULTS: resultFile, READOUT_LENS_TEST_WORKSPACE: workspace, ...(opts.grep ? { READOUT_LENS_TEST_GREP: opts.grep } : {}) },
      verbose: opts.verbose,
      log,
    });
    log(`code-server listening on ${server.authority}`);
    const url = server.workbenchUrl({
      folder: workspace,
      payload: [
        ['extensionDevelopmentPath', server.remote(extDir)],
        ['extensionTestsPath', server.remote(testsPath)],
        ['skipWelcome', 'true'],
        ['skipReleaseNotes', 'true'],
      ],
    });
    workbench = await openWorkbench({ harness, profile, url, log, verbose: opts.verbose, onHostLog: (type, line) => (console[type] || console.log)(line) });
    const timeoutMs = Number(opts.timeout) * 1000;
    const exitCode = await Promise.race([
      workbench.hostExit,
      server.exited.then(({ code, signal }) => { throw new Error(`code-server exited during the tests (${code ?? signal}); log: ${server.logFile}`); }),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`tests did not finish within ${opts.timeout}s`)), timeoutMs).unref()),
    ]);
    log(`extension host exited with ${exitCode}`);
    return readResults(resultFile, exitCode);
  } finally {
    await cleanup();
  }
}

function readResults(resultFile, exitCode) {
  if (!fs.existsSync(resultFile)) {
    return { passed: 0, failed: 1, failures: [{ title: 'test run', error: `the extension host exited with ${exitCode} before writing results (did test/integration/index.ts load?)` }] };
  }
  const r = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  const failures = r.results.filter((t) => t.state === 'failed').map((t) => ({ title: t.title, error: t.error }));
  const passed = r.results.filter((t) => t.state === 'passed').length;
  if (exitCode !== 0 && failures.length === 0) {
    failures.push({ title: 'test run', error: `the extension host exited with ${exitCode} although no test failed` });
  }
  if (passed + failures.length === 0) {
    failures.push({ title: 'test run', error: 'no integration tests ran (no *.test.js next to index.js?)' });
  }
  return { passed, failed: failures.length, failures };
}

let summary;
try {
  summary = await main();
} catch (e) {
  summary = { passed: 0, failed: 1, failures: [{ title: 'harness', error: e.message }] };
}
writeSummary(opts.summary, label, summary);
process.exit(summary.failed ? 1 : 0);

