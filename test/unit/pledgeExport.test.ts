// Pledge exports (src/core/pledgeExport.ts): CSV parsed back with an independent RFC 4180 reader,
// JSON parsed back, Markdown tables that keep their shape and show HTML as text, CAMEO rows.
import * as assert from 'node:assert/strict';
import { collectPledges, compareReadouts, type Pledge } from '../../src/core/pledges';
import {
  cameoCode, cameoRows, CAMEO_COLUMNS, csvField, exportComparison, exportPledges, markdownCell, PLEDGE_COLUMNS,
  pledgesToCameoCsv, pledgesToCsv, pledgesToJson, pledgesToMarkdown, type CameoEventCode, type PledgeExportJson,
} from '../../src/core/pledgeExport';
import { commitment, constructed, goldInput } from './pledgeFixtures';

/** RFC 4180 reader written for the test (quoted fields, doubled quotes, CRLF records). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', i = 0, quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (ch === '"') { quoted = false; i++; continue; }
      field += ch; i++; continue;
    }
    if (ch === '"' && field === '') { quoted = true; i++; continue; }
    if (ch === ',') { row.push(field); field = ''; i++; continue; }
    if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    assert.notEqual(ch, '\n', `bare LF outside quotes at ${i}`);
    assert.notEqual(ch, '"', `quote inside an unquoted field at ${i}`);
    field += ch; i++;
  }
  assert.equal(field, '', 'the last record ends with CRLF');
  assert.equal(row.length, 0);
  return rows;
}

/** Splits a Markdown table row on pipes that are not escaped. */
function markdownCells(line: string): string[] {
  const inner = line.replace(/^\| /, '').replace(/ \|$/, '');
  return inner.split(/(?<!\\) \| /);
}

const HOSTILE = [
  'China will <script>alert(1)</script> cooperate.',
  'Vietnam will <img src=x onerror=alert(2)> open markets, "fully", at once.',
  '=HYPERLINK("http://evil.example","click") will be signed.',
  '+1 vow | with a pipe\nand a line break',
  '-2 javascript:alert(3) pledges',
  '@SUM(A1:A2) is ready to act\r\nagain',
];

function hostileTable() {
  return collectPledges([constructed('file,with "quotes".txt', '2024-01-02', ['China', 'Vietnam'], [
    ...HOSTILE.map((s, i) => commitment(i % 2 ? 'Vietnam' : 'China', 'trade', 'firm', s)),
    { ...commitment('both', 'health', 'willing', 'Both sides will fight COVID-19, together.'), speaker: '=cmd|/c calc' },
  ])]);
}

describe('pledge export: CSV (RFC 4180, formula-safe)', () => {
  it('round-trips the corpus pledges of 000 and 002: header, one record per pledge, every field back', () => {
    const table = collectPledges([goldInput('000'), goldInput('002')]);
    const rows = parseCsv(pledgesToCsv(table.pledges, table.readouts));
    assert.deepEqual(rows[0], [...PLEDGE_COLUMNS]);
    assert.equal(rows.length, table.pledges.length + 1);
    rows.slice(1).forEach((r, i) => {
      const p = table.pledges[i];
      const rec = Object.fromEntries(PLEDGE_COLUMNS.map((c, j) => [c, r[j]]));
      assert.equal(rec.id, p.id);
      assert.equal(rec.sentence, p.sentence);
      assert.equal(rec.party, p.party);
      assert.equal(rec.strength, p.strength);
      assert.equal(rec.topic, p.topic);
      assert.equal(rec.date, p.date);
      assert.equal(Number(rec.start), p.start);
      assert.equal(Number(rec.end), p.end);
      assert.equal(rec.counterparts, p.counterparts.join('; '));
    });
  });

  it('quotes commas, quotes, CR and LF; prefixes = + - @ cells with an apostrophe', () => {
    const table = hostileTable();
    const rows = parseCsv(pledgesToCsv(table.pledges, table.readouts));
    const sentence = PLEDGE_COLUMNS.indexOf('sentence');
    const file = PLEDGE_COLUMNS.indexOf('file');
    const speaker = PLEDGE_COLUMNS.indexOf('speaker');
    HOSTILE.forEach((s, i) => {
      const expected = /^[=+\-@]/.test(s) ? `'${s}` : s;
      assert.equal(rows[i + 1][sentence], expected);
    });
    assert.equal(rows[1][file], 'file,with "quotes".txt');
    assert.equal(rows[HOSTILE.length + 1][speaker], "'=cmd|/c calc");
    for (const r of rows) for (const cell of r) assert.ok(!/^[=+\-@]/.test(cell), `no cell starts a formula: ${cell}`);
  });

  it('table of single fields: what is quoted and what is not', () => {
    const cases: [string | number, string][] = [
      ['plain', 'plain'], ['', ''], [42, '42'], ['a,b', '"a,b"'], ['say "hi"', '"say ""hi"""'], ['l1\nl2', '"l1\nl2"'],
      ['=1+1', "'=1+1"], ['+x', "'+x"], ['-x', "'-x"], ['@x', "'@x"], ['=a,b', `"'=a,b"`], ['\tx', "'\tx"], ['x=1', 'x=1'],
    ];
    for (const [input, out] of cases) assert.equal(csvField(input), out, JSON.stringify(input));
  });
});

