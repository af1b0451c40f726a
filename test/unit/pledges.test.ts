// The pledge comparison core (src/core/pledges.ts) on corpus readouts and constructed analyses,
// and the `readout-lens pledges` command.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import {
  collectPledges, compareDates, compareParties, comparePledges, compareReadouts, filterPledges, orderPartiesByPair,
  pledgeMatrix, pledgeTimeline, readoutParties, reciprocity, sortPledges, type ChangeKind, type PledgeFilter,
} from '../../src/core/pledges';
import { STRENGTHS, type Strength } from '../../src/core/types';
import type { GoldFile } from '../../src/core/eval';
import { commitment, constructed, goldAnalysis, goldInput, liveInput } from './pledgeFixtures';
import { CORPUS_DIR, corpusNames, readGold } from './corpusFiles';

const RANK: Record<string, number> = { aspirational: 1, willing: 2, firm: 3 };
const SEEDS = ['000', '001', '002', '003', '004'];

describe('pledges: table from analyses', () => {
  it('places every gold commitment of 000 at its sentence, with its readout pair as counterparts', () => {
    const input = goldInput('000');
    const table = collectPledges([input]);
    const gold = goldAnalysis('000');
    assert.equal(table.pledges.length, gold.gold.commitments.length);
    assert.equal(new Set(table.pledges.map((p) => p.id)).size, table.pledges.length, 'ids are unique');
    for (const p of table.pledges) {
      assert.equal(gold.text.slice(p.start, p.end), p.sentence);
      assert.equal(p.date, '2021-06-04');
      if (p.party === 'both') assert.deepEqual([...p.counterparts].sort(), ['China', 'Vietnam']);
      else assert.deepEqual(p.counterparts, [p.party === 'China' ? 'Vietnam' : 'China']);
    }
    const summary = table.readouts[0];
    assert.equal(summary.pledgeCount, 9);
    assert.deepEqual(summary.byStrength, { firm: 4, willing: 4, aspirational: 1 });
  });

  it('fills the readout pair from the pledging parties when the analysis names none', () => {
    const r = constructed('x', null, [], [commitment('Japan', 'trade', 'firm'), commitment('Australia', 'trade', 'willing'), commitment('Japan', 'energy', 'firm')]);
    assert.deepEqual(readoutParties(r.analysis), ['Japan', 'Australia']);
    const named = constructed('y', null, ['Egypt', 'Israel'], [commitment('Israel', 'security', 'aspirational')]);
    assert.deepEqual(readoutParties(named.analysis), ['Egypt', 'Israel']);
  });

  it('an analysis with no commitments gives a readout and no pledges (nothing to show)', () => {
    const table = collectPledges([constructed('empty', '2020-01-01', ['China', 'Vietnam'], [])]);
    assert.equal(table.pledges.length, 0);
    assert.equal(table.readouts[0].pledgeCount, 0);
    assert.equal(pledgeMatrix(table.pledges).parties.length, 0);
  });
});

