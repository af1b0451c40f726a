// The page's only way to make elements: text always goes in as text nodes and attributes are
// set one by one, so a readout's `<script>`, `<img onerror=...>` or `javascript:` stays text.
// No innerHTML anywhere in the page.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined>;

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    // Event handlers are attached with addEventListener, never as attributes.
    if (value === undefined || value === null || value === false || /^on/i.test(name)) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** Replaces an element's children. */
export function replaceChildren(el: Element, ...children: Child[]): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  append(el, children);
}

/** A <select> whose options are (value, label) pairs; the current value stays selected. */
export function select(attrs: Attrs, options: [string, string][], value: string): HTMLSelectElement {
  const el = h('select', attrs);
  for (const [v, label] of options) {
    const o = h('option', { value: v }, label);
    if (v === value) o.selected = true;
    el.appendChild(o);
  }
  return el;
}

/** Arrow-key movement between the focusable items of a group (roving focus within a list or grid). */
export function moveFocus(items: HTMLElement[], current: HTMLElement, key: string, columns = 1): boolean {
  const i = items.indexOf(current);
  if (i === -1) return false;
  const step: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: columns, ArrowUp: -columns, Home: -i, End: items.length - 1 - i };
  const d = step[key];
  if (d === undefined) return false;
  const next = items[Math.min(items.length - 1, Math.max(0, i + d))];
  next?.focus();
  return true;
}
