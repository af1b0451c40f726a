// Opens code-server's workbench in Debian's chromium through playwright-core (which never
// downloads a browser), and wires the two hooks the smoke-test driver calls:
//   window.codeAutomationExit(code)  the extension host under test exited (mocha finished)
//   window.codeAutomationLog(type, args)  the extension host's console, mocha's reporter included
import path from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';

// Offline noise of a sandboxed workbench (marketplace, auth providers, service worker, agent host).
const NOISE = /open-vsx\.org|ENOTFOUND|authentication provider|Service Worker|AccountPolicyGate|AgentHost|Creating a socket|Resolved connection token|vsda|\[perf\]|Resolving connection token|reconnection-grace-time|Updating additional builtin extensions cache|No search provider registered|Creation of workbench contribution/;

export async function openWorkbench({ harness, profile, url, log = () => {}, verbose = false, onHostLog, viewport = { width: 1400, height: 900 } }) {
  // Playwright forbids --user-data-dir in args; a persistent context in the run's folder is the same.
  const context = await chromium.launchPersistentContext(path.join(profile.tmp, 'chromium-profile'), {
    executablePath: harness.chromium,
    headless: true,
    viewport,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.on('pageerror', (e) => { if (verbose || !NOISE.test(e.message)) { log(`[page error] ${e.message}`); } });
  if (verbose) { page.on('console', (m) => log(`[browser] ${m.text()}`)); }

  let resolveExit;
  const hostExit = new Promise((resolve) => { resolveExit = resolve; });
  await page.exposeFunction('codeAutomationExit', async (code) => { resolveExit(code); });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = format(...(Array.isArray(args) ? args : [args]));
    if (!verbose && NOISE.test(line)) { return; }
    (onHostLog ?? ((t, l) => ((console[t] || console.log)(`[ext-host] ${l}`))))(type, line);
  });
  await page.goto(url);
  return {
    context,
    page,
    /** Resolves with the extension host's exit code once tests finish. */
    hostExit,
    async close() { try { await context.close(); } catch { /* browser already gone */ } },
  };
}