describe('pledges: matrix parties × topics', () => {
  it('counts and strongest strengths equal a recount of the gold files of the whole corpus', () => {
    const names = corpusNames();
    const table = collectPledges(names.map((n) => goldInput(n)));
    const m = pledgeMatrix(table.pledges);
    const expected = new Map<string, { n: number; best: number }>();
    for (const n of names) {
      for (const c of readGold<GoldFile>(n).commitments) {
        const k = `${c.party}|${c.topic}`;
        const e = expected.get(k) ?? { n: 0, best: 0 };
        e.n++; e.best = Math.max(e.best, RANK[c.strength]); expected.set(k, e);
      }
    }
    let cells = 0;
    m.parties.forEach((party, r) => m.topics.forEach((topic, c) => {
      const cell = m.cells[r][c];
      const e = expected.get(`${party}|${topic}`);
      assert.equal(cell.count, e?.n ?? 0, `${party} ${topic}`);
      if (e) { cells++; assert.equal(RANK[cell.strongest as Strength], e.best, `${party} ${topic} strongest`); } else assert.equal(cell.strongest, undefined);
    }));
    assert.equal(cells, expected.size, 'every gold party/topic has its cell');
    assert.equal(m.total, [...expected.values()].reduce((s, e) => s + e.n, 0));
    assert.equal(m.partyTotals.reduce((a, b) => a + b, 0), m.total);
    assert.equal(m.topicTotals.reduce((a, b) => a + b, 0), m.total);
    assert.equal(m.parties[m.parties.length - 1], 'both', '"both" comes last');
  });

  it('counts equal a recount of the live analyses (whatever the extractors find today)', () => {
    const inputs = corpusNames().map((n) => liveInput(n));
    const m = pledgeMatrix(collectPledges(inputs).pledges);
    const recount = new Map<string, number>();
    for (const i of inputs) for (const c of i.analysis.commitments) recount.set(`${c.party}|${c.topic}`, (recount.get(`${c.party}|${c.topic}`) ?? 0) + 1);
    const found = new Map<string, number>();
    m.parties.forEach((p, r) => m.topics.forEach((t, c) => { if (m.cells[r][c].count) found.set(`${p}|${t}`, m.cells[r][c].count); }));
    assert.deepEqual(found, recount);
  });

  it('puts the two sides of a pair next to each other', () => {
    const table = collectPledges([goldInput('000'), goldInput('synthetic_03')]);
    const order = orderPartiesByPair(table.pledges);
    const nextTo = (a: string, b: string) => Math.abs(order.indexOf(a) - order.indexOf(b)) === 1;
    assert.ok(nextTo('China', 'Vietnam') || nextTo('Vietnam', 'United States'), order.join(', '));
    // Constructed: two pairs of talks, the rows come pair by pair.
    const t2 = collectPledges([
      constructed('a', null, ['China', 'Vietnam'], [commitment('China', 'trade', 'firm'), commitment('China', 'health', 'firm'), commitment('Vietnam', 'trade', 'willing')]),
      constructed('b', null, ['Japan', 'Australia'], [commitment('Japan', 'trade', 'firm'), commitment('Australia', 'energy', 'aspirational'), commitment('Japan', 'energy', 'willing')]),
    ]);
    assert.deepEqual(orderPartiesByPair(t2.pledges), ['China', 'Vietnam', 'Japan', 'Australia']);
  });

  it('reciprocity of 000: what China and Vietnam each promised per topic, and jointly', () => {
    const rows = reciprocity(collectPledges([goldInput('000')]).pledges);
    const gold = goldAnalysis('000').gold.commitments;
    assert.ok(rows.every((r) => r.pair[0] === 'China' && r.pair[1] === 'Vietnam'));
    for (const row of rows) {
      const of = (party: string) => gold.filter((c) => c.party === party && c.topic === row.topic).length;
      assert.equal(row.a.count, of('China'), `China ${row.topic}`);
      assert.equal(row.b.count, of('Vietnam'), `Vietnam ${row.topic}`);
      assert.equal(row.joint.count, of('both'), `both ${row.topic}`);
    }
    const trade = rows.find((r) => r.topic === 'trade');
    assert.deepEqual([trade?.a.count, trade?.a.strongest, trade?.b.count, trade?.b.strongest], [2, 'firm', 1, 'willing']);
    assert.equal(rows.reduce((s, r) => s + r.a.count + r.b.count + r.joint.count, 0), gold.length);
  });
});

