#!/usr/bin/env node
// `npm run demo`: Readout Lens in a real VS Code in the browser. Installs the harness when
// missing, builds the extension, starts code-server with the extension from the working tree
// (extensionDevelopmentPath) and test/workspace (the sample readouts) open, and prints the URL.
// Ctrl-C (or SIGTERM) stops the server's whole process group and exits.
// Usage: npm run demo [-- --port 8080] [--folder <dir>] [--no-build] [--verbose]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureHarness } from './install.mjs';
import { copyWorkspace, createProfile, startCodeServer, stopAllCodeServers } from './codeServer.mjs';
import { makeLogger, onTermination, repoRoot } from './common.mjs';

const { values: opts } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT || '8080' },
    folder: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
const log = makeLogger('demo');

try {
  const harness = ensureHarness({ log });
  if (!opts['no-build']) {
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs'), '--no-tsc'], { cwd: repoRoot, stdio: 'inherit' });
    if (r.status !== 0) { throw new Error('the build failed (node scripts/build.mjs --no-tsc)'); }
  }
  const profile = createProfile(harness);
  let stopping = false;
  // Ctrl-C is how a demo ends: exit 0 once the server's process group is gone.
  onTermination(async () => {
    stopping = true;
    log('stopping code-server');
    await stopAllCodeServers();
    profile.remove();
    log('stopped');
  }, { exitCode: 0 });
  // The sample readouts are opened from a copy, so what the demo changes stays out of the repository;
  // --folder opens a folder of yours in place.
  const folder = opts.folder ? path.resolve(opts.folder) : copyWorkspace(profile, path.join(repoRoot, 'test', 'workspace'));
  // Binds to loopback only: the server runs with --auth none.
  const server = await startCodeServer(profile, { port: Number(opts.port), verbose: opts.verbose, log, folder });
  const url = server.workbenchUrl({
    folder,
    payload: [
      ['extensionDevelopmentPath', server.remote(repoRoot)],
      ...(opts.folder ? [] : [['openFile', server.remote(path.join(folder, 'readouts', '106_us_korea_trump_moon_2018.txt'))]]),
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ],
  });
  if (server.port !== Number(opts.port)) { log(`port ${opts.port} is taken: using ${server.port}`); }
  const opened = opts.folder ? folder : `a copy of test/workspace in ${folder}, removed on exit`;
  console.log(`\nReadout Lens demo is running. Open this URL in a browser:\n\n  ${url}\n\nFolder: ${opened}\nServer log: ${server.logFile}\nCtrl-C stops it.\n`);
  const { code, signal } = await server.exited;
  if (stopping) { await new Promise(() => {}); } // the signal handler finishes and exits
  log(`code-server exited on its own (${code ?? signal}); log was ${server.logFile}`);
  profile.remove();
  process.exit(1);
} catch (e) {
  console.error(`[demo] FAILED: ${e.message}`);
  process.exit(1);
}
