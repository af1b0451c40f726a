// The filter bar: party, topic, strength, date range, leader, free text, and the list's sort.
// Built once; its option lists are refreshed when the table's facets change, without stealing
// the focus from the control being used.

import type { PledgeFilter, PledgeSortKey } from '../core/pledges';
import { PLEDGE_SORT_KEYS } from '../core/pledges';
import type { Strength, Topic } from '../core/types';
import { h, replaceChildren } from './dom';
import type { PanelModel, PanelState } from './model';

const ANY = '';
const SEVERAL = '\u0000several';

export interface FilterBar {
  element: HTMLElement;
  /** Sort key and order, shown above the list. */
  sortElement: HTMLElement;
  /** Refreshes option lists and shows the state's values. */
  update(model: PanelModel, state: PanelState): void;
}

function setOptions(el: HTMLSelectElement, anyLabel: string, values: readonly string[], chosen: readonly string[] | string | undefined): void {
  const list = typeof chosen === 'string' ? (chosen ? [chosen] : []) : chosen ?? [];
  const value = list.length === 0 ? ANY : list.length === 1 ? list[0] : SEVERAL;
  const wanted: [string, string][] = [[ANY, anyLabel], ...values.map((v): [string, string] => [v, v])];
  if (value === SEVERAL) wanted.push([SEVERAL, list.join(', ')]);
  else if (value !== ANY && !values.includes(value)) wanted.push([value, value]);
  const same = el.options.length === wanted.length && wanted.every(([v, l], i) => el.options[i].value === v && el.options[i].text === l);
  if (!same) replaceChildren(el, ...wanted.map(([v, l]) => h('option', { value: v }, l)));
  el.value = value;
}

function single(el: HTMLSelectElement): string[] | undefined {
  return el.value === ANY ? undefined : el.value === SEVERAL ? undefined : [el.value];
}

export function createFilterBar(onChange: (filter: PledgeFilter, sort?: PanelState['sort']) => void, onClear: () => void): FilterBar {
  const party = h('select', { id: 'filter-party', 'aria-label': 'Party' });
  const topic = h('select', { id: 'filter-topic', 'aria-label': 'Topic' });
  const strength = h('select', { id: 'filter-strength', 'aria-label': 'Strength' });
  const leader = h('select', { id: 'filter-leader', 'aria-label': 'Leader' });
  const from = h('input', { id: 'filter-from', type: 'text', inputmode: 'numeric', placeholder: 'from YYYY-MM-DD', 'aria-label': 'From date (YYYY, YYYY-MM or YYYY-MM-DD)', size: 11, maxlength: 10 });
  const to = h('input', { id: 'filter-to', type: 'text', inputmode: 'numeric', placeholder: 'to YYYY-MM-DD', 'aria-label': 'To date (YYYY, YYYY-MM or YYYY-MM-DD)', size: 11, maxlength: 10 });
  const text = h('input', { id: 'filter-text', type: 'search', placeholder: 'Search sentences', 'aria-label': 'Search pledges (free text)', maxlength: 200 });
  const sortKey = h('select', { id: 'sort-key', 'aria-label': 'Sort list by' });
  replaceChildren(sortKey, ...PLEDGE_SORT_KEYS.map((k) => h('option', { value: k }, `sort: ${k}`)));
  const sortDir = h('button', { type: 'button', id: 'sort-dir', 'aria-label': 'Sort order: ascending', title: 'Sort order' }, '↑');
  const clear = h('button', { type: 'button', id: 'filter-clear', title: 'Clear all filters' }, 'Clear');
  let descending = false;
  let current: PledgeFilter = {};
  const period = (v: string) => (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(v.trim()) ? v.trim() : undefined);

  const read = (): PledgeFilter => {
    const f: PledgeFilter = { ...current };
    const set = <K extends keyof PledgeFilter>(k: K, v: PledgeFilter[K] | undefined, keepSeveral: boolean) => {
      if (keepSeveral) return;
      if (v === undefined || (Array.isArray(v) && v.length === 0) || v === '') delete f[k]; else f[k] = v;
    };
    set('parties', single(party), party.value === SEVERAL);
    set('topics', single(topic) as Topic[] | undefined, topic.value === SEVERAL);
    set('strengths', single(strength) as Strength[] | undefined, strength.value === SEVERAL);
    set('leader', leader.value || undefined, false);
    set('from', period(from.value), false);
    set('to', period(to.value), false);
    set('text', text.value.trim() || undefined, false);
    return f;
  };
  const changed = () => { current = read(); onChange(current); };
  for (const el of [party, topic, strength, leader]) el.addEventListener('change', changed);
  for (const el of [from, to]) el.addEventListener('change', changed);
  let typing = 0;
  text.addEventListener('input', () => { clearTimeout(typing); typing = window.setTimeout(changed, 150); });
  sortKey.addEventListener('change', () => onChange(current, { key: sortKey.value as PledgeSortKey, descending }));
  sortDir.addEventListener('click', () => {
    descending = !descending;
    onChange(current, { key: sortKey.value as PledgeSortKey, descending });
  });
  clear.addEventListener('click', onClear);

  // Leader and dates are used less often: folded away (and unfolded when one is set) to keep the bar short.
  const more = h('details', { class: 'more-filters' }, h('summary', {}, 'More filters'), h('div', { class: 'more-grid' }, leader, from, to));
  const element = h('div', { class: 'filters', role: 'search', 'aria-label': 'Filter pledges' }, text, party, topic, strength, clear, more);
  const sortElement = h('div', { class: 'sort', role: 'group', 'aria-label': 'Sort the list' }, sortKey, sortDir);
  return {
    element,
    sortElement,
    update(model, state) {
      current = state.filter;
      setOptions(party, 'All parties', model.facets.parties, state.filter.parties);
      setOptions(topic, 'All topics', model.facets.topics, state.filter.topics);
      setOptions(strength, 'Any strength', model.facets.strengths, state.filter.strengths);
      setOptions(leader, 'Any leader', model.facets.leaders, state.filter.leader);
      if (document.activeElement !== from) from.value = state.filter.from ?? '';
      if (document.activeElement !== to) to.value = state.filter.to ?? '';
      if (document.activeElement !== text) text.value = state.filter.text ?? '';
      sortKey.value = state.sort.key;
      descending = state.sort.descending;
      sortDir.textContent = descending ? '↓' : '↑';
      sortDir.setAttribute('aria-label', `Sort order: ${descending ? 'descending' : 'ascending'}`);
      if (state.filter.leader || state.filter.from || state.filter.to) more.open = true;
    },
  };
}
