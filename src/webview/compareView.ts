// The compare tab: pick two readouts, two dates (or years, months) or two parties; the pairs by
// party and topic are listed change by change (new, dropped, firmer, weaker, same), each sentence
// a button that opens it in the editor.

import type { ChangeKind, Pledge, PledgeComparison, PledgePair, PledgeTable } from '../core/pledges';
import { CHANGE_KINDS } from '../core/pledges';
import { h, select } from './dom';
import type { CompareMode, CompareSelection } from './protocol';
import type { PanelModel } from './model';

const KIND_TEXT: Record<ChangeKind, string> = { new: '+ new', dropped: '− dropped', firmer: '▲ firmer', weaker: '▼ weaker', same: '= same' };
const MODE_TEXT: Record<CompareMode, string> = { readouts: 'Two readouts', dates: 'Two dates', parties: 'Two parties' };

/** The file name of a readout label ("readouts/000.txt" -> "000.txt"); periods and parties pass through. */
export function baseName(label: string): string {
  return label.slice(label.lastIndexOf('/') + 1);
}

/** The choices for A and B in a mode: readout ids, periods (years, months, days) or parties. */
export function compareChoices(table: PledgeTable, facets: PanelModel['facets'], mode: CompareMode): [string, string][] {
  if (mode === 'readouts') return table.readouts.map((r) => [r.id, `${r.date ?? 'undated'} · ${baseName(r.label)} (${r.pledgeCount})`]);
  if (mode === 'parties') return facets.parties.filter((p) => p !== 'both').map((p) => [p, p]);
  const years = [...new Set(facets.dates.map((d) => d.slice(0, 4)))];
  const months = [...new Set(facets.dates.map((d) => d.slice(0, 7)))];
  return [...years.map((y): [string, string] => [y, `${y} (year)`]), ...months.map((m): [string, string] => [m, `${m} (month)`]), ...facets.dates.map((d): [string, string] => [d, d])].sort((a, b) => a[0].localeCompare(b[0]));
}

export interface CompareHandlers {
  change(sel: CompareSelection): void;
  open(p: Pledge): void;
}

function sentences(pledges: Pledge[] | undefined, open: (p: Pledge) => void): HTMLElement {
  const cell = h('td', { class: 'sentences' });
  for (const p of pledges ?? []) {
    const b = h('button', { type: 'button', class: 'link', 'data-pledge-id': p.id, title: p.sentence, 'aria-label': `Open: ${p.sentence}` },
      h('span', { class: `badge strength-${p.strength}` }, p.strength[0].toUpperCase()), ' ', p.sentence);
    b.addEventListener('click', () => open(p));
    cell.appendChild(b);
  }
  return cell;
}

function pairRow(p: PledgePair, open: (p: Pledge) => void): HTMLElement {
  return h('tr', { class: `change change-${p.kind}`, 'data-kind': p.kind, 'data-key': `${p.party}|${p.topic}` },
    h('td', {}, h('span', { class: `kind kind-${p.kind}` }, KIND_TEXT[p.kind])),
    h('th', { scope: 'row' }, p.party),
    h('td', {}, p.topic),
    h('td', { class: p.before ? `strength-${p.before.strongest}` : 'zero' }, p.before?.strongest ?? '—'),
    h('td', { class: p.after ? `strength-${p.after.strongest}` : 'zero' }, p.after?.strongest ?? '—'),
    sentences(p.before?.pledges, open),
    sentences(p.after?.pledges, open));
}

export function renderCompare(table: PledgeTable, model: PanelModel, sel: CompareSelection | undefined, on: CompareHandlers): HTMLElement {
  const mode = sel?.mode ?? 'readouts';
  const choices = compareChoices(table, model.facets, mode);
  const a = sel?.a ?? choices[0]?.[0] ?? '';
  const b = sel?.b ?? choices[1]?.[0] ?? '';
  const modeSel = select({ id: 'compare-mode', 'aria-label': 'Compare' }, Object.entries(MODE_TEXT) as [string, string][], mode);
  const aSel = select({ id: 'compare-a', 'aria-label': 'Before (A)' }, choices, a);
  const bSel = select({ id: 'compare-b', 'aria-label': 'After (B)' }, choices, b);
  const swap = h('button', { type: 'button', id: 'compare-swap', 'aria-label': 'Swap A and B', title: 'Swap A and B' }, '⇄');
  modeSel.addEventListener('change', () => {
    const m = modeSel.value as CompareMode;
    const c = compareChoices(table, model.facets, m);
    on.change({ mode: m, a: c[0]?.[0] ?? '', b: c[1]?.[0] ?? '' });
  });
  aSel.addEventListener('change', () => on.change({ mode, a: aSel.value, b: bSel.value }));
  bSel.addEventListener('change', () => on.change({ mode, a: aSel.value, b: bSel.value }));
  swap.addEventListener('click', () => on.change({ mode, a: bSel.value, b: aSel.value }));
  const controls = h('div', { class: 'compare-controls', role: 'group', 'aria-label': 'What to compare' },
    h('label', {}, 'Compare ', modeSel), h('label', {}, 'A ', aSel), swap, h('label', {}, 'B ', bSel));
  const c: PledgeComparison | undefined = model.comparison;
  if (!c || choices.length < 2) return h('div', { class: 'compare' }, controls, h('p', { class: 'empty' }, 'Need two readouts with pledges to compare.'));
  const counts = h('p', { class: 'compare-counts', role: 'status' },
    h('strong', { title: c.beforeLabel }, baseName(c.beforeLabel)), ' → ', h('strong', { title: c.afterLabel }, baseName(c.afterLabel)), ': ',
    CHANGE_KINDS.map((k) => `${c.counts[k]} ${k}`).join(' · '));
  const rows = c.pairs.map((p) => pairRow(p, on.open));
  const result = c.pairs.length === 0
    ? h('p', { class: 'empty' }, 'Neither side has pledges that pass the filters.')
    : h('table', { class: 'compare-table', 'aria-label': `Changes from ${c.beforeLabel} to ${c.afterLabel}` },
      h('thead', {}, h('tr', {}, ...['Change', 'Party', 'Topic', 'A', 'B', 'A says', 'B says'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...rows));
  return h('div', { class: 'compare' }, controls, counts, result);
}
