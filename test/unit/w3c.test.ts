// The sidecar format: W3C Web Annotation JSON-LD written with a stable shape (small git diffs),
// read back losslessly (unknown properties kept, code-point positions converted), read
// tolerantly from other tools' exports, and refused with a line and column when broken.
// Keys such as __proto__ stay plain data.
import * as assert from 'node:assert';
import { describeSpan } from '../../src/core/annotations/anchor';
import { parseJson } from '../../src/core/annotations/json';
import type { AnnotationSet, ReadoutAnnotation } from '../../src/core/annotations/model';
import { ANNO_CONTEXT, parseAnnotations, serializeAnnotation, serializeSidecar } from '../../src/core/annotations/w3c';
import { readout } from './corpusFiles';

const { text: VN } = readout('synthetic_02_vietnam_china_crlf');
const SOURCE = 'readouts/synthetic_02_vietnam_china_crlf.txt';

function at(phrase: string, within = phrase) {
  const s = VN.indexOf(phrase, VN.indexOf(within));
  return describeSpan(VN, s, s + phrase.length);
}

const T1 = '2026-11-30T09:00:00.000Z';
const T2 = '2026-11-30T10:00:00.000Z';
const EVERY_KIND: ReadoutAnnotation[] = [
  { id: 'urn:uuid:00000000-0000-4000-8000-000000000002', kind: 'commitment', anchor: at('China is ready to import more Vietnamese agricultural and aquatic products'),
    party: 'China', strength: 'willing', topic: 'trade', note: 'Repeated from the 2022 call.', created: T2, modified: T2 },
  { id: 'urn:uuid:00000000-0000-4000-8000-000000000001', kind: 'leader', anchor: at('Li Qiang', '\u{1F4CC} Li Qiang'), canonical: 'Li Qiang',
    office: 'Premier of the State Council', country: 'China', created: T1, modified: T2, creator: 'analyst' },
  { id: 'urn:uuid:00000000-0000-4000-8000-000000000003', kind: 'reject', category: 'leader', anchor: at('Lao Cai'), created: T2, modified: T2 },
  { id: 'urn:uuid:00000000-0000-4000-8000-000000000004', kind: 'link', category: 'leader', canonical: 'Pham Minh Chinh', anchor: at('Chính', 'Chính proposed'), created: T2, modified: T2 },
  { id: 'urn:uuid:00000000-0000-4000-8000-000000000005', kind: 'agreement', anchor: at('standard-gauge railways'), canonical: 'Lao Cai-Hanoi-Hai Phong railway',
    acronym: 'LHH', agreementKind: 'plan', created: T2, modified: T2 },
  { id: 'urn:uuid:00000000-0000-4000-8000-000000000006', kind: 'note', anchor: at('East Sea'), note: 'Vietnamese name of the South China Sea; "quotes", commas, and\nnew lines.', created: T2, modified: T2 },
];
const SET: AnnotationSet = { source: SOURCE, annotations: EVERY_KIND };

