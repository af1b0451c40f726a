// User labels win over the machine's findings: each row starts from a machine analysis of a
// corpus readout (hand-built, so the rows do not move when the extractors improve) and checks
// what one or more annotations make of it.
import * as assert from 'node:assert';
import { anchorAnnotations, describeSpan } from '../../src/core/annotations/anchor';
import { applyAnnotationsDetailed } from '../../src/core/annotations/apply';
import type { AnchoredAnnotation, ReadoutAnnotation } from '../../src/core/annotations/model';
import type { Commitment, LeaderMention, ReadoutAnalysis } from '../../src/core/types';
import { readout } from './corpusFiles';

const TEXT = readout('109_china_philippines').text;
const PLEDGE_START = TEXT.indexOf('The Chinese president said the two countries should also grasp');
const PLEDGE_END = TEXT.indexOf('bilateral ties.', PLEDGE_START) + 'bilateral ties.'.length;

function span(phrase: string, within = phrase) {
  const start = TEXT.indexOf(phrase, TEXT.indexOf(within));
  assert.ok(start >= 0, phrase);
  return { start, end: start + phrase.length, text: phrase };
}

function leader(phrase: string, canonical: string, within?: string): LeaderMention {
  return { ...span(phrase, within), canonical, source: 'gazetteer', country: canonical === 'Xi Jinping' ? 'China' : 'Philippines' };
}

const MACHINE: ReadoutAnalysis = {
  date: '2022-05-18', dateInfo: { date: '2022-05-18', source: 'metadata' }, parties: ['China', 'Philippines'],
  leaders: [
    leader('Xi Jinping', 'Xi Jinping'),
    leader('Ferdinand Romualdez Marcos', 'Ferdinand Marcos Jr.'),
    leader('Xi', 'Xi Jinping', 'Xi congratulated'),
    leader('Marcos', 'Ferdinand Marcos Jr.', 'Marcos again'),
  ],
  agreements: [],
  commitments: [{
    start: PLEDGE_START, end: PLEDGE_END, text: TEXT.slice(PLEDGE_START, PLEDGE_END), party: 'both', strength: 'aspirational', topic: 'diplomacy',
    speaker: 'Xi Jinping', markers: [span('should', 'should also grasp')], source: 'context',
  } satisfies Commitment],
};
Object.freeze(MACHINE.leaders);

let n = 0;
function ann(kind: ReadoutAnnotation['kind'], at: { start: number; end: number }, extra: Partial<ReadoutAnnotation> = {}, modified = '2026-11-30T10:00:00.000Z'): ReadoutAnnotation {
  return { id: `urn:uuid:test-${++n}`, kind, anchor: describeSpan(TEXT, at.start, at.end), created: modified, modified, ...extra };
}
function placed(...list: ReadoutAnnotation[]): AnchoredAnnotation[] {
  return anchorAnnotations(TEXT, list);
}

