// The pledges panel's pure parts: the message checks the extension applies to everything the
// page sends (src/webview/protocol.ts), the page's table and render model (src/webview/model.ts),
// and a static guard that the page never builds markup from strings.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectPledges, filterPledges, pledgeMatrix } from '../../src/core/pledges';
import { isPageMessage, isPledgeFilter } from '../../src/webview/protocol';
import { buildPanelModel, defaultCompare, INITIAL_STATE, PanelTable } from '../../src/webview/model';
import { commitment, constructed, goldInput } from './pledgeFixtures';

describe('pledges panel: messages from the page', () => {
  const valid: [string, unknown][] = [
    ['ready', { type: 'ready' }],
    ['open by id', { type: 'open', pledgeId: 'file:///w/readouts/000.txt#123' }],
    ['export with an empty filter', { type: 'export', format: 'cameo', filter: {} }],
    ['export with every criterion', { type: 'export', format: 'csv', filter: { parties: ['China'], topics: ['health'], strengths: ['firm'], from: '2021', to: '2022-01-13', leader: 'Li Keqiang', text: 'vaccines', readoutIds: ['file:///w/a.txt'] } }],
    ['rendered report', { type: 'rendered', revision: 3, tab: 'compare', rows: 10, ms: 4.5 }],
    ['filter changed', { type: 'filterChanged', filter: { text: '<script>alert(1)</script>' } }],
  ];
  const invalid: [string, unknown][] = [
    ['null', null],
    ['a string', 'open'],
    ['unknown type', { type: 'runCommand', command: 'workbench.action.terminal.new' }],
    ['open without an id', { type: 'open' }],
    ['open with a non-string id', { type: 'open', pledgeId: { path: '/etc/passwd' } }],
    ['open with a huge id', { type: 'open', pledgeId: 'x'.repeat(5000) }],
    ['export in an unknown format', { type: 'export', format: 'html', filter: {} }],
    ['export without a filter', { type: 'export', format: 'csv' }],
    ['filter with an unknown key (a path to write)', { type: 'export', format: 'csv', filter: { target: '/tmp/x.csv' } }],
    ['filter with an unknown topic', { type: 'filterChanged', filter: { topics: ['weather'] } }],
    ['filter with a bad date', { type: 'filterChanged', filter: { from: 'yesterday' } }],
    ['filter with a non-array party list', { type: 'filterChanged', filter: { parties: 'China' } }],
    ['rendered on an unknown tab', { type: 'rendered', revision: 1, tab: 'settings', rows: 0, ms: 0 }],
  ];
  for (const [name, m] of valid) it(`accepts ${name}`, () => assert.equal(isPageMessage(m), true));
  for (const [name, m] of invalid) it(`rejects ${name}`, () => assert.equal(isPageMessage(m), false));
  it('a filter is an object of known criteria', () => {
    assert.equal(isPledgeFilter([]), false);
    assert.equal(isPledgeFilter({ text: 'x'.repeat(501) }), false);
    assert.equal(isPledgeFilter({ from: '', to: '' }), true);
  });
});

describe('pledges panel: the page model', () => {
  const seeds = ['000', '001', '002', '003', '004'].map(goldInput);

  it('a delta replaces one readout\'s pledges and removes readouts, keeping time order', () => {
    const table = collectPledges(seeds);
    const page = new PanelTable();
    page.apply({ type: 'snapshot', revision: 1, ...table });
    assert.deepEqual(page.table().pledges.map((p) => p.id).sort(), table.pledges.map((p) => p.id).sort());
    const first = table.readouts[0];
    const edited = collectPledges([constructed(first.id, first.date, ['China', 'Vietnam'], [commitment('China', 'energy', 'firm')])]);
    page.apply({ type: 'delta', revision: 2, readouts: edited.readouts, pledges: edited.pledges, removed: [table.readouts[1].id] });
    const now = page.table();
    assert.equal(now.readouts.length, table.readouts.length - 1);
    assert.deepEqual(now.pledges.filter((p) => p.readoutId === first.id).map((p) => p.topic), ['energy']);
    assert.ok(!now.pledges.some((p) => p.readoutId === table.readouts[1].id));
    assert.equal(page.pledge(edited.pledges[0].id)?.topic, 'energy');
    assert.equal(page.pledge(table.pledges.find((p) => p.readoutId === table.readouts[1].id)?.id ?? ''), undefined);
    const dates = now.readouts.map((r) => r.date ?? '~');
    assert.deepEqual(dates, [...dates].sort());
    assert.equal(page.revision, 2);
  });

  it('each tab gets its view of the filtered pledges', () => {
    const table = collectPledges(seeds);
    const filter = { topics: ['health' as const, 'trade' as const] };
    const rows = filterPledges(table.pledges, table.readouts, filter);
    const matrix = buildPanelModel(table, { ...INITIAL_STATE, tab: 'matrix', filter });
    assert.deepEqual(matrix.matrix, pledgeMatrix(rows));
    assert.equal(matrix.rows.length, rows.length);
    assert.equal(matrix.total, table.pledges.length);
    const list = buildPanelModel(table, { ...INITIAL_STATE, tab: 'list', filter, sort: { key: 'strength', descending: false } });
    assert.equal(list.rows[0].strength, 'firm');
    assert.equal(list.matrix, undefined, 'only the shown tab is computed');
    const timeline = buildPanelModel(table, { ...INITIAL_STATE, tab: 'timeline', filter });
    assert.deepEqual(timeline.timeline?.series.map((s) => s.topic), ['trade', 'health']);
  });

  it('compare tab: defaults to the latest readout and the one before with the same pair; the filter\'s readout and date criteria do not empty its sides', () => {
    const table = collectPledges(seeds);
    const sel = defaultCompare(table);
    const label = (id?: string) => table.readouts.find((r) => r.id === id)?.label;
    assert.match(label(sel?.b) ?? '', /^001_/, 'latest: 2024-10-12');
    assert.match(label(sel?.a) ?? '', /^002_/, 'the China–Vietnam call before it: 2022-01-13');
    const a = table.readouts.find((r) => r.label.startsWith('000_'))?.id as string;
    const b = table.readouts.find((r) => r.label.startsWith('002_'))?.id as string;
    const model = buildPanelModel(table, { ...INITIAL_STATE, tab: 'compare', filter: { readoutIds: [a], from: '2021-06-04', to: '2021-06-04' }, compare: { mode: 'readouts', a, b } });
    assert.ok(model.comparison?.pairs.some((p) => p.kind === 'dropped' && p.party === 'China' && p.topic === 'health'));
    assert.ok(model.comparison?.pairs.some((p) => p.kind === 'new'), 'the 2022 side is not filtered away');
    const topicOnly = buildPanelModel(table, { ...INITIAL_STATE, tab: 'compare', filter: { topics: ['health'] }, compare: { mode: 'readouts', a, b } });
    assert.deepEqual(topicOnly.comparison?.pairs.map((p) => `${p.kind} ${p.party} ${p.topic}`), ['dropped China health']);
    assert.equal(defaultCompare(collectPledges([seeds[0]])), undefined, 'one readout: nothing to compare');
  });
});

describe('pledges panel: the page builds no markup from strings', () => {
  const dir = path.resolve(__dirname, '../../../src/webview');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    it(`${file} uses no innerHTML, outerHTML, insertAdjacentHTML, document.write, eval or Function`, () => {
      const code = fs.readFileSync(path.join(dir, file), 'utf8').replace(/\/\/.*$/gm, '');
      assert.doesNotMatch(code, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/);
    });
  }
});
