// The gazetteer: dated offices (who held which title when), known agreements, and the user's own
// entries merged on top. PLACEHOLDER until the gazetteer data lands.

import type { AgreementEntry, Gazetteer, OfficeTerm } from '../types';

export interface GazetteerIndex {
  offices: OfficeTerm[];
  agreements: AgreementEntry[];
  notLeaders: Set<string>;
}

export function buildGazetteer(user?: Partial<Gazetteer>): GazetteerIndex {
  return {
    offices: [...(user?.offices ?? [])],
    agreements: [...(user?.agreements ?? [])],
    notLeaders: new Set(user?.notLeaders ?? []),
  };
}