describe('pledges: compare', () => {
  const kinds = (c: ReturnType<typeof comparePledges>) => c.pairs.map((p) => `${p.kind} ${p.party} ${p.topic}`).sort();

  it('constructed analyses: new, dropped, firmer, weaker and same pairs by party and topic', () => {
    const before = constructed('before', '2021-01-01', ['A', 'B'], [
      commitment('A', 'trade', 'willing'), commitment('A', 'trade', 'aspirational'),
      commitment('A', 'health', 'firm'), commitment('B', 'security', 'firm'), commitment('both', 'culture', 'willing'),
      commitment('B', 'energy', 'aspirational'),
    ]);
    const after = constructed('after', '2022-01-01', ['A', 'B'], [
      commitment('A', 'trade', 'firm'), commitment('A', 'health', 'willing'), commitment('both', 'culture', 'willing'),
      commitment('B', 'maritime', 'aspirational'), commitment('B', 'energy', 'aspirational'), commitment('B', 'energy', 'aspirational'),
    ]);
    const table = collectPledges([before, after]);
    const c = compareReadouts(table, 'before', 'after');
    assert.deepEqual(kinds(c), [
      'dropped B security', 'firmer A trade', 'new B maritime', 'same B energy', 'same both culture', 'weaker A health',
    ].sort());
    assert.deepEqual(c.counts, { new: 1, dropped: 1, firmer: 1, weaker: 1, same: 2 });
    const firmer = c.pairs.find((p) => p.kind === 'firmer');
    assert.equal(firmer?.before?.pledges.length, 2, 'both earlier trade pledges are on the pair');
    assert.equal(firmer?.before?.strongest, 'willing');
    assert.deepEqual(c.pairs.map((p) => p.kind), ['new', 'dropped', 'firmer', 'weaker', 'same', 'same'], 'changes first');
    // The same two sets compared with themselves: nothing changed.
    const same = comparePledges(table.pledges, table.pledges);
    assert.ok(same.pairs.every((p) => p.kind === 'same'));
  });

  it('000 (June 2021) → 002 (January 2022): health pledges dropped, trade and diplomacy weaker, Vietnam\'s security pledge new', () => {
    const table = collectPledges([goldInput('000'), goldInput('002')]);
    const c = compareReadouts(table, table.readouts[0].id, table.readouts[1].id);
    // Expected pairs recomputed from the two gold files.
    const g0 = goldAnalysis('000').gold.commitments, g2 = goldAnalysis('002').gold.commitments;
    const best = (gs: typeof g0) => {
      const m = new Map<string, number>();
      for (const x of gs) m.set(`${x.party} ${x.topic}`, Math.max(m.get(`${x.party} ${x.topic}`) ?? 0, RANK[x.strength]));
      return m;
    };
    const b0 = best(g0), b2 = best(g2);
    const expected: string[] = [];
    for (const k of new Set([...b0.keys(), ...b2.keys()])) {
      const x = b0.get(k), y = b2.get(k);
      const kind: ChangeKind = x === undefined ? 'new' : y === undefined ? 'dropped' : y > x ? 'firmer' : y < x ? 'weaker' : 'same';
      expected.push(`${kind} ${k}`);
    }
    assert.deepEqual(kinds(c), expected.sort());
    // What a reader of the two calls expects to see.
    assert.ok(kinds(c).includes('dropped China health'));
    assert.ok(kinds(c).includes('weaker China trade'));
    assert.ok(kinds(c).includes('weaker China diplomacy'));
    assert.ok(kinds(c).includes('new Vietnam security'));
    const health = c.pairs.find((p) => p.topic === 'health');
    assert.equal(health?.before?.pledges.length, 2);
    assert.equal(health?.before?.strongest, 'firm');
    assert.match(health?.before?.pledges.map((p) => p.sentence).join(' ') ?? '', /vaccines|COVID/);
    assert.equal(c.beforeLabel, `${goldAnalysis('000').name}.txt`);
  });

  it('two dates give the same pairs as the two readouts held on them; a period prefix takes a whole year', () => {
    const table = collectPledges(SEEDS.map(goldInput));
    const byReadout = compareReadouts(table, table.readouts[0].id, table.readouts[2].id);
    const byDate = compareDates(table.pledges, '2021-06-04', '2022-01-13');
    assert.deepEqual(byDate.pairs.map((p) => `${p.kind} ${p.party} ${p.topic}`), byReadout.pairs.map((p) => `${p.kind} ${p.party} ${p.topic}`));
    const years = compareDates(table.pledges, '2021', '2022');
    const in2021 = SEEDS.map((s) => goldAnalysis(s)).filter((g) => g.gold.date?.startsWith('2021'));
    assert.equal(in2021.length, 3, '000, 003 and 004 are from 2021');
    const before = years.pairs.reduce((s, p) => s + (p.before?.pledges.length ?? 0), 0);
    assert.equal(before, in2021.reduce((s, g) => s + g.gold.commitments.length, 0));
    // A period with no readout: every pair of the other side is new or dropped.
    const none = compareDates(table.pledges, '1999', '2021');
    assert.ok(none.pairs.every((p) => p.kind === 'new'));
  });

  it('two parties, topic by topic: what China pledged against what Vietnam pledged in 003', () => {
    const table = collectPledges([goldInput('003')]);
    const c = compareParties(table.pledges, 'China', 'Vietnam');
    const gold = goldAnalysis('003').gold.commitments;
    const topics = (party: string) => new Set(gold.filter((x) => x.party === party).map((x) => x.topic));
    const china = topics('China'), vietnam = topics('Vietnam');
    for (const p of c.pairs) {
      assert.equal(p.party, 'China / Vietnam');
      assert.equal(p.kind === 'dropped', china.has(p.topic) && !vietnam.has(p.topic), p.topic);
      assert.equal(p.kind === 'new', !china.has(p.topic) && vietnam.has(p.topic), p.topic);
    }
    assert.equal(c.pairs.length, new Set([...china, ...vietnam]).size);
    assert.ok(c.pairs.every((p) => (p.before?.pledges ?? []).every((x) => x.party === 'China')));
  });
});

