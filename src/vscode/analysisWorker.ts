// Worker-thread entry (bundled to dist/analysisWorker.js): runs analyzeReadout off the extension
// host's thread, for the workspace index and for large open documents. Pure core only: the
// vscode API does not exist in a worker.
import { parentPort } from 'node:worker_threads';
import { analyzeReadout } from '../core/analyze';
import { loadNlp } from '../core/nlp';
import type { AnalysisRequest, AnalysisResponse } from './workerProtocol';

// compromise loads once per worker, before the first answer, so every result of the index pass
// is made the same way; if it cannot load, the rules work alone.
const nlpReady = loadNlp().catch(() => undefined);

parentPort?.on('message', (req: AnalysisRequest) => {
  void nlpReady.then((nlp) => {
    let res: AnalysisResponse;
    try {
      res = { id: req.id, analysis: analyzeReadout(req.text, { ...req.options, nlp }) };
    } catch (err) {
      res = { id: req.id, error: err instanceof Error ? err.stack ?? err.message : String(err) };
    }
    parentPort?.postMessage(res);
  });
});
