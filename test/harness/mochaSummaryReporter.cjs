// Mocha reporter for the unit tier: mocha's usual `spec` output, plus a JSON summary
// ({ passed, failed, failures: [{ title, error }] }) written to READOUT_LENS_TEST_SUMMARY so
// scripts/test-all.mjs can add the tier to its totals and name the failed tests.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS module, loaded by mocha's CLI */
const fs = require('fs');
const path = require('path');
// The CommonJS build: mocha 12's main entry is an ES module.
const Mocha = require('mocha/lib/mocha.cjs');

class SpecWithSummary extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    // log-symbols colours its ✔ itself, even under --no-color.
    if (!Mocha.reporters.Base.useColors) { Object.assign(Mocha.reporters.Base.symbols, { ok: '✔', err: '✖' }); }
    const failures = [];
    let passed = 0;
    runner.on('pass', () => { passed += 1; });
    runner.on('fail', (test, err) => failures.push({ title: test.fullTitle(), error: String((err && err.message) || err) }));
    runner.once('end', () => {
      const file = process.env.READOUT_LENS_TEST_SUMMARY;
      if (!file) { return; }
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify({ label: 'unit', passed, failed: failures.length, failures }, null, 2) + '\n');
    });
  }
}

module.exports = SpecWithSummary;
