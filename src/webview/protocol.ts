// The messages between the extension and the pledges panel, both ways, in one place. The page
// sends ids and filter values only (never paths, URIs or code); the extension checks every
// message with isPageMessage() and then checks each id against its own table.
// Imported by the extension (src/features/) and bundled into the page (src/webview/main.ts).

import type { Pledge, PledgeFilter, PledgeSortKey, ReadoutSummary } from '../core/pledges';
import type { PledgeFormat } from '../core/pledgeExport';
import { PLEDGE_FORMATS } from '../core/pledgeExport';
import { PLEDGE_SORT_KEYS } from '../core/pledges';
import { STRENGTHS, TOPICS } from '../core/types';

export type PanelTab = 'matrix' | 'list' | 'compare' | 'timeline';
export const PANEL_TABS: readonly PanelTab[] = ['matrix', 'list', 'compare', 'timeline'];

export type CompareMode = 'readouts' | 'dates' | 'parties';
export const COMPARE_MODES: readonly CompareMode[] = ['readouts', 'dates', 'parties'];

/** Which comparison the compare tab shows: two readout ids, two periods or two party names. */
export interface CompareSelection {
  mode: CompareMode;
  a: string;
  b: string;
}

/** Extension → page. */
export type ExtensionMessage =
  /** The whole table: on first load and after a reload of the index. */
  | { type: 'snapshot'; revision: number; readouts: ReadoutSummary[]; pledges: Pledge[] }
  /** Readouts added or changed (their pledges replace the old ones) and readouts removed. */
  | { type: 'delta'; revision: number; readouts: ReadoutSummary[]; pledges: Pledge[]; removed: string[] }
  | { type: 'setFilter'; filter: PledgeFilter }
  | { type: 'showCompare'; compare: CompareSelection }
  | { type: 'showTab'; tab: PanelTab };

/** Page → extension. */
export type PageMessage =
  | { type: 'ready' }
  /** Open the readout of this pledge and select its sentence. */
  | { type: 'open'; pledgeId: string }
  /** Export the pledges that pass this filter (the panel's current one). */
  | { type: 'export'; format: PledgeFormat; filter: PledgeFilter }
  /** The page rendered a revision: for the UI checks and the output channel's timing line. */
  | { type: 'rendered'; revision: number; tab: PanelTab; rows: number; ms: number }
  /** The page's filter changed: the readouts tree follows it. */
  | { type: 'filterChanged'; filter: PledgeFilter };

export const SORT_KEYS: readonly PledgeSortKey[] = PLEDGE_SORT_KEYS;

const MAX_ID = 4096;
const MAX_TEXT = 500;
const MAX_LIST = 1000;

function isShortString(x: unknown, max = MAX_TEXT): x is string {
  return typeof x === 'string' && x.length <= max;
}

function isStringList(x: unknown, allowed?: readonly string[]): x is string[] {
  return Array.isArray(x) && x.length <= MAX_LIST && x.every((v) => isShortString(v) && (!allowed || allowed.includes(v)));
}

const FILTER_KEYS = new Set(['parties', 'topics', 'strengths', 'from', 'to', 'leader', 'text', 'readoutIds']);
const PERIOD = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A filter made only of the known fields with values of the right shape. */
export function isPledgeFilter(x: unknown): x is PledgeFilter {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const f = x as Record<string, unknown>;
  if (!Object.keys(f).every((k) => FILTER_KEYS.has(k))) return false;
  if (f.parties !== undefined && !isStringList(f.parties)) return false;
  if (f.topics !== undefined && !isStringList(f.topics, TOPICS)) return false;
  if (f.strengths !== undefined && !isStringList(f.strengths, STRENGTHS)) return false;
  if (f.readoutIds !== undefined && !(Array.isArray(f.readoutIds) && f.readoutIds.length <= MAX_LIST && f.readoutIds.every((v) => isShortString(v, MAX_ID)))) return false;
  for (const k of ['from', 'to'] as const) if (f[k] !== undefined && !(typeof f[k] === 'string' && (f[k] === '' || PERIOD.test(f[k] as string)))) return false;
  if (f.leader !== undefined && !isShortString(f.leader)) return false;
  if (f.text !== undefined && !isShortString(f.text)) return false;
  return true;
}

/** True only for a well-formed page message; anything else is ignored by the extension. */
export function isPageMessage(x: unknown): x is PageMessage {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  switch (m.type) {
    case 'ready': return true;
    case 'open': return isShortString(m.pledgeId, MAX_ID);
    case 'export': return typeof m.format === 'string' && (PLEDGE_FORMATS as readonly string[]).includes(m.format) && isPledgeFilter(m.filter);
    case 'rendered': return typeof m.revision === 'number' && typeof m.tab === 'string' && (PANEL_TABS as readonly string[]).includes(m.tab)
      && typeof m.rows === 'number' && typeof m.ms === 'number';
    case 'filterChanged': return isPledgeFilter(m.filter);
    default: return false;
  }
}
