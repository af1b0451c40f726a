// A small pool of analysis workers (one per spare core, at least two), so indexing a workspace
// and analysing a large document never block the extension host's thread. When workers cannot
// start (no worker bundle, a host without worker_threads) analysis runs inline, yielding between
// files, and the output channel says so once.
import * as fs from 'node:fs';
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions, ReadoutAnalysis } from '../core/types';
import { analyzeReadout } from './lazyCore';
import type { AnalysisRequest, AnalysisResponse } from './workerProtocol';

interface Pending { resolve: (a: ReadoutAnalysis) => void; reject: (e: Error) => void; worker: Worker }

export class WorkerPool {
  private workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly load = new Map<Worker, number>();
  private nextId = 1;
  private broken = false;
  private disposed = false;

  constructor(private readonly script: string, private readonly log: (line: string) => void, private readonly size = Math.max(2, Math.min(4, os.cpus().length - 1))) {}

  /** Number of analyses that can usefully run at once. */
  get parallelism(): number {
    return this.broken ? 1 : this.size;
  }

  analyze(text: string, options: AnalyzeOptions): Promise<ReadoutAnalysis> {
    const worker = this.pick();
    if (!worker) {
      return new Promise((resolve, reject) => setImmediate(() => {
        try { resolve(analyzeReadout(text, options)); } catch (e) { reject(e instanceof Error ? e : new Error(String(e))); }
      }));
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker });
      this.load.set(worker, (this.load.get(worker) ?? 0) + 1);
      const req: AnalysisRequest = { id, text, options };
      worker.postMessage(req);
    });
  }

  private pick(): Worker | undefined {
    if (this.broken || this.disposed) return undefined;
    if (this.workers.length < this.size) {
      try {
        if (!fs.existsSync(this.script)) throw new Error(`${this.script} is missing`);
        const w = new Worker(this.script);
        w.unref();
        w.on('message', (res: AnalysisResponse) => this.settle(w, res));
        w.on('error', (err) => this.fail(w, err));
        w.on('exit', (code) => { if (code !== 0) this.fail(w, new Error(`analysis worker exited with ${code}`)); });
        this.workers.push(w);
        this.load.set(w, 0);
      } catch (err) {
        this.broken = this.workers.length === 0;
        this.log(`[workers] cannot start an analysis worker (${err instanceof Error ? err.message : String(err)}); analysing on the extension host thread`);
        if (this.broken) return undefined;
      }
    }
    return this.workers.reduce((a, b) => ((this.load.get(a) ?? 0) <= (this.load.get(b) ?? 0) ? a : b));
  }

  private settle(worker: Worker, res: AnalysisResponse): void {
    const p = this.pending.get(res.id);
    if (!p) return;
    this.pending.delete(res.id);
    this.load.set(worker, Math.max(0, (this.load.get(worker) ?? 1) - 1));
    if (res.error !== undefined) p.reject(new Error(res.error));
    else p.resolve(res.analysis);
  }

  private fail(worker: Worker, err: Error): void {
    if (this.disposed) return;
    this.log(`[workers] ${err.message}`);
    this.workers = this.workers.filter((w) => w !== worker);
    this.load.delete(worker);
    for (const [id, p] of this.pending) if (p.worker === worker) { this.pending.delete(id); p.reject(err); }
  }

  dispose(): void {
    this.disposed = true;
    for (const w of this.workers) void w.terminate();
    this.workers = [];
    for (const p of this.pending.values()) p.reject(new Error('analysis workers stopped'));
    this.pending.clear();
  }
}