describe('pledge export: JSON', () => {
  it('parses back to the same pledges, with the file label and only the readouts used', () => {
    const table = collectPledges([goldInput('000'), goldInput('002'), constructed('no-pledges', null, [], [])]);
    const doc = JSON.parse(pledgesToJson(table.pledges, table.readouts)) as PledgeExportJson;
    assert.equal(doc.format, 'readout-lens/pledges');
    assert.equal(doc.version, 1);
    assert.equal(doc.readouts.length, 2);
    assert.deepEqual(doc.pledges.map(({ file: _file, ...p }) => p), JSON.parse(JSON.stringify(table.pledges)) as Pledge[]);
    assert.ok(doc.pledges.every((p) => p.file.endsWith('.txt')));
  });

  it('hostile text survives as data', () => {
    const table = hostileTable();
    const doc = JSON.parse(exportPledges('json', table.pledges, table.readouts)) as PledgeExportJson;
    assert.deepEqual(doc.pledges.slice(0, HOSTILE.length).map((p) => p.sentence), HOSTILE);
  });
});

describe('pledge export: Markdown', () => {
  it('one row per pledge with exactly the header\'s cells; pipes escaped, HTML shown as text, no line breaks', () => {
    const table = hostileTable();
    const md = pledgesToMarkdown(table.pledges, table.readouts);
    const lines = md.trimEnd().split('\n');
    assert.equal(lines.length, table.pledges.length + 2);
    const width = markdownCells(lines[0]).length;
    for (const l of lines.slice(2)) assert.equal(markdownCells(l).length, width, l);
    assert.ok(!md.includes('<script>') && md.includes('&lt;script&gt;'));
    assert.ok(!md.includes('<img') && md.includes('&lt;img src=x onerror=alert(2)&gt;'));
    assert.ok(md.includes('vow \\| with a pipe and a line break'));
    assert.equal(markdownCell('a\\|b'), 'a\\\\\\|b', 'a backslash before a pipe cannot unescape it');
  });

  it('the corpus table for 000 lists its nine pledges', () => {
    const table = collectPledges([goldInput('000')]);
    const lines = pledgesToMarkdown(table.pledges, table.readouts).trimEnd().split('\n');
    assert.equal(lines.length, 2 + 9);
    assert.match(lines[0], /^\| Date \| Party \| Topic \| Strength/);
  });
});

