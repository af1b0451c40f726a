// The CLI honours the user's labels the way the extension stores them: the W3C sidecar beside
// the workspace and the user gazetteer, found from the readout's folder or given with
// --annotations; --no-annotations shows the machine's findings alone; a broken sidecar is
// reported with its line and column, ignored, and makes the exit code 1.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describeSpan } from '../../src/core/annotations/anchor';
import { serializeSidecar } from '../../src/core/annotations/w3c';
import { readout } from './corpusFiles';

const cli = path.resolve(__dirname, '../../../dist/cli.js');
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('readout-lens analyze with the user\'s labels', function () {
  this.timeout(60000);
  let root: string;
  const { text } = readout('106_us_korea');
  const T = '2026-11-30T09:00:00.000Z';
  const moon = text.indexOf('Moon', text.indexOf('President Moon for'));
  const ivanka = text.indexOf('Advisor to the President Ivanka Trump');
  const sidecar = () => path.join(root, '.readout-lens', 'annotations', 'readouts', 'trump_moon.txt.json');

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-labels-'));
    fs.mkdirSync(path.join(root, 'readouts'));
    fs.writeFileSync(path.join(root, 'readouts', 'trump_moon.txt'), text);
    fs.mkdirSync(path.dirname(sidecar()), { recursive: true });
    fs.writeFileSync(sidecar(), serializeSidecar({ source: 'readouts/trump_moon.txt', annotations: [
      { id: 'urn:uuid:1', kind: 'reject', category: 'leader', anchor: describeSpan(text, moon, moon + 4), created: T, modified: T },
      { id: 'urn:uuid:2', kind: 'leader', canonical: 'Ivanka Trump', anchor: describeSpan(text, ivanka, ivanka + 'Advisor to the President Ivanka Trump'.length), created: T, modified: T },
    ] }, text));
    fs.writeFileSync(path.join(root, '.readout-lens', 'gazetteer.json'), JSON.stringify({ offices: [], agreements: [], notLeaders: ['Mike Pence'] }));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  const leaders = (stdout: string) => (JSON.parse(stdout)[0].leaders as { start: number; text: string; source: string }[]);

  it('finds the sidecar and gazetteer above the readout: rejects, additions and notLeaders apply', () => {
    const r = run(os.tmpdir(), 'analyze', '--json', path.join(root, 'readouts', 'trump_moon.txt'));
    assert.equal(r.status, 0, r.stderr);
    const l = leaders(r.stdout);
    assert.ok(!l.some((x) => x.start === moon), 'the rejected mention is gone');
    assert.ok(l.some((x) => x.start === ivanka && x.source === 'user'), 'the user leader is there');
    assert.ok(!l.some((x) => x.text === 'Mike Pence'), 'notLeaders from the user gazetteer');
  });

  it('--no-annotations gives the machine\'s findings alone', () => {
    const r = run(root, 'analyze', '--json', '--no-annotations', 'readouts/trump_moon.txt');
    const l = leaders(r.stdout);
    assert.ok(l.some((x) => x.start === moon) && l.some((x) => x.text === 'Mike Pence'));
    assert.ok(!l.some((x) => x.source === 'user'));
  });

  it('--annotations DIR names the sidecar folder', () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-labels-copy-'));
    fs.cpSync(path.join(root, '.readout-lens'), path.join(elsewhere, '.readout-lens'), { recursive: true });
    fs.rmSync(path.join(root, '.readout-lens'), { recursive: true });
    try {
      const plain = run(root, 'analyze', '--json', 'readouts/trump_moon.txt');
      assert.ok(!leaders(plain.stdout).some((x) => x.source === 'user'), 'nothing found without the folder');
      const r = run(root, 'analyze', '--json', '--annotations', path.join(elsewhere, '.readout-lens', 'annotations'), path.join(root, 'readouts', 'trump_moon.txt'));
      assert.equal(r.status, 0, r.stderr);
      assert.ok(leaders(r.stdout).some((x) => x.start === ivanka && x.source === 'user'));
    } finally {
      fs.cpSync(path.join(elsewhere, '.readout-lens'), path.join(root, '.readout-lens'), { recursive: true });
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('a broken sidecar: file:line:column on stderr, the analysis without it, exit 1; the file is not touched', () => {
    const good = fs.readFileSync(sidecar(), 'utf8');
    const broken = good.replace('"type": "AnnotationPage",', '"type": "AnnotationPage"');
    fs.writeFileSync(sidecar(), broken);
    try {
      const r = run(root, 'analyze', '--json', 'readouts/trump_moon.txt');
      assert.equal(r.status, 1);
      assert.match(r.stderr, /trump_moon\.txt\.json:4:3: error: expected "," or "}"/);
      assert.ok(leaders(r.stdout).some((x) => x.start === moon), 'analysed without the broken labels');
      assert.equal(fs.readFileSync(sidecar(), 'utf8'), broken);
    } finally {
      fs.writeFileSync(sidecar(), good);
    }
  });

  it('an orphan is reported on stderr', () => {
    fs.writeFileSync(path.join(root, 'readouts', 'trump_moon.txt'), text.replace('Advisor to the President Ivanka Trump', 'a senior adviser'));
    try {
      const r = run(root, 'analyze', '--json', 'readouts/trump_moon.txt');
      assert.equal(r.status, 0);
      assert.match(r.stderr, /warning: orphan annotation urn:uuid:2: "Advisor to the President Ivanka Trump"/);
    } finally {
      fs.writeFileSync(path.join(root, 'readouts', 'trump_moon.txt'), text);
    }
  });
});

describe('readout-lens pledges with the user\'s labels', function () {
  this.timeout(60000);
  it('a commitment the user re-labelled shows with the user\'s party and strength', () => {
    const { text } = readout('106_us_korea');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-pledge-labels-'));
    try {
      fs.mkdirSync(path.join(root, 'readouts'));
      const file = path.join(root, 'readouts', 'trump_moon.txt');
      fs.writeFileSync(file, text);
      const before = spawnSync(process.execPath, [cli, 'pledges', '--format', 'json', file], { encoding: 'utf8' });
      assert.equal(before.status, 0, before.stderr);
      const pledge = (JSON.parse(before.stdout) as { pledges: { start: number; end: number; party: string; strength: string }[] }).pledges[0];
      assert.ok(pledge, 'the machine finds a pledge in 106');
      const T = '2026-11-30T09:00:00.000Z';
      const sidecar = path.join(root, '.readout-lens', 'annotations', 'readouts', 'trump_moon.txt.json');
      fs.mkdirSync(path.dirname(sidecar), { recursive: true });
      const party = pledge.party === 'South Korea' ? 'United States' : 'South Korea';
      fs.writeFileSync(sidecar, serializeSidecar({ source: 'readouts/trump_moon.txt', annotations: [
        { id: 'urn:uuid:p1', kind: 'commitment', party, strength: 'aspirational', anchor: describeSpan(text, pledge.start, pledge.end), created: T, modified: T },
      ] }, text));
      const after = spawnSync(process.execPath, [cli, 'pledges', '--format', 'json', file], { encoding: 'utf8' });
      assert.equal(after.status, 0, after.stderr);
      const relabelled = (JSON.parse(after.stdout) as { pledges: { start: number; party: string; strength: string }[] }).pledges.find((p) => p.start === pledge.start);
      assert.deepEqual(relabelled && [relabelled.party, relabelled.strength], [party, 'aspirational']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
