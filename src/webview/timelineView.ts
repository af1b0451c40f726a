// The timeline tab: pledges per topic over time as an inline SVG line chart (no remote resources;
// colours from the theme through CSS classes), a legend whose buttons hide and show topics, and
// the same numbers as a table for screen readers and copying.

import type { PledgeTimeline } from '../core/pledges';
import type { Topic } from '../core/types';
import { h, svg } from './dom';

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 34, right: 12, top: 12, bottom: 34 };

export function renderTimeline(t: PledgeTimeline, hidden: Set<Topic>, toggle: (topic: Topic) => void, width = WIDTH): HTMLElement {
  if (t.periods.length === 0) {
    return h('p', { class: 'empty' }, t.undated ? `${t.undated} pledges, but no readout has a date.` : 'No pledges match the filters.');
  }
  const shown = t.series.filter((s) => !hidden.has(s.topic));
  const max = Math.max(1, ...shown.flatMap((s) => s.counts));
  const w = Math.max(320, width);
  const plotW = w - PAD.left - PAD.right, plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (t.periods.length === 1 ? plotW / 2 : (i * plotW) / (t.periods.length - 1));
  const y = (n: number) => PAD.top + plotH - (n * plotH) / max;
  const chart = svg('svg', { class: 'timeline', viewBox: `0 0 ${w} ${HEIGHT}`, width: w, height: HEIGHT, role: 'img',
    'aria-label': `Pledges per topic by ${t.bucket}, ${t.periods[0]} to ${t.periods[t.periods.length - 1]}` });
  // Axes and a few horizontal grid lines.
  const ticks = [...new Set([0, Math.round(max / 2), max])];
  for (const n of ticks) {
    chart.appendChild(svg('line', { class: 'grid', x1: PAD.left, x2: w - PAD.right, y1: y(n), y2: y(n) }));
    chart.appendChild(svg('text', { class: 'axis-label', x: PAD.left - 6, y: y(n) + 4, 'text-anchor': 'end' }, n));
  }
  const every = Math.max(1, Math.ceil(t.periods.length / Math.floor(plotW / 56)));
  t.periods.forEach((p, i) => {
    if (i % every !== 0 && i !== t.periods.length - 1) return;
    chart.appendChild(svg('text', { class: 'axis-label', x: x(i), y: HEIGHT - PAD.bottom + 16, 'text-anchor': 'middle' }, p));
  });
  for (const s of shown) {
    const points = s.counts.map((n, i) => `${x(i).toFixed(1)},${y(n).toFixed(1)}`).join(' ');
    const g = svg('g', { class: `series topic-${s.topic}`, 'data-topic': s.topic });
    g.appendChild(svg('polyline', { points, fill: 'none' }));
    s.counts.forEach((n, i) => {
      if (n === 0) return;
      g.appendChild(svg('circle', { cx: x(i), cy: y(n), r: 3.5 },
        svg('title', {}, `${s.topic}, ${t.periods[i]}: ${n} pledge${n === 1 ? '' : 's'} (${s.firm[i]} firm)`)));
    });
    chart.appendChild(g);
  }
  const legend = h('div', { class: 'legend', role: 'group', 'aria-label': 'Topics shown' },
    ...t.series.map((s) => {
      const total = s.counts.reduce((a, b) => a + b, 0);
      const b = h('button', { type: 'button', class: `legend-item topic-${s.topic}`, 'aria-pressed': hidden.has(s.topic) ? 'false' : 'true' },
        h('span', { class: 'swatch', 'aria-hidden': 'true' }), `${s.topic} (${total})`);
      b.addEventListener('click', () => toggle(s.topic));
      return b;
    }));
  const data = h('details', { class: 'timeline-data' }, h('summary', {}, 'Data table'),
    h('table', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t.bucket), ...t.series.map((s) => h('th', { scope: 'col' }, s.topic)))),
      h('tbody', {}, ...t.periods.map((p, i) => h('tr', {}, h('th', { scope: 'row' }, p), ...t.series.map((s) => h('td', {}, s.counts[i])))))));
  const note = t.undated ? h('p', { class: 'note' }, `${t.undated} pledges from undated readouts are not on the axis.`) : null;
  return h('div', { class: 'timeline-panel' }, chart, legend, note ?? '', data);
}