describe('W3C sidecars: writing', () => {
  const out = serializeSidecar(SET, VN);

  it('is an AnnotationPage with the W3C JSON-LD context first, 2-space indented, final newline', () => {
    assert.ok(out.startsWith(`{\n  "@context": "${ANNO_CONTEXT}",\n  "type": "AnnotationPage",\n  "items": [\n    {\n      "id": `));
    assert.ok(out.endsWith('}\n') && !out.endsWith('\n\n'));
  });

  it('lists items by creation time, keys in a fixed order', () => {
    const page = JSON.parse(out);
    assert.deepStrictEqual(page.items.map((i: { id: string }) => i.id.slice(-1)), ['1', '2', '3', '4', '5', '6']);
    assert.deepStrictEqual(Object.keys(page.items[0]), ['id', 'type', 'motivation', 'created', 'modified', 'creator', 'body', 'target']);
    assert.deepStrictEqual(Object.keys(page.items[0].target.selector[0]), ['type', 'exact', 'prefix', 'suffix']);
  });

  it('records labels as TextualBodies with W3C purposes and motivations', () => {
    const page = JSON.parse(out);
    const commitment = page.items[1];
    assert.strictEqual(commitment.motivation, 'classifying');
    assert.deepStrictEqual(commitment.body.map((b: { purpose: string; value: string }) => `${b.purpose}=${b.value}`), [
      'classifying=commitment', 'tagging=party:China', 'tagging=strength:willing', 'tagging=topic:trade', 'commenting=Repeated from the 2022 call.',
    ]);
    assert.strictEqual(page.items[2].motivation, 'assessing');
    assert.strictEqual(page.items[2].body[0].value, 'not-leader');
    assert.strictEqual(page.items[3].motivation, 'identifying');
  });

  it('counts TextPositionSelector in code points (the emoji before "Li Qiang" is one, not two)', () => {
    const page = JSON.parse(out);
    const leader = page.items[0];
    const utf16 = EVERY_KIND[1].anchor.start;
    const pos = leader.target.selector[1];
    assert.strictEqual(pos.type, 'TextPositionSelector');
    assert.strictEqual(pos.start, Array.from(VN.slice(0, utf16)).length);
    assert.ok(pos.start < utf16);
    assert.strictEqual(leader.target.source, SOURCE);
  });

  it('is stable: parse then write gives the same bytes', () => {
    const back = parseAnnotations(out, { text: VN });
    assert.ok(back.ok, JSON.stringify(!back.ok && back.errors));
    assert.strictEqual(serializeSidecar(back.set, VN), out);
  });

  it('a standalone export carries its own @context', () => {
    const one = JSON.parse(serializeAnnotation(EVERY_KIND[0], SOURCE, VN));
    assert.strictEqual(one['@context'], ANNO_CONTEXT);
    assert.strictEqual(one.type, 'Annotation');
  });
});

describe('W3C sidecars: reading', () => {
  it('round-trips every kind with UTF-16 offsets restored', () => {
    const r = parseAnnotations(serializeSidecar(SET, VN), { text: VN });
    assert.ok(r.ok);
    assert.strictEqual(r.set.source, SOURCE);
    const byId = new Map(r.set.annotations.map((a) => [a.id, a]));
    for (const a of EVERY_KIND) assert.deepStrictEqual({ ...byId.get(a.id) }, a, a.kind);
    const leader = byId.get(EVERY_KIND[1].id)!;
    assert.strictEqual(VN.slice(leader.anchor.start, leader.anchor.end), 'Li Qiang');
  });

  it('keeps properties it does not know, and other tools\' bodies', () => {
    const page = JSON.parse(serializeSidecar(SET, VN));
    page.items[0]['schema:reviewedBy'] = { name: 'desk' };
    page.items[0].body.push({ type: 'SpecificResource', source: 'https://www.wikidata.org/wiki/Q5608911' });
    const r = parseAnnotations(JSON.stringify(page), { text: VN });
    assert.ok(r.ok);
    const again = JSON.parse(serializeSidecar(r.set, VN));
    assert.deepStrictEqual(again.items[0]['schema:reviewedBy'], { name: 'desk' });
    assert.deepStrictEqual(again.items[0].body.at(-1), { type: 'SpecificResource', source: 'https://www.wikidata.org/wiki/Q5608911' });
  });

  it('reads other tools\' shapes: one Annotation, an array, a Collection, a lone selector, a string body', () => {
    const one = {
      '@context': ANNO_CONTEXT, id: 'https://example.org/anno/1', type: 'Annotation',
      body: 'Check this name',
      target: { source: SOURCE, selector: { type: 'TextQuoteSelector', exact: 'Li Qiang' } },
    };
    for (const doc of [one, [one], { '@context': ANNO_CONTEXT, type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [one] } }]) {
      const r = parseAnnotations(JSON.stringify(doc), { now: T1 });
      assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
      assert.strictEqual(r.set.annotations.length, 1);
      const a = r.set.annotations[0];
      assert.strictEqual(a.kind, 'note');
      assert.strictEqual(a.note, 'Check this name');
      assert.strictEqual(a.anchor.exact, 'Li Qiang');
      assert.strictEqual(a.anchor.start, -1, 'no position given: anchored from the quote alone');
      assert.strictEqual(a.created, T1);
    }
  });

  it('an empty sidecar page is valid', () => {
    const r = parseAnnotations(`{"@context": "${ANNO_CONTEXT}", "type": "AnnotationPage", "items": []}`);
    assert.ok(r.ok && r.set.annotations.length === 0);
  });
});

