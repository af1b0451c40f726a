// Messages between the extension host and the analysis workers.
import type { AnalyzeOptions, ReadoutAnalysis } from '../core/types';

export interface AnalysisRequest { id: number; text: string; options: AnalyzeOptions }
export type AnalysisResponse = { id: number; analysis: ReadoutAnalysis; error?: undefined } | { id: number; error: string; analysis?: undefined };
