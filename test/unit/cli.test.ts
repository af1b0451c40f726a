// The readout-lens command as a user runs it (dist/cli.js, built by scripts/build.mjs).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CORPUS_DIR, readout } from './corpusFiles';

const cli = path.resolve(__dirname, '../../../dist/cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 << 20 });

describe('readout-lens analyze', function () {
  this.timeout(60000);
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-cli-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints one JSON object per file with the documented keys and exact UTF-16 offsets', () => {
    const { name } = readout('synthetic_02');
    const file = path.join(CORPUS_DIR, 'readouts', `${name}.txt`);
    const r = run('analyze', '--json', file);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    assert.equal(out.length, 1);
    assert.deepEqual(Object.keys(out[0]), ['file', 'date', 'leaders', 'agreements', 'commitments']);
    assert.equal(out[0].file, file);
    const text = fs.readFileSync(file, 'utf8');
    for (const key of ['leaders', 'agreements', 'commitments'] as const) {
      for (const s of out[0][key] as { start: number; end: number; text: string }[]) {
        assert.equal(text.slice(s.start, s.end), s.text, `${key} offsets of ${s.text}`);
      }
    }
  });

  it('--date overrides the date found in the text', () => {
    const { name } = readout('001');
    const r = run('analyze', '--json', '--date', '2019-05-01', path.join(CORPUS_DIR, 'readouts', `${name}.txt`));
    assert.equal(JSON.parse(r.stdout)[0].date, '2019-05-01');
  });

  it('reports each bad file clearly, exits non-zero, and still analyses the good one', () => {
    const good = path.join(dir, 'good.txt');
    fs.writeFileSync(good, '\ufeffChinese Premier Li Qiang held talks with Vietnamese Prime Minister Pham Minh Chinh.\n');
    const binary = path.join(dir, 'junk.bin');
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xfe]));
    const latin1 = path.join(dir, 'latin1.txt');
    fs.writeFileSync(latin1, Buffer.from('Erdo\xf0an said', 'latin1'));
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '');
    const huge = path.join(dir, 'huge.txt');
    fs.writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 'a'));
    const r = run('analyze', '--json', path.join(dir, 'missing.txt'), dir, binary, latin1, empty, huge, good);
    assert.equal(r.status, 1);
    const out = JSON.parse(r.stdout) as { file: string; date: string | null }[];
    assert.deepEqual(out.map((o) => o.file), [good]);
    const expected: [string, RegExp][] = [
      ['missing.txt', /no such file/], [dir, /is a directory/], ['junk.bin', /binary data/],
      ['latin1.txt', /not valid UTF-8/], ['empty.txt', /empty file/], ['huge.txt', /too large \(50\.0 MB/],
    ];
    for (const [file, message] of expected) {
      const line = r.stderr.split('\n').find((l) => l.includes(file + ':'));
      assert.ok(line && message.test(line), `stderr for ${file}: ${r.stderr}`);
    }
  });

  it('prints a readable summary without --json', () => {
    const { name } = readout('001');
    const r = run('analyze', path.join(CORPUS_DIR, 'readouts', `${name}.txt`));
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Leaders \(\d+ mentions\)/);
    assert.match(r.stdout, /Commitments \(\d+\)/);
  });

  it('rejects a malformed --date and an unknown command with usage', () => {
    assert.equal(run('analyze', '--date', '12/10/2024', 'x.txt').status, 2);
    const r = run('frobnicate');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /Usage:/);
  });
});

describe('readout-lens eval and bench', function () {
  this.timeout(120000);
  it('eval --json reports per-file and overall scores for the corpus', () => {
    const r = run('eval', CORPUS_DIR, '--json');
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { summary: { files: number; leaders: { f1: number } }; files: unknown[] };
    assert.equal(out.files.length, out.summary.files);
    assert.ok(out.summary.files >= 13);
    assert.equal(typeof out.summary.leaders.f1, 'number');
  });

  it('bench --quick prints medians for 5 KB and 1 MB and the growth ratio', () => {
    const r = run('bench', '--quick');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /analyze ~5 KB readout .* ms/);
    assert.match(r.stdout, /throughput on 1 MB .* MB\/s/);
    assert.match(r.stdout, /cost growth/);
  });
});
