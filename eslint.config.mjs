// ESLint flat config. The one rule that matters most: src/core/ never imports `vscode`
// (the core runs in plain Node, the CLI and, later, a web worker).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core/ must stay free of the vscode API: convert at the adapter edge (src/vscode/).' }],
        patterns: [{ group: ['node:*', 'fs', 'path', 'child_process', 'os'], message: 'src/core/ must not use Node-only APIs (it is bundled for a web worker too).' }],
      }],
    },
  },
);
