// The matrix tab: parties × topics (count and strongest strength per cell, the two sides of a
// pair on adjacent rows) and the reciprocity table, pair by pair. A cell is a button: it filters
// the list to that party and topic. Arrow keys move between cells.

import type { CellSummary, PledgeMatrix, ReciprocityRow } from '../core/pledges';
import type { Topic } from '../core/types';
import { h, moveFocus } from './dom';

function cellLabel(row: string, topic: string, c: CellSummary): string {
  if (c.count === 0) return `${row}, ${topic}: no pledges`;
  const parts = (['firm', 'willing', 'aspirational'] as const).filter((s) => c.byStrength[s]).map((s) => `${c.byStrength[s]} ${s}`);
  return `${row}, ${topic}: ${c.count} pledge${c.count === 1 ? '' : 's'}, strongest ${c.strongest} (${parts.join(', ')})`;
}

function cellContent(c: CellSummary): (HTMLElement | string)[] {
  if (c.count === 0) return ['·'];
  return [String(c.count), h('span', { class: `badge strength-${c.strongest}`, 'aria-hidden': 'true' }, (c.strongest ?? '')[0].toUpperCase())];
}

export function renderMatrix(m: PledgeMatrix, pick: (party: string, topic: Topic) => void): HTMLElement {
  if (m.total === 0) return h('p', { class: 'empty' }, 'No pledges match the filters.');
  const buttons: HTMLElement[] = [];
  const head = h('tr', {}, h('th', { scope: 'col' }, 'Party'), ...m.topics.map((t) => h('th', { scope: 'col', class: `topic-${t}` }, t)), h('th', { scope: 'col' }, 'Total'));
  const body = m.parties.map((party, r) => h('tr', {},
    h('th', { scope: 'row' }, party),
    ...m.topics.map((topic, c) => {
      const cell = m.cells[r][c];
      const b = h('button', { type: 'button', class: `cell${cell.count ? ` strength-${cell.strongest}` : ' zero'}`, 'aria-label': cellLabel(party, topic, cell), tabindex: buttons.length === 0 ? 0 : -1 }, ...cellContent(cell));
      b.addEventListener('click', () => pick(party, topic));
      buttons.push(b);
      return h('td', {}, b);
    }),
    h('td', { class: 'total' }, m.partyTotals[r])));
  const foot = h('tr', {}, h('th', { scope: 'row' }, 'Total'), ...m.topicTotals.map((n) => h('td', { class: 'total' }, n)), h('td', { class: 'total' }, m.total));
  const table = h('table', { class: 'matrix', 'aria-label': 'Pledges by party and topic' },
    h('caption', {}, 'Pledges by party and topic: count and strongest strength (F firm, W willing, A aspirational)'),
    h('thead', {}, head), h('tbody', {}, ...body), h('tfoot', {}, foot));
  const columns = m.topics.length;
  table.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if (!target.classList.contains('cell')) return;
    if (moveFocus(buttons, target, e.key, columns)) {
      e.preventDefault();
      buttons.forEach((b) => b.setAttribute('tabindex', b === document.activeElement ? '0' : '-1'));
    }
  });
  return table;
}

function side(c: CellSummary): HTMLElement {
  return h('td', { class: c.count ? `strength-${c.strongest}` : 'zero' }, ...cellContent(c));
}

export function renderReciprocity(rows: ReciprocityRow[]): HTMLElement {
  if (rows.length === 0) return h('p', { class: 'empty' }, 'No pairs of parties to set side by side.');
  const out: HTMLElement[] = [];
  let pair = '';
  for (const r of rows) {
    const key = r.pair.join('–');
    if (key !== pair) {
      pair = key;
      out.push(h('tr', { class: 'pair-head' }, h('th', { scope: 'colgroup', colspan: 4 }, key)));
      out.push(h('tr', { class: 'pair-cols' }, h('th', { scope: 'col' }, 'Topic'), h('th', { scope: 'col' }, r.pair[0]), h('th', { scope: 'col' }, r.pair[1]), h('th', { scope: 'col' }, 'Jointly')));
    }
    out.push(h('tr', { 'aria-label': `${key}, ${r.topic}: ${r.pair[0]} ${r.a.count}, ${r.pair[1]} ${r.b.count}, jointly ${r.joint.count}` },
      h('th', { scope: 'row' }, r.topic), side(r.a), side(r.b), side(r.joint)));
  }
  return h('table', { class: 'reciprocity', 'aria-label': 'Reciprocity: what each side promised, per topic' },
    h('caption', {}, 'Reciprocity: what each side promised, per topic'), h('tbody', {}, ...out));
}
