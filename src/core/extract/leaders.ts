// PLACEHOLDER: replaced by the real extractor.
import type { LeaderMention } from '../types';
import type { ExtractContext } from './context';

export function findLeaders(_ctx: ExtractContext): LeaderMention[] {
  return [];
}