describe('pledges: timeline', () => {
  it('counts per topic and month across the seed readouts, gaps included', () => {
    const table = collectPledges(SEEDS.map(goldInput));
    const t = pledgeTimeline(table.pledges);
    assert.equal(t.bucket, 'month');
    assert.equal(t.periods[0], '2021-02');
    assert.equal(t.periods[t.periods.length - 1], '2024-10');
    assert.equal(t.periods.length, 45, 'Feb 2021 .. Oct 2024, every month');
    for (const s of t.series) {
      t.periods.forEach((period, i) => {
        const n = SEEDS.map((x) => goldAnalysis(x).gold).filter((g) => g.date?.startsWith(period))
          .reduce((sum, g) => sum + g.commitments.filter((c) => c.topic === s.topic).length, 0);
        assert.equal(s.counts[i], n, `${s.topic} ${period}`);
      });
    }
    const health = t.series.find((s) => s.topic === 'health');
    assert.equal(health?.counts[t.periods.indexOf('2021-06')], 2);
    assert.equal(health?.firm[t.periods.indexOf('2021-06')], 1);
    assert.equal(t.undated, 0);
  });

  it('years for long spans, days for short ones; undated readouts are counted apart', () => {
    const names = corpusNames();
    const t = pledgeTimeline(collectPledges(names.map(goldInput)).pledges);
    const years = names.map((n) => readGold<GoldFile>(n).date?.slice(0, 4) ?? '').filter(Boolean).sort();
    assert.equal(t.bucket, 'year');
    assert.equal(t.periods[0], years[0]);
    assert.equal(t.periods[t.periods.length - 1], years[years.length - 1]);
    assert.equal(t.periods.length, Number(years[years.length - 1]) - Number(years[0]) + 1);
    const short = collectPledges([
      constructed('a', '2024-02-27', ['A', 'B'], [commitment('A', 'trade', 'firm')]),
      constructed('b', '2024-03-02', ['A', 'B'], [commitment('A', 'trade', 'firm'), commitment('B', 'health', 'willing')]),
      constructed('c', null, ['A', 'B'], [commitment('A', 'trade', 'firm')]),
    ]);
    const d = pledgeTimeline(short.pledges);
    assert.equal(d.bucket, 'day');
    assert.deepEqual(d.periods, ['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02']);
    assert.deepEqual(d.series.find((s) => s.topic === 'trade')?.counts, [1, 0, 0, 0, 1]);
    assert.equal(d.undated, 1);
    assert.deepEqual(pledgeTimeline([]).periods, []);
  });
});

