// PLACEHOLDER: replaced by the real extractor.
import type { AgreementMention } from '../types';
import type { ExtractContext } from './context';

export function findAgreements(_ctx: ExtractContext): AgreementMention[] {
  return [];
}
