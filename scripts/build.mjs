#!/usr/bin/env node
// Builds everything the extension, the CLI and the tests need:
//   dist/extension.js  the extension (Node, CommonJS, `vscode` external)
//   dist/cli.js        the `readout-lens` command
//   dist/analysisWorker.js  worker thread that runs the analysis for the editor
//   dist/webview.js    the pledges panel's page script (browser)
//   out/               tsc output of src/ and test/ for mocha (unit and integration tiers)
// Usage: node scripts/build.mjs [--watch] [--no-tsc]
import { build, context } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.env.NODE_ENV === 'production';
const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', target: 'node20' };
const targets = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  // Analysis off the extension host's thread (workspace index, large documents).
  { ...common, entryPoints: ['src/vscode/analysisWorker.ts'], outfile: 'dist/analysisWorker.js', platform: 'node', format: 'cjs' },
];
if (existsSync('src/webview/main.ts')) {
  targets.push({ ...common, entryPoints: ['src/webview/main.ts'], outfile: 'dist/webview.js', platform: 'browser', format: 'iife', target: 'es2020' });
}
if (existsSync('src/extension.ts') === false) targets.shift();

if (watch) {
  for (const t of targets) await (await context(t)).watch();
  console.log('watching...');
} else {
  await Promise.all(targets.map((t) => build(t)));
  if (!process.argv.includes('--no-tsc')) {
    const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', '.'], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
