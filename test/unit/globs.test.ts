// include/exclude globs of the settings, as the workspace index applies them to relative paths.
import * as assert from 'node:assert';
import { globToRegExp, matchesGlobs } from '../../src/vscode/globs';

describe('globs: readoutLens.include / readoutLens.exclude', () => {
  const include = ['**/*.txt', '**/*.md'];
  const exclude = ['**/node_modules/**', '**/.git/**', '**/out/**', '**/dist/**'];
  const rows: [string, boolean][] = [
    ['readouts/001_e84a89daaf5fd576.txt', true],
    ['001_e84a89daaf5fd576.txt', true],
    ['notes/talks.readout.md', true],
    ['deep/a/b/c/x.readout.txt', true],
    ['node_modules/pkg/README.md', false],
    ['a/node_modules/b/c.txt', false],
    ['dist/notes.txt', false],
    ['readouts/scan.pdf', false],
    ['readouts/001.txt.bak', false],
  ];
  for (const [p, yes] of rows) {
    it(`${p} -> ${yes ? 'indexed' : 'skipped'}`, () => assert.strictEqual(matchesGlobs(p, include, exclude), yes));
  }

  it('supports braces, ? and character classes', () => {
    assert.ok(globToRegExp('**/*.{txt,md}').test('x/y.md'));
    assert.ok(!globToRegExp('**/*.{txt,md}').test('x/y.json'));
    assert.ok(globToRegExp('readouts/10?_*.txt').test('readouts/101_japan.txt'));
    assert.ok(globToRegExp('readouts/[0-9]*.txt').test('readouts/000_a.txt'));
    assert.ok(!globToRegExp('readouts/[0-9]*.txt').test('readouts/synthetic_01.txt'));
    assert.ok(!globToRegExp('*.txt').test('readouts/a.txt'), '* does not cross folders');
  });
});
