// PLACEHOLDER: replaced by the real extractor.
import type { Commitment } from '../types';
import type { CommitmentContext } from './context';

export function findCommitments(_ctx: CommitmentContext): Commitment[] {
  return [];
}
