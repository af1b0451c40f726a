// Date of the talks. PLACEHOLDER: only the caller's option.
import type { AnalyzeOptions, ReadoutDate } from '../types';

export function findReadoutDate(_text: string, options: AnalyzeOptions): ReadoutDate {
  if (options.date) return { date: options.date, source: 'option' };
  return { date: null, source: 'none' };
}
