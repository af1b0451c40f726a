// Mocha entry the extension host loads through extensionTestsPath (code-server's node extension
// host, or desktop VS Code under @vscode/test-electron). Runs every `*.test.js` compiled next to
// this file, BDD style (`describe` / `it`), and writes a machine-readable result to
// READOUT_LENS_TEST_RESULTS so the harness can count tests and name the failures.
import * as fs from 'fs';
import * as path from 'path';
import type MochaClass from 'mocha';

// mocha 12's main entry is ESM; its CommonJS build loads in extension hosts whose Node cannot
// require() ES modules (desktop VS Code before Node 20.19).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Mocha: typeof MochaClass = require('mocha/lib/mocha.cjs');

interface TestResult { title: string; state: 'passed' | 'failed'; error?: string }

export function run(): Promise<void> {
  // The report goes through the workbench's log hook, not a terminal: no colour codes (mocha
  // would add them under CI=true).
  // (log-symbols colours its ✔ by itself, so the symbols are replaced too.)
  Mocha.reporters.Base.useColors = false;
  Object.assign(Mocha.reporters.Base.symbols, { ok: '✔', err: '✖' });
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec', forbidOnly: Boolean(process.env.CI) });
  const grep = process.env.READOUT_LENS_TEST_GREP;
  if (grep) { mocha.grep(grep); }
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const resultFile = process.env.READOUT_LENS_TEST_RESULTS;
  return new Promise((resolve, reject) => {
    const results: TestResult[] = [];
    const runner = mocha.run((failures) => {
      if (resultFile) {
        fs.mkdirSync(path.dirname(resultFile), { recursive: true });
        fs.writeFileSync(resultFile, JSON.stringify({ failures, results, node: process.version }, null, 2));
      }
      if (failures > 0) { reject(new Error(`${failures} integration test(s) failed`)); } else { resolve(); }
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed' }));
    runner.on('fail', (t, err: Error) => results.push({ title: t.fullTitle(), state: 'failed', error: String(err?.stack ?? err) }));
  });
}
