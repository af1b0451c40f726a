// The readable (non-JSON) report of `readout-lens analyze`.
import type { ReadoutAnalysis } from '../core/types';
import { bold, cyan, dim, green, magenta, yellow } from './style';

const STRENGTH_COLOUR = { firm: green, willing: yellow, aspirational: magenta } as const;

export function formatAnalysis(file: string, text: string, a: ReadoutAnalysis): string {
  const lines: string[] = [];
  lines.push(bold(file) + dim(`  date ${a.date ?? 'unknown'} (${a.dateInfo.source})  parties ${a.parties.join(', ') || '-'}`));
  const people = new Map<string, { n: number; surfaces: Set<string>; office?: string }>();
  for (const l of a.leaders) {
    const p = people.get(l.canonical) ?? { n: 0, surfaces: new Set<string>(), office: l.office };
    p.n++; p.surfaces.add(l.text); people.set(l.canonical, p);
  }
  lines.push(`  ${cyan('Leaders')} (${a.leaders.length} mentions)`);
  for (const [name, p] of people) {
    lines.push(`    ${name}${p.office ? dim(', ' + p.office) : ''}  ×${p.n}  ${dim([...p.surfaces].join(' | '))}`);
  }
  const instruments = new Map<string, number>();
  for (const g of a.agreements) instruments.set(g.canonical, (instruments.get(g.canonical) ?? 0) + 1);
  lines.push(`  ${cyan('Agreements')} (${a.agreements.length} mentions)`);
  for (const [name, n] of instruments) lines.push(`    ${name}  ×${n}`);
  lines.push(`  ${cyan('Commitments')} (${a.commitments.length})`);
  for (const c of a.commitments) {
    const line = text.slice(0, c.start).split('\n').length;
    const snippet = c.text.length > 110 ? c.text.slice(0, 107) + '...' : c.text;
    lines.push(`    ${dim(`L${line}`)} ${bold(c.party)} ${STRENGTH_COLOUR[c.strength](c.strength)} ${dim(c.topic)}  ${snippet}`);
  }
  return lines.join('\n');
}
