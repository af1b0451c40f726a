// The pledge list: a listbox that renders only the rows in view (plus a few above and below), so
// 20,000 pledges cost as much as the 20 on screen. Arrow keys, Page Up/Down, Home/End move the
// active row; Enter or a click opens the pledge's sentence in the editor.

import type { Pledge, ReadoutSummary } from '../core/pledges';
import { h } from './dom';
import { baseName } from './compareView';

/** Fixed row height in px: must match `.pledge-row` in media/pledges.css. */
export const ROW_HEIGHT = 46;
const OVERSCAN = 6;

export class PledgeList {
  readonly element: HTMLElement;
  private readonly viewport: HTMLElement;
  private readonly spacer: HTMLElement;
  private rows: Pledge[] = [];
  private labels = new Map<string, ReadoutSummary>();
  private active = -1;
  private frame = 0;
  private rendered = new Map<number, HTMLElement>();

  constructor(private readonly open: (pledge: Pledge) => void) {
    this.spacer = h('div', { class: 'spacer' });
    this.viewport = h('div', { class: 'viewport', role: 'listbox', tabindex: 0, 'aria-label': 'Pledges' }, this.spacer);
    this.element = h('div', { class: 'list-panel' }, this.viewport);
    this.viewport.addEventListener('scroll', () => this.schedule());
    this.viewport.addEventListener('keydown', (e) => this.onKey(e));
    this.viewport.addEventListener('click', (e) => {
      const row = (e.target as HTMLElement).closest<HTMLElement>('.pledge-row');
      if (!row) return;
      const i = Number(row.dataset.index);
      this.setActive(i);
      this.open(this.rows[i]);
    });
    this.viewport.addEventListener('focus', () => { if (this.active < 0 && this.rows.length) this.setActive(0); });
    new ResizeObserver(() => this.schedule()).observe(this.viewport);
  }

  /** New rows (filtered and sorted); keeps the active pledge when it is still there. */
  setRows(rows: Pledge[], readouts: readonly ReadoutSummary[]): void {
    const activeId = this.rows[this.active]?.id;
    this.rows = rows;
    this.labels = new Map(readouts.map((r) => [r.id, r]));
    this.active = activeId === undefined ? -1 : rows.findIndex((p) => p.id === activeId);
    this.spacer.style.height = `${rows.length * ROW_HEIGHT}px`;
    this.viewport.setAttribute('aria-label', `Pledges: ${rows.length}`);
    for (const el of this.rendered.values()) el.remove();
    this.rendered.clear();
    this.draw();
  }

  /** Number of row elements in the DOM (the UI check asserts it stays small). */
  get renderedCount(): number {
    return this.rendered.size;
  }

  focus(): void {
    this.viewport.focus();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => { this.frame = 0; this.draw(); });
  }

  private draw(): void {
    const height = this.viewport.clientHeight || 400;
    const first = Math.max(0, Math.floor(this.viewport.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(this.rows.length - 1, Math.ceil((this.viewport.scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
    for (const [i, el] of this.rendered) if (i < first || i > last) { el.remove(); this.rendered.delete(i); }
    for (let i = first; i <= last; i++) {
      if (this.rendered.has(i)) continue;
      const el = this.renderRow(i);
      this.rendered.set(i, el);
      this.viewport.appendChild(el);
    }
    if (this.rows.length === 0) {
      const empty = h('div', { class: 'empty', role: 'option', 'aria-disabled': 'true' }, 'No pledges match the filters.');
      this.rendered.set(-1, empty);
      this.viewport.appendChild(empty);
    }
  }

  private renderRow(i: number): HTMLElement {
    const p = this.rows[i];
    const readout = this.labels.get(p.readoutId);
    const label = `${p.date ?? 'undated'}, ${p.party}, ${p.strength}, ${p.topic}: ${p.sentence}`;
    const row = h('div', {
      class: `pledge-row${i === this.active ? ' active' : ''}`, role: 'option', id: `pledge-row-${i}`,
      'aria-selected': i === this.active ? 'true' : 'false', 'aria-posinset': i + 1, 'aria-setsize': this.rows.length,
      'aria-label': label, 'data-index': i, 'data-pledge-id': p.id, title: p.sentence,
    },
    h('div', { class: 'meta' },
      h('span', { class: 'date' }, p.date ?? 'undated'),
      h('span', { class: 'party' }, p.party),
      h('span', { class: `badge strength-${p.strength}` }, p.strength),
      h('span', { class: `topic topic-${p.topic}` }, p.topic),
      p.speaker ? h('span', { class: 'speaker' }, p.speaker) : null,
      h('span', { class: 'file' }, baseName(readout?.label ?? ''))),
    h('div', { class: 'sentence' }, p.sentence));
    row.style.top = `${i * ROW_HEIGHT}px`;
    return row;
  }

  private setActive(i: number): void {
    if (this.rows.length === 0) return;
    const next = Math.max(0, Math.min(this.rows.length - 1, i));
    const old = this.rendered.get(this.active);
    old?.classList.remove('active');
    old?.setAttribute('aria-selected', 'false');
    this.active = next;
    const top = next * ROW_HEIGHT;
    if (top < this.viewport.scrollTop) this.viewport.scrollTop = top;
    else if (top + ROW_HEIGHT > this.viewport.scrollTop + this.viewport.clientHeight) this.viewport.scrollTop = top + ROW_HEIGHT - this.viewport.clientHeight;
    this.draw();
    const el = this.rendered.get(next);
    el?.classList.add('active');
    el?.setAttribute('aria-selected', 'true');
    this.viewport.setAttribute('aria-activedescendant', `pledge-row-${next}`);
  }

  private onKey(e: KeyboardEvent): void {
    const page = Math.max(1, Math.floor(this.viewport.clientHeight / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    if (e.key in moves) this.setActive((this.active < 0 ? 0 : this.active) + moves[e.key]);
    else if (e.key === 'Home') this.setActive(0);
    else if (e.key === 'End') this.setActive(this.rows.length - 1);
    else if ((e.key === 'Enter' || e.key === ' ') && this.rows[this.active]) this.open(this.rows[this.active]);
    else return;
    e.preventDefault();
  }
}
