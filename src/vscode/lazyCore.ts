// The analysis core, loaded on first use instead of with the extension bundle: its gazetteer
// tables take a few hundred milliseconds to build, and activation must stay under 150 ms and
// never delay the first paint. esbuild turns this require() into a lazily run module.
import type { AnalyzeOptions, ReadoutAnalysis } from '../core/types';

type Core = typeof import('../core/analyze');
let core: Core | undefined;

export function analyzeReadout(text: string, options?: AnalyzeOptions): ReadoutAnalysis {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  core ??= require('../core/analyze') as Core;
  return core.analyzeReadout(text, options);
}