describe('applying user annotations to an analysis', () => {
  it('confirming a machine leader keeps its data and marks it as the user\'s', () => {
    const a = ann('leader', span('Xi Jinping'));
    const r = applyAnnotationsDetailed(TEXT, MACHINE, placed(a));
    const l = r.analysis.leaders.find((x) => x.text === 'Xi Jinping')!;
    assert.strictEqual(l.source, 'user');
    assert.strictEqual(l.canonical, 'Xi Jinping');
    assert.strictEqual(l.country, 'China');
    assert.strictEqual(r.effects.get(a.id), 'confirmed');
    assert.strictEqual(r.analysis.leaders.length, 4);
  });

  it('adding a leader the machine missed ("the president" is a title; the user links it anyway)', () => {
    const a = ann('leader', span('The Chinese president'), { canonical: 'Xi Jinping' });
    const r = applyAnnotationsDetailed(TEXT, MACHINE, placed(a));
    assert.strictEqual(r.effects.get(a.id), 'added');
    assert.strictEqual(r.analysis.leaders.length, 5);
    const added = r.analysis.leaders.find((x) => x.text === 'The Chinese president')!;
    assert.deepStrictEqual([added.canonical, added.source], ['Xi Jinping', 'user']);
    const starts = r.analysis.leaders.map((x) => x.start);
    assert.deepStrictEqual(starts, [...starts].sort((x, y) => x - y), 'kept in text order');
  });

  it('a wider user span replaces the overlapping machine mention', () => {
    const a = ann('leader', span('President Xi Jinping'), { canonical: 'Xi Jinping' });
    const r = applyAnnotationsDetailed(TEXT, MACHINE, placed(a));
    assert.strictEqual(r.effects.get(a.id), 'changed');
    assert.deepStrictEqual(r.analysis.leaders.filter((x) => x.canonical === 'Xi Jinping').map((x) => x.text), ['President Xi Jinping', 'Xi']);
  });

  it('rejecting a highlight removes that mention only', () => {
    const a = ann('reject', span('Marcos', 'Marcos again'), { category: 'leader' });
    const r = applyAnnotationsDetailed(TEXT, MACHINE, placed(a));
    assert.strictEqual(r.effects.get(a.id), 'rejected');
    assert.deepStrictEqual(r.analysis.leaders.map((x) => x.text), ['Xi Jinping', 'Ferdinand Romualdez Marcos', 'Xi']);
  });

  it('nothing here: rejecting where there is no finding changes nothing', () => {
    const a = ann('reject', span('regional development'), { category: 'leader' });
    const r = applyAnnotationsDetailed(TEXT, MACHINE, placed(a));
    assert.strictEqual(r.effects.get(a.id), 'unmatched');
    assert.deepStrictEqual(r.analysis.leaders, MACHINE.leaders);
  });

  it('linking a mention to a canonical entity re-resolves it', () => {
    const a = ann('link', span('Ferdinand Romualdez Marcos'), { category: 'leader', canonical: 'Bongbong Marcos' });
    const r = applyAnnotationsDetailed(TEXT, MACHINE, placed(a));
    assert.strictEqual(r.effects.get(a.id), 'changed');
    assert.strictEqual(r.analysis.leaders[1].canonical, 'Bongbong Marcos');
  });

  it('setting a commitment\'s party, strength and topic keeps the machine\'s speaker and markers', () => {
    const a = ann('commitment', { start: PLEDGE_START, end: PLEDGE_END }, { party: 'China', strength: 'willing', topic: 'diplomacy' });
    const r = applyAnnotationsDetailed(TEXT, MACHINE, placed(a));
    const c = r.analysis.commitments[0];
    assert.deepStrictEqual([c.party, c.strength, c.topic, c.speaker, c.source, c.markers.length], ['China', 'willing', 'diplomacy', 'Xi Jinping', 'user', 1]);
    assert.strictEqual(r.effects.get(a.id), 'changed');
  });

  it('marking a new commitment sentence: defaults from the sentence, attributes from the user', () => {
    const s = span('Xi urged both countries to carry forward the friendship of the two sides and stay true to their original aspiration.');
    const a = ann('commitment', s, { strength: 'aspirational', topic: 'diplomacy' });
    const r = applyAnnotationsDetailed(TEXT, MACHINE, placed(a));
    assert.strictEqual(r.effects.get(a.id), 'added');
    const c = r.analysis.commitments.find((x) => x.start === s.start)!;
    assert.deepStrictEqual([c.party, c.strength, c.topic], ['both', 'aspirational', 'diplomacy']);
  });

  it('rejecting a commitment removes it; marking an agreement adds one', () => {
    const rej = ann('reject', { start: PLEDGE_START + 4, end: PLEDGE_START + 20 }, { category: 'commitment' });
    const agr = ann('agreement', span('comprehensive strategic cooperative relationship'), { canonical: 'China-Philippines Comprehensive Strategic Cooperative Relationship', agreementKind: 'partnership' });
    const r = applyAnnotationsDetailed(TEXT, MACHINE, placed(rej, agr));
    assert.strictEqual(r.analysis.commitments.length, 0);
    assert.strictEqual(r.analysis.agreements[0].kind, 'partnership');
    assert.strictEqual(r.analysis.agreements[0].source, 'user');
  });

  it('the later annotation wins on the same words', () => {
    const s = span('Marcos', 'Marcos again');
    const older = ann('reject', s, { category: 'leader' }, '2026-11-30T09:00:00.000Z');
    const newer = ann('leader', s, { canonical: 'Ferdinand Marcos Jr.' }, '2026-11-30T11:00:00.000Z');
    for (const order of [[older, newer], [newer, older]]) {
      const r = applyAnnotationsDetailed(TEXT, MACHINE, placed(...order));
      assert.ok(r.analysis.leaders.some((x) => x.start === s.start && x.source === 'user'));
    }
  });

  it('notes and orphans change nothing; the input analysis is not mutated', () => {
    const note = ann('note', span('Xi Jinping'), { note: 'check the office' });
    const orphan = ann('reject', span('Xi Jinping'), { category: 'leader' });
    const anchored = placed(note, orphan);
    anchored[1] = { ...anchored[1], status: 'orphan' };
    const before = JSON.stringify(MACHINE);
    const r = applyAnnotationsDetailed(TEXT, MACHINE, anchored);
    assert.deepStrictEqual(r.analysis.leaders, MACHINE.leaders);
    assert.strictEqual(r.effects.get(note.id), 'note');
    assert.strictEqual(r.effects.get(orphan.id), 'orphan');
    assert.strictEqual(JSON.stringify(MACHINE), before);
  });
});