describe('W3C sidecars: broken files are refused with a line and column', () => {
  const good = serializeSidecar({ source: SOURCE, annotations: [EVERY_KIND[0]] }, VN);
  const rows: Array<[string, string, RegExp, number, number]> = [
    ['a missing comma', good.replace('"type": "Annotation",', '"type": "Annotation"'), /expected "," or "}"/, 7, 6],
    ['a trailing comma', good.replace(/"strength:willing"\n(\s+)}/, '"strength:willing",\n$1}'), /trailing comma/, 25, 8],
    ['a truncated file', good.slice(0, 300), /unterminated string|unexpected end of file|expected/, -1, -1],
    ['a duplicate key', good.replace('"type": "Annotation",', '"type": "Annotation", "id": "x",'), /duplicate key "id"/, 6, 28],
    ['an unknown strength', good.replace('strength:willing', 'strength:strong'), /strength "strong"/, 10, 6],
    ['an item without a target', good.replace('"target"', '"targets"'), /"target" must be an object/, 4, 4],
    ['not JSON at all', 'PM Phạm Minh Chính holds talks', /unexpected "P"/, 0, 0],
  ];
  for (const [name, source, message, line, column] of rows) {
    it(name, () => {
      const r = parseAnnotations(source, { text: VN });
      assert.ok(!r.ok, 'should not parse');
      assert.match(r.errors[0].message, message);
      if (line >= 0) assert.deepStrictEqual([r.errors[0].line, r.errors[0].column], [line, column], r.errors[0].message);
    });
  }

  it('deep nesting is an error, not a stack overflow', () => {
    const r = parseJson('['.repeat(100_000));
    assert.ok(!r.ok);
    assert.match(r.error.message, /nested too deeply/);
  });
});

describe('W3C sidecars: __proto__ and constructor keys are inert', () => {
  it('a __proto__ key anywhere neither pollutes nor changes prototypes, and is kept as data', () => {
    const page = JSON.parse(serializeSidecar({ source: SOURCE, annotations: [EVERY_KIND[1]] }, VN));
    const text = JSON.stringify(page).replace('"id":', '"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "id":')
      .replace('"items":', '"__proto__": {"isAdmin": true}, "items":');
    const r = parseAnnotations(text, { text: VN });
    assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
    const a = r.set.annotations[0];
    assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
    assert.strictEqual(Object.getPrototypeOf(a.extras), null);
    assert.deepStrictEqual(Object.keys(a.extras!).sort(), ['__proto__', 'constructor']);
    assert.strictEqual(a.kind, 'leader');
    const again = serializeSidecar(r.set, VN);
    assert.match(again, /"__proto__": \{\n\s+"polluted": true/);
    assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
  });

  it('parsed objects have no prototype at all', () => {
    const r = parseJson('{"a": {"__proto__": {"x": 1}}}');
    assert.ok(r.ok);
    const v = r.json.value as Record<string, Record<string, unknown>>;
    assert.strictEqual(Object.getPrototypeOf(v), null);
    assert.strictEqual(Object.getPrototypeOf(v.a), null);
    assert.deepStrictEqual(Object.keys(v.a), ['__proto__']);
  });
});
