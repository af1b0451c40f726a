// The eval scorer itself, and the accuracy bar of the issue "The analysis core" on the corpus.
import * as assert from 'node:assert/strict';
import { analyzeReadout } from '../../src/core/analyze';
import { belowThresholds, placeGoldMentions, scoreFile, type GoldFile } from '../../src/core/eval';
import { evaluateCorpus } from '../../src/cli/evalCommand';
import { CORPUS_DIR, corpusNames, readGold, readReadoutText } from './corpusFiles';

describe('eval scorer', () => {
  it('places gold mentions exactly as the corpus counts them (longest first, unglued)', () => {
    for (const name of corpusNames()) {
      const text = readReadoutText(name);
      const gold = readGold<GoldFile>(name);
      for (const cat of ['leaders', 'agreements'] as const) {
        const placed = placeGoldMentions(text, gold[cat]);
        for (const e of gold[cat]) {
          assert.equal(placed.filter((p) => p.surface === e.surface).length, e.occurrences, `${name} ${cat} ${e.surface}`);
        }
      }
    }
  });

  it('scores a perfect answer as perfect and an empty answer as zero recall', () => {
    const name = corpusNames().find((n) => n.startsWith('001'))!;
    const text = readReadoutText(name);
    const gold = readGold<GoldFile>(name);
    const empty = scoreFile(text, gold, { ...analyzeReadout(''), leaders: [], agreements: [], commitments: [] });
    assert.equal(empty.leaders.tp, 0);
    assert.equal(empty.leaders.fn, 9 + 4 + 2);
    const perfectLeaders = placeGoldMentions(text, gold.leaders).map((p) => ({ ...p, text: p.surface, source: 'gazetteer' as const }));
    const perfect = scoreFile(text, gold, { ...analyzeReadout(''), leaders: perfectLeaders, agreements: [], commitments: [] });
    assert.deepEqual(perfect.leaders, { tp: 15, fp: 0, fn: 0 });
    assert.equal(perfect.leaderCanonical.right, 15);
  });
});

describe('accuracy on the corpus', function () {
  this.timeout(60000);
  it(`meets every threshold on ${CORPUS_DIR}`, () => {
    const result = evaluateCorpus(CORPUS_DIR);
    assert.deepEqual(result.problems, []);
    assert.ok(result.summary.files >= 13);
    assert.deepEqual(belowThresholds(result.summary), []);
  });
});
