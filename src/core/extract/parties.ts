// PLACEHOLDER: replaced by the real party finder.
import type { PartyContext } from './context';

export function findParties(_ctx: PartyContext): string[] {
  return [];
}