describe('pledges: filters and sort', () => {
  const table = collectPledges(SEEDS.map(goldInput));
  const gold = SEEDS.map((s) => goldAnalysis(s).gold);
  const goldCount = (pred: (c: GoldFile['commitments'][number], g: GoldFile) => boolean) =>
    gold.reduce((n, g) => n + g.commitments.filter((c) => pred(c, g)).length, 0);
  const rows: { name: string; filter: PledgeFilter; expected: number }[] = [
    { name: 'no filter', filter: {}, expected: goldCount(() => true) },
    { name: 'party China', filter: { parties: ['China'] }, expected: goldCount((c) => c.party === 'China') },
    { name: 'topic health', filter: { topics: ['health'] }, expected: goldCount((c) => c.topic === 'health') },
    { name: 'topic energy: nothing in the seeds', filter: { topics: ['energy'] }, expected: 0 },
    { name: 'strength firm or willing', filter: { strengths: ['firm', 'willing'] }, expected: goldCount((c) => c.strength !== 'aspirational') },
    { name: 'date range 2021', filter: { from: '2021-01-01', to: '2021' }, expected: goldCount((_c, g) => g.date?.startsWith('2021') === true) },
    { name: 'date from 2022', filter: { from: '2022-01-01' }, expected: goldCount((_c, g) => (g.date ?? '') >= '2022-01-01') },
    { name: 'Vietnam health in 2021', filter: { parties: ['Vietnam'], topics: ['health'], to: '2021-12-31' }, expected: goldCount((c, g) => c.party === 'Vietnam' && c.topic === 'health' && (g.date ?? '') <= '2021-12-31') },
    { name: 'text "vaccines"', filter: { text: 'vaccines' }, expected: 2 },
    { name: 'text matches case-insensitively: "RCEP member"', filter: { text: 'rcep MEMBER' }, expected: 1 },
    { name: 'text with nothing to find', filter: { text: 'zeppelin' }, expected: 0 },
  ];
  for (const row of rows) {
    it(`filter: ${row.name}`, () => {
      assert.equal(filterPledges(table.pledges, table.readouts, row.filter).length, row.expected);
    });
  }

  it('text search folds accents both ways ("Chính" finds "Chinh", "chinh" finds "Chính")', () => {
    const t = collectPledges([constructed('v', '2025-05-06', ['Vietnam', 'Australia'], [
      commitment('Vietnam', 'trade', 'willing', 'Phạm Minh Chính said Việt Nam is ready to deepen trade.'),
      commitment('Australia', 'trade', 'firm', 'Albanese said Australia will open its market.'),
    ])]);
    assert.equal(filterPledges(t.pledges, t.readouts, { text: 'chinh viet nam' }).length, 1);
    assert.equal(filterPledges(t.pledges, t.readouts, { text: 'CHÍNH' }).length, 1);
  });

  it('leader filter: the speaker or a leader named in the readout', () => {
    const t = collectPledges([
      { ...constructed('a', null, ['A', 'B'], [{ ...commitment('A', 'trade', 'firm'), speaker: 'Li Qiang' }]) },
      constructed('b', null, ['A', 'B'], [commitment('A', 'trade', 'firm')]),
    ]);
    t.readouts[1].leaders = ['Li Qiang'];
    assert.equal(filterPledges(t.pledges, t.readouts, { leader: 'Li Qiang' }).length, 2);
    assert.equal(filterPledges(t.pledges, t.readouts, { leader: 'To Lam' }).length, 0);
  });

  it('sort by strength puts firm first; ties keep date then text order; descending reverses', () => {
    const sorted = sortPledges(table.pledges, 'strength');
    const ranks = sorted.map((p) => STRENGTHS.indexOf(p.strength));
    assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
    const firm = sorted.filter((p) => p.strength === 'firm');
    assert.deepEqual(firm, [...firm].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.readoutId.localeCompare(b.readoutId) || a.start - b.start));
    const byDate = sortPledges(table.pledges, 'date', true);
    assert.equal(byDate[0].date, '2024-10-12');
    assert.equal(byDate[byDate.length - 1].date, '2021-02-08');
    assert.equal(sortPledges(table.pledges, 'party').length, table.pledges.length);
  });
});

describe('readout-lens pledges (CLI)', function () {
  this.timeout(60000);
  const cli = path.resolve(__dirname, '../../../dist/cli.js');
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, 'pledges', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const file = (prefix: string) => path.join(CORPUS_DIR, 'readouts', `${corpusNames().find((n) => n.startsWith(prefix))}.txt`);

  it('--format json lists the pledges the core finds in every file of a directory', () => {
    const r = run('--format', 'json', path.join(CORPUS_DIR, 'readouts'));
    assert.equal(r.status, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as { format: string; pledges: { file: string }[] };
    assert.equal(doc.format, 'readout-lens/pledges');
    const live = corpusNames().reduce((n, name) => n + liveInput(name).analysis.commitments.length, 0);
    assert.equal(doc.pledges.length, live);
  });

  it('--compare two files prints the change counts; csv has the documented header', () => {
    const r = run('--compare', file('000'), file('002'));
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /new \d+, dropped \d+, firmer \d+, weaker \d+, same \d+/);
    const csv = run('--compare', file('000'), file('002'), '--format', 'csv');
    assert.equal(csv.stdout.split('\r\n')[0], 'change,party,topic,before_strength,after_strength,before_count,after_count,before_sentence,after_sentence');
  });

  it('usage errors exit 2: bad format, one value for --compare, cameo with --compare, mixed kinds', () => {
    assert.equal(run('--format', 'xml', file('000')).status, 2);
    assert.equal(run('--compare', file('000')).status, 2);
    assert.equal(run('--compare', file('000'), file('002'), '--format', 'cameo').status, 2);
    assert.equal(run('--compare', file('000'), '2022').status, 2);
    assert.equal(run().status, 2);
  });

  it('a missing file is reported and exits 1, the other files still count', () => {
    const r = run('--format', 'csv', file('000'), path.join(CORPUS_DIR, 'no-such-readout.txt'));
    assert.equal(r.status, 1);
    assert.match(r.stderr, /no such file/);
    assert.match(r.stdout, /^id,date,file,party/);
  });
});
