// The pledges panel's page: tabs (matrix, list, compare, timeline), the filter bar and export
// buttons. It holds a copy of the extension's pledge table (snapshot, then deltas), computes every
// view with the pure core (./model), and posts back only ids and filter values (./protocol).
// Bundled by scripts/build.mjs to dist/webview.js (browser, no framework).

import type { Pledge } from '../core/pledges';
import { PLEDGE_FORMATS, type PledgeFormat } from '../core/pledgeExport';
import type { Topic } from '../core/types';
import { h, moveFocus, replaceChildren } from './dom';
import { PledgeList } from './listView';
import { renderMatrix, renderReciprocity } from './matrixView';
import { renderCompare } from './compareView';
import { renderTimeline } from './timelineView';
import { createFilterBar } from './filtersView';
import { buildPanelModel, defaultCompare, INITIAL_STATE, PanelTable, type PanelModel, type PanelState } from './model';
import { PANEL_TABS, type ExtensionMessage, type PageMessage, type PanelTab } from './protocol';

interface VsCodeApi { postMessage(message: unknown): void; getState(): unknown; setState(state: unknown): void }
declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();
const post = (m: PageMessage) => api.postMessage(m);
const table = new PanelTable();
const hiddenTopics = new Set<Topic>();
let state: PanelState = restoreState(api.getState());
let model: PanelModel | undefined;

function restoreState(saved: unknown): PanelState {
  const s = (saved ?? {}) as Partial<PanelState>;
  return {
    tab: PANEL_TABS.includes(s.tab as PanelTab) ? (s.tab as PanelTab) : INITIAL_STATE.tab,
    filter: typeof s.filter === 'object' && s.filter !== null ? s.filter : {},
    sort: s.sort && typeof s.sort.key === 'string' ? s.sort : INITIAL_STATE.sort,
    compare: s.compare,
  };
}

const TAB_TEXT: Record<PanelTab, string> = { matrix: 'Matrix', list: 'Pledges', compare: 'Compare', timeline: 'Timeline' };
const FORMAT_TEXT: Record<PledgeFormat, string> = { csv: 'CSV', json: 'JSON', md: 'Markdown', cameo: 'CAMEO' };

const tabButtons = PANEL_TABS.map((t) => {
  const b = h('button', { type: 'button', role: 'tab', id: `tab-${t}`, 'aria-controls': `panel-${t}` }, TAB_TEXT[t]);
  b.addEventListener('click', () => setState({ tab: t }));
  return b;
});
const tabList = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Pledge views' }, ...tabButtons);
tabList.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement;
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') return;
  if (moveFocus(tabButtons, target, e.key)) { e.preventDefault(); (document.activeElement as HTMLElement).click(); }
});
const exportButtons = PLEDGE_FORMATS.map((f) => {
  const b = h('button', { type: 'button', class: 'export', id: `export-${f}`, title: `Export the filtered pledges as ${FORMAT_TEXT[f]}` }, FORMAT_TEXT[f]);
  b.addEventListener('click', () => post({ type: 'export', format: f, filter: state.filter }));
  return b;
});
const exportGroup = h('div', { class: 'exports', role: 'group', 'aria-label': 'Export filtered pledges' }, h('span', { class: 'label' }, 'Export'), ...exportButtons);
const filters = createFilterBar((filter, sort) => setState({ filter, ...(sort ? { sort } : {}) }, true), () => setState({ filter: {} }, true));
const status = h('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
const list = new PledgeList(openPledge);
const panels: Record<PanelTab, HTMLElement> = Object.fromEntries(PANEL_TABS.map((t) => [t,
  h('section', { class: `panel panel-${t}`, id: `panel-${t}`, role: 'tabpanel', 'aria-labelledby': `tab-${t}`, tabindex: t === 'list' ? -1 : 0 })])) as Record<PanelTab, HTMLElement>;
panels.list.append(filters.sortElement, list.element);

const app = document.getElementById('app') ?? document.body;
replaceChildren(app, h('header', { class: 'toolbar' }, tabList, exportGroup), filters.element, status, ...PANEL_TABS.map((t) => panels[t]));

function openPledge(p: Pledge): void {
  post({ type: 'open', pledgeId: p.id });
}

function setState(patch: Partial<PanelState>, filterChanged = false): void {
  state = { ...state, ...patch };
  api.setState(state);
  if (filterChanged) post({ type: 'filterChanged', filter: state.filter });
  render();
}

function render(): void {
  const t0 = performance.now();
  for (const [i, t] of PANEL_TABS.entries()) {
    const selected = t === state.tab;
    tabButtons[i].setAttribute('aria-selected', selected ? 'true' : 'false');
    tabButtons[i].setAttribute('tabindex', selected ? '0' : '-1');
    panels[t].hidden = !selected;
  }
  const data = table.table();
  if (table.revision < 0) {
    status.textContent = 'Indexing readouts…';
    return;
  }
  model = buildPanelModel(data, state);
  filters.update(model, state);
  const readouts = new Set(model.rows.map((p) => p.readoutId)).size;
  status.textContent = `${model.rows.length} of ${model.total} pledges · ${readouts} of ${data.readouts.length} readouts`;
  if (data.readouts.length === 0) status.textContent = 'No readouts in this workspace yet: open or add a .txt or .md readout.';
  const panel = panels[state.tab];
  switch (state.tab) {
    case 'list':
      list.setRows(model.rows, data.readouts);
      break;
    case 'matrix':
      if (model.matrix && model.reciprocity) {
        replaceChildren(panel, renderMatrix(model.matrix, (party, topic) => setState({ tab: 'list', filter: { ...state.filter, parties: [party], topics: [topic] } }, true)),
          renderReciprocity(model.reciprocity));
      }
      break;
    case 'compare': {
      const sel = state.compare ?? defaultCompare(data);
      replaceChildren(panel, renderCompare(data, model, sel, { change: (compare) => setState({ compare }), open: openPledge }));
      break;
    }
    case 'timeline':
      if (model.timeline) {
        replaceChildren(panel, renderTimeline(model.timeline, hiddenTopics, (topic) => {
          if (hiddenTopics.has(topic)) hiddenTopics.delete(topic); else hiddenTopics.add(topic);
          render();
        }, panel.clientWidth - 16));
      }
      break;
  }
  const ms = performance.now() - t0;
  document.body.dataset.revision = String(table.revision);
  document.body.dataset.tab = state.tab;
  post({ type: 'rendered', revision: table.revision, tab: state.tab, rows: model.rows.length, ms: Math.round(ms * 100) / 100 });
}

window.addEventListener('message', (event: MessageEvent) => {
  const msg = event.data as ExtensionMessage;
  switch (msg?.type) {
    case 'snapshot':
    case 'delta':
      table.apply(msg);
      render();
      break;
    case 'setFilter':
      setState({ filter: msg.filter });
      break;
    case 'showCompare':
      setState({ tab: 'compare', compare: msg.compare });
      break;
    case 'showTab':
      setState({ tab: msg.tab });
      if (msg.tab === 'list') list.focus();
      break;
  }
});

let resizeFrame = 0;
window.addEventListener('resize', () => {
  if (state.tab !== 'timeline' || resizeFrame) return;
  resizeFrame = requestAnimationFrame(() => { resizeFrame = 0; render(); });
});

render();
post({ type: 'ready' });
// The readouts tree follows the panel's filter, also the one restored from the last session.
if (Object.keys(state.filter).length) post({ type: 'filterChanged', filter: state.filter });
