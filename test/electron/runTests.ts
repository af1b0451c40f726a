// Integration tier on desktop VS Code through @vscode/test-electron, for contributors who have
// internet (it downloads VS Code) or a local VS Code: set VSCODE_EXECUTABLE_PATH to its binary
// (e.g. /usr/share/code/code). CI runs the same suites in code-server instead (npm test), because
// VS Code's and Electron's download servers are not reachable there.
// Usage: npm run test:electron   (builds first; runs out/test/integration in test/workspace)
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const repoRoot = path.resolve(__dirname, '..', '..', '..');
  const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH || undefined;
  const exitCode = await runTests({
    ...(vscodeExecutablePath ? { vscodeExecutablePath } : { version: process.env.VSCODE_VERSION || 'stable' }),
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: path.join(repoRoot, 'out', 'test', 'integration', 'index.js'),
    launchArgs: [
      path.join(repoRoot, 'test', 'workspace'),
      '--disable-extensions', // only the extension under development loads
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
    ],
    extensionTestsEnv: { READOUT_LENS_TEST_RESULTS: path.join(repoRoot, 'test-results', 'electron-results.json') },
  });
  process.exitCode = exitCode;
}

main().catch((e: unknown) => {
  const message = e instanceof Error ? e.message : String(e);
  console.error(`test:electron failed: ${message}`);
  if (!process.env.VSCODE_EXECUTABLE_PATH && /download|ENOTFOUND|ECONNREFUSED|EAI_AGAIN|fetch|timed? ?out/i.test(message)) {
    console.error('VS Code could not be downloaded: point VSCODE_EXECUTABLE_PATH at a local VS Code binary, or use npm test (code-server).');
  }
  process.exitCode = 1;
});
