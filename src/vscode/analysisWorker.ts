// Worker-thread entry (bundled to dist/analysisWorker.js): runs analyzeReadout off the extension
// host's thread, for the workspace index and for large open documents. Pure core only: the
// vscode API does not exist in a worker.
import { parentPort } from 'node:worker_threads';
import { analyzeReadout } from '../core/analyze';
import type { AnalysisRequest, AnalysisResponse } from './workerProtocol';

parentPort?.on('message', (req: AnalysisRequest) => {
  let res: AnalysisResponse;
  try {
    res = { id: req.id, analysis: analyzeReadout(req.text, req.options) };
  } catch (err) {
    res = { id: req.id, error: err instanceof Error ? err.stack ?? err.message : String(err) };
  }
  parentPort?.postMessage(res);
});
