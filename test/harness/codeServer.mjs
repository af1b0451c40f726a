// One code-server (VS Code server + web workbench) per test run, with a throw-away profile, so a
// run sees only the extension under test and never touches the user's ~/.config or extensions.
// The server runs in its own process group: stop() ends it together with its extension host,
// pty host and file watchers.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './common.mjs';

const PROFILE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'files.autoSave': 'off',
  // Readouts are long single-line paragraphs: wrap them so checks and screenshots see whole sentences.
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.colorTheme': 'Default Light Modern',
};

// Servers started by this process and not yet stopped, so a signal during start-up still stops them.
const liveServers = new Set();

/** Stops every code-server this process started (for signal handlers). */
export async function stopAllCodeServers() {
  await Promise.all([...liveServers].map((stop) => stop()));
}

export async function freePort(preferred = 0) {
  const tryPort = (port) => new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(port, '127.0.0.1', () => { const p = probe.address().port; probe.close(() => resolve(p)); });
  });
  if (preferred) { try { return await tryPort(preferred); } catch { /* taken: any free port will do */ } }
  return tryPort(0);
}

/** Fresh folders for one run: config, user data (with quiet settings), extensions, XDG dirs. */
export function createProfile(harness, { settings = {} } = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-lens-cs-'));
  const dirs = {
    tmp,
    config: path.join(tmp, 'config.yaml'),
    userData: path.join(tmp, 'user-data'),
    extensions: path.join(tmp, 'extensions'),
  };
  fs.writeFileSync(dirs.config, 'auth: none\ncert: false\n');
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.mkdirSync(dirs.extensions, { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ ...PROFILE_SETTINGS, ...settings }, null, 2));
  const args = ['--config', dirs.config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_DATA_HOME: path.join(tmp, 'xdg-data') };
  return {
    ...dirs,
    args,
    env,
    harness,
    remove() { fs.rmSync(tmp, { recursive: true, force: true }); },
  };
}

/**
 * Copies a workspace folder into the profile, byte for byte, and returns the copy: tests and demo
 * users change settings, write annotation sidecars and edit readouts, and none of that may land in
 * the repository's test/workspace or leak from one run into the next. The sample readouts are the
 * bundled corpus (corpus/readouts, one copy in the repository), placed in the copy's readouts/.
 */
export function copyWorkspace(profile, folder) {
  const copy = path.join(profile.tmp, path.basename(path.resolve(folder)));
  fs.cpSync(path.resolve(folder), copy, { recursive: true });
  const corpus = path.join(repoRoot, 'corpus', 'readouts');
  if (path.resolve(folder) === path.join(repoRoot, 'test', 'workspace') && fs.existsSync(corpus)) {
    fs.cpSync(corpus, path.join(copy, 'readouts'), { recursive: true });
  }
  return copy;
}

/** Installs a .vsix into the profile the way a user would; returns the installed extension folder. */
export function installVsix(profile, vsixFile) {
  const r = spawnSync(profile.harness.node, [profile.harness.entry, ...profile.args, '--install-extension', path.resolve(vsixFile), '--force'],
    { env: profile.env, encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error(`code-server --install-extension ${vsixFile} failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  }
  const installed = fs.readdirSync(profile.extensions).filter((d) => fs.existsSync(path.join(profile.extensions, d, 'package.json')));
  if (installed.length !== 1) { throw new Error(`expected one installed extension in ${profile.extensions}, found: ${installed.join(', ') || 'none'}`); }
  return path.join(profile.extensions, installed[0]);
}

function groupAlive(pgid) {
  try { process.kill(-pgid, 0); return true; } catch { return false; }
}

function waitUntil(condition, timeoutMs, intervalMs = 100) {
  return new Promise((resolve) => {
    const deadline = Date.now() + timeoutMs;
    const check = () => {
      if (condition()) { resolve(true); return; }
      if (Date.now() > deadline) { resolve(false); return; }
      setTimeout(check, intervalMs);
    };
    check();
  });
}

/**
 * Starts code-server on 127.0.0.1 and resolves once it listens.
 * `env` is added to the server's environment, which its extension host inherits.
 */
export async function startCodeServer(profile, { port = 0, env = {}, verbose = false, log = () => {}, folder, startupTimeoutMs = 60_000 } = {}) {
  const listenPort = await freePort(port);
  const logFile = path.join(profile.tmp, 'server.log');
  const serverLog = fs.createWriteStream(logFile);
  const child = spawn(profile.harness.node, [
    profile.harness.entry, ...profile.args,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${listenPort}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--log', 'info',
    // A built workbench honours the URL payload's extensionDevelopmentPath/extensionTestsPath
    // only with the smoke-test driver on; without it a test run just times out.
    '--vscode-option', 'enable-smoke-test-driver',
    ...(folder ? [folder] : []),
  ], { env: { ...profile.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout.pipe(serverLog);
  child.stderr.pipe(serverLog);
  if (verbose) { child.stdout.pipe(process.stdout); child.stderr.pipe(process.stderr); }

  let exited = false;
  const exitedPromise = new Promise((resolve) => child.once('exit', (code, signal) => { exited = true; resolve({ code, signal }); }));

  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      if (groupAlive(child.pid)) {
        try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
        if (!await waitUntil(() => !groupAlive(child.pid), 10_000)) {
          log('code-server group ignored SIGTERM for 10s: SIGKILL');
          try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
          await waitUntil(() => !groupAlive(child.pid), 5_000);
        }
      }
      serverLog.end();
      liveServers.delete(stop);
    })();
    return stopping;
  };
  liveServers.add(stop);

  await new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`code-server did not listen within ${startupTimeoutMs / 1000}s (log: ${logFile})`)), startupTimeoutMs);
    const onData = (d) => {
      seen += d;
      if (/HTTP server listening on/.test(seen)) { clearTimeout(timer); resolve(); }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    exitedPromise.then(({ code, signal }) => { clearTimeout(timer); reject(new Error(`code-server exited early (${code ?? signal}):\n${seen.slice(-4000)}`)); });
  }).catch(async (e) => { await stop(); throw e; });

  const authority = `127.0.0.1:${listenPort}`;
  return {
    port: listenPort,
    authority,
    logFile,
    pid: child.pid,
    exited: exitedPromise,
    get running() { return !exited; },
    /** A path on the server as the workbench addresses it. */
    remote: (p) => `vscode-remote://${authority}${path.resolve(p)}`,
    /** The workbench URL for a folder and a VS Code URL payload ([[key, value], ...]). */
    workbenchUrl({ folder: openFolder, payload = [] } = {}) {
      const query = [openFolder ? `folder=${encodeURIComponent(path.resolve(openFolder))}` : 'ew=true'];
      if (payload.length) { query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`); }
      return `http://${authority}/?${query.join('&')}`;
    },
    stop,
  };
}