describe('pledge export: CAMEO event rows', () => {
  // Real corpus sentences (seed readouts) and one constructed signing, with the code the mapping gives.
  const rows: { sentence: string; strength: 'firm' | 'willing' | 'aspirational'; topic: Pledge['topic']; code: CameoEventCode }[] = [
    { sentence: 'During their talks, the two leaders also agreed to properly handle maritime issues', strength: 'firm', topic: 'maritime', code: '037' },
    { sentence: 'China will continue to provide support and assistance to Vietnam in its fight against COVID', strength: 'firm', topic: 'health', code: '033' },
    { sentence: 'China is willing to make it more convenient for Vietnam\'s high-quality agricultural products to be exported to China through customs clearance.', strength: 'willing', topic: 'trade', code: '031' },
    { sentence: 'In the new year, China is willing to strengthen strategic communication with Vietnam, deepen exchanges in various fields', strength: 'willing', topic: 'diplomacy', code: '032' },
    { sentence: 'Both sides need to deepen people-to-people cooperation between the youth', strength: 'aspirational', topic: 'culture', code: '030' },
    { sentence: 'The two sides agreed to maintain high-level exchanges and strategic dialogue.', strength: 'firm', topic: 'diplomacy', code: '036' },
    { sentence: 'The two ministers will sign a memorandum of understanding on digital trade next month.', strength: 'firm', topic: 'technology', code: '057' },
    { sentence: 'The two sides hope to sign a memorandum of understanding on digital trade.', strength: 'aspirational', topic: 'technology', code: '031' },
  ];
  for (const r of rows) {
    it(`${r.code} for "${r.sentence.slice(0, 60)}..."`, () => assert.equal(cameoCode(r), r.code));
  }

  it('000: one row per pledge, two (China→Vietnam and Vietnam→China) for each joint pledge, ISO actor codes', () => {
    const table = collectPledges([goldInput('000')]);
    const events = cameoRows(table.pledges, table.readouts);
    const joint = table.pledges.filter((p) => p.party === 'both').length;
    assert.equal(events.length, table.pledges.length + joint);
    for (const e of events) {
      assert.ok(['CHN', 'VNM'].includes(e.sourceCode) && ['CHN', 'VNM'].includes(e.targetCode) && e.sourceCode !== e.targetCode, JSON.stringify(e));
      assert.equal(e.date, '2021-06-04');
      assert.match(e.eventCode, /^0[35]\d$/);
    }
    const maritime = events.filter((e) => e.topic === 'maritime');
    assert.deepEqual(maritime.map((e) => `${e.sourceCode}>${e.targetCode}`).sort(), ['CHN>VNM', 'VNM>CHN']);
    const csv = parseCsv(pledgesToCameoCsv(table.pledges, table.readouts));
    assert.deepEqual(csv[0], [...CAMEO_COLUMNS]);
    assert.equal(csv.length, events.length + 1);
    assert.ok(csv.slice(1).every((r) => /^0\d\d$/.test(r[CAMEO_COLUMNS.indexOf('event_code')])), 'codes keep their leading zero');
  });

  it('a pledge whose counterpart is unknown keeps an empty target', () => {
    const table = collectPledges([constructed('solo', null, [], [commitment('Japan', 'energy', 'firm')])]);
    const [e] = cameoRows(table.pledges, table.readouts);
    assert.deepEqual([e.sourceActor, e.sourceCode, e.targetActor, e.targetCode], ['Japan', 'JPN', '', '']);
  });
});

describe('pledge export: comparison', () => {
  it('000 → 002 as CSV and JSON lists the same pairs as the core comparison', () => {
    const table = collectPledges([goldInput('000'), goldInput('002')]);
    const c = compareReadouts(table, table.readouts[0].id, table.readouts[1].id);
    const csv = parseCsv(exportComparison('csv', c));
    assert.equal(csv.length, c.pairs.length + 1);
    assert.deepEqual(csv.slice(1).map((r) => `${r[0]} ${r[1]} ${r[2]}`), c.pairs.map((p) => `${p.kind} ${p.party} ${p.topic}`));
    const json = JSON.parse(exportComparison('json', c)) as { counts: Record<string, number>; pairs: { kind: string; before?: { pledgeIds: string[] } }[] };
    assert.deepEqual(json.counts, c.counts);
    const health = json.pairs.find((p) => p.kind === 'dropped' && p.before?.pledgeIds.length === 2);
    assert.ok(health, 'the two dropped health pledges carry their ids');
    assert.match(exportComparison('md', c), /dropped \d+/);
  });
});
