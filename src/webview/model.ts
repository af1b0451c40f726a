// What the pledges panel shows, computed from the table and the panel's state: no DOM here, so
// the benchmark measures exactly what the page runs. The page keeps the table as readouts plus
// pledges per readout, so a delta from the extension replaces one readout's rows at a time.

import {
  byReadoutOrder, compareDates, compareParties, comparePledges, facets, filterPledges, pledgeMatrix, pledgeTimeline, reciprocity, sortPledges,
  type Pledge, type PledgeComparison, type PledgeFilter, type PledgeMatrix, type PledgeSortKey, type PledgeTable,
  type PledgeTimeline, type ReadoutSummary, type ReciprocityRow,
} from '../core/pledges';
import type { CompareSelection, ExtensionMessage, PanelTab } from './protocol';

export interface PanelState {
  tab: PanelTab;
  filter: PledgeFilter;
  sort: { key: PledgeSortKey; descending: boolean };
  compare?: CompareSelection;
}

export const INITIAL_STATE: PanelState = { tab: 'matrix', filter: {}, sort: { key: 'date', descending: false } };

export interface PanelModel {
  /** Filtered and sorted pledges (the list tab renders a window of them). */
  rows: Pledge[];
  total: number;
  facets: ReturnType<typeof facets>;
  matrix?: PledgeMatrix;
  reciprocity?: ReciprocityRow[];
  timeline?: PledgeTimeline;
  comparison?: PledgeComparison;
}

/** The page's copy of the extension's table, updated by snapshot and delta messages. */
export class PanelTable {
  private readonly readouts = new Map<string, ReadoutSummary>();
  private readonly pledgesByReadout = new Map<string, Pledge[]>();
  private flat?: PledgeTable;
  private byId?: Map<string, Pledge>;
  revision = -1;

  apply(msg: Extract<ExtensionMessage, { type: 'snapshot' | 'delta' }>): void {
    if (msg.type === 'snapshot') { this.readouts.clear(); this.pledgesByReadout.clear(); }
    else for (const id of msg.removed) { this.readouts.delete(id); this.pledgesByReadout.delete(id); }
    for (const r of msg.readouts) { this.readouts.set(r.id, r); this.pledgesByReadout.set(r.id, []); }
    for (const p of msg.pledges) this.pledgesByReadout.get(p.readoutId)?.push(p);
    this.revision = msg.revision;
    this.flat = undefined;
    this.byId = undefined;
  }

  table(): PledgeTable {
    if (!this.flat) {
      const readouts = [...this.readouts.values()].sort(byReadoutOrder);
      this.flat = { readouts, pledges: readouts.flatMap((r) => this.pledgesByReadout.get(r.id) ?? []) };
    }
    return this.flat;
  }

  pledge(id: string): Pledge | undefined {
    this.byId ??= new Map(this.table().pledges.map((p) => [p.id, p]));
    return this.byId.get(id);
  }
}

/**
 * The two readouts a user most likely wants to compare: the latest readout and the one before it
 * with the same pair of parties (else simply the one before it).
 */
export function defaultCompare(table: PledgeTable): CompareSelection | undefined {
  const dated = table.readouts.filter((r) => r.pledgeCount > 0).sort(byReadoutOrder);
  if (dated.length < 2) return undefined;
  const last = dated[dated.length - 1];
  const samePair = (r: ReadoutSummary) => r.parties.slice(0, 2).sort().join() === last.parties.slice(0, 2).sort().join();
  const before = [...dated.slice(0, -1)].reverse().find(samePair) ?? dated[dated.length - 2];
  return { mode: 'readouts', a: before.id, b: last.id };
}

export function compareSelection(table: PledgeTable, rows: readonly Pledge[], sel: CompareSelection): PledgeComparison {
  if (sel.mode === 'dates') return compareDates(rows, sel.a, sel.b);
  if (sel.mode === 'parties') return compareParties(rows, sel.a, sel.b);
  const label = (id: string) => table.readouts.find((r) => r.id === id)?.label ?? id;
  return comparePledges(rows.filter((p) => p.readoutId === sel.a), rows.filter((p) => p.readoutId === sel.b), [label(sel.a), label(sel.b)]);
}

const facetCache = new WeakMap<PledgeTable, ReturnType<typeof facets>>();

/**
 * Everything the current tab needs. The filter applies to every tab; the compare tab ignores
 * the readout, date and party criteria that would empty one of its sides.
 */
export function buildPanelModel(table: PledgeTable, state: PanelState): PanelModel {
  const filtered = filterPledges(table.pledges, table.readouts, state.filter);
  let tableFacets = facetCache.get(table);
  if (!tableFacets) { tableFacets = facets(table); facetCache.set(table, tableFacets); }
  const model: PanelModel = { rows: filtered, total: table.pledges.length, facets: tableFacets };
  switch (state.tab) {
    case 'list':
      model.rows = sortPledges(filtered, state.sort.key, state.sort.descending, table.readouts);
      break;
    case 'matrix':
      model.matrix = pledgeMatrix(filtered);
      model.reciprocity = reciprocity(filtered);
      break;
    case 'timeline':
      model.timeline = pledgeTimeline(filtered);
      break;
    case 'compare': {
      const sel = state.compare ?? defaultCompare(table);
      if (sel) {
        const { readoutIds: _r, from: _f, to: _t, parties: _p, ...rest } = state.filter;
        model.comparison = compareSelection(table, filterPledges(table.pledges, table.readouts, rest), sel);
      }
      break;
    }
  }
  return model;
}
