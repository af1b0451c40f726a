// The analysis core, loaded on first use instead of with the extension bundle: its gazetteer
// tables take a few hundred milliseconds to build, and activation must stay under 150 ms and
// never delay the first paint. esbuild turns these require() calls into lazily run modules.
// compromise (src/core/nlp.ts) loads later still, in the background after the first analysis;
// until it is there the rules work alone, and once it is, the listeners re-read what is shown.
import type { AnalyzeOptions, ReadoutAnalysis } from '../core/types';
import type { Nlp } from '../core/nlp';

type Core = typeof import('../core/analyze');
let core: Core | undefined;
let nlp: Nlp | undefined;
let nlpStarted = false;
const nlpWaiters: { ready: (ms: number) => void; failed: (err: unknown) => void }[] = [];

export function analyzeReadout(text: string, options?: AnalyzeOptions): ReadoutAnalysis {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  core ??= require('../core/analyze') as Core;
  startNlp();
  return core.analyzeReadout(text, nlp ? { ...options, nlp } : options);
}

/** Calls `ready` once compromise is loaded (with its load time), or `failed` if it cannot load. */
export function whenNlpLoaded(ready: (ms: number) => void, failed: (err: unknown) => void): void {
  nlpWaiters.push({ ready, failed });
}

function startNlp(): void {
  if (nlpStarted) return;
  nlpStarted = true;
  // Off the stack of the analysis that asked: the first highlights are painted first.
  setTimeout(() => {
    const t0 = Date.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('../core/nlp') as typeof import('../core/nlp')).loadNlp().then((loaded) => {
      nlp = loaded;
      for (const w of nlpWaiters.splice(0)) w.ready(Date.now() - t0);
    }, (err) => {
      for (const w of nlpWaiters.splice(0)) w.failed(err);
    });
  }, 0);
}
