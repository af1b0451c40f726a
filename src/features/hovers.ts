// Hovers that link recurring terms: a leader (canonical, office and country at the readout's
// date), an agreement (long form and acronym), a commitment (other pledges of the same party on
// the same topic) or any recurring capitalised term, with every other mention as a link that
// opens the file at that line. Trusted only for our own two commands; document text is escaped.
import * as vscode from 'vscode';
import type { ReadoutAnalysis } from '../core/types';
import type { TermOccurrence } from '../core/termIndex';
import type { Services } from '../vscode/services';
import { fileLabel, occurrenceRange, occurrenceSnippet } from '../vscode/locations';
import { commandLink, escapeMarkdown } from '../vscode/markdown';
import { OPEN_MENTION, SHOW_MENTIONS, mentionsAt } from './navigation';

function countPhrase(services: Services, key: string, file: string): string {
  const p = services.index.terms.preview(key, file, 0);
  const here = p.here.length;
  const elsewhere = p.occurrences - here;
  const otherFiles = p.files - (here ? 1 : 0);
  const parts = [`${here} in this file`];
  if (elsewhere) parts.push(`${elsewhere} in ${otherFiles} other readout${otherFiles === 1 ? '' : 's'}`);
  return parts.join(', ');
}

/**
 * The first few of `others` to list: about half from this file and half from other readouts
 * (when both have some), so a hover always shows that the term recurs elsewhere.
 */
export function pickLinks(hoveredFile: string, others: TermOccurrence[], max: number): TermOccurrence[] {
  const here = others.filter((o) => o.file === hoveredFile);
  const elsewhere = others.filter((o) => o.file !== hoveredFile);
  const hereCount = Math.min(here.length, Math.max(max - elsewhere.length, Math.ceil(max / 2)));
  return [...here.slice(0, hereCount), ...elsewhere.slice(0, max - hereCount)];
}

/** The "other mentions" block: the first few as links with snippets, then "show all". */
function mentionLinks(services: Services, hovered: TermOccurrence, others: TermOccurrence[], max: number): string[] {
  const lines: string[] = [];
  for (const o of pickLinks(hovered.file, others, max)) {
    const range = occurrenceRange(services, o);
    if (!range) continue;
    const where = `${o.file === hovered.file ? 'here' : fileLabel(o.file)}:${range.start.line + 1}`;
    const link = commandLink(escapeMarkdown(where), OPEN_MENTION, [o.file, range.start.line, range.start.character, range.end.line, range.end.character]);
    lines.push(`- ${link} \u2014 ${escapeMarkdown(occurrenceSnippet(services, o, 90))}`);
  }
  const total = totalMentions(services, hovered.key);
  if (total > 2) {
    lines.push('', commandLink(`Show all ${total} mentions`, SHOW_MENTIONS, [hovered.key, hovered.file, hovered.start]));
  }
  return lines;
}

function leaderSection(services: Services, o: TermOccurrence, analysis: ReadoutAnalysis, max: number): string[] {
  const m = analysis.leaders.find((l) => l.start === o.start && l.end === o.end);
  const head = [`**${escapeMarkdown(o.label)}**`];
  const office = [m?.office, m?.country].filter(Boolean).map((s) => escapeMarkdown(s!)).join(', ');
  const at = analysis.date ? ` (as of ${escapeMarkdown(analysis.date)})` : '';
  const out = [`$(person) ${head.join('')}${office ? ` \u2014 ${office}${at}` : ''}`];
  if (m?.title || o.surface !== o.label) out.push('', `Written here as \u201c${escapeMarkdown(o.surface)}\u201d${m?.source === 'user' ? ' (your annotation)' : ''}`);
  return [...out, '', `Mentions: ${countPhrase(services, o.key, o.file)}`, ...mentionLinks(services, o, others(services, o), max)];
}

function agreementSection(services: Services, o: TermOccurrence, analysis: ReadoutAnalysis, max: number): string[] {
  const m = analysis.agreements.find((a) => a.start === o.start && a.end === o.end);
  const acronym = m?.acronym ? ` (${escapeMarkdown(m.acronym)})` : '';
  const kind = m?.kind ? ` \u2014 ${escapeMarkdown(m.kind)}` : '';
  const out = [`$(law) **${escapeMarkdown(o.label)}**${acronym}${kind}`];
  if (o.surface !== o.label) out.push('', `Written here as \u201c${escapeMarkdown(o.surface)}\u201d`);
  return [...out, '', `Mentions: ${countPhrase(services, o.key, o.file)}`, ...mentionLinks(services, o, others(services, o), max)];
}

function pledgeSection(services: Services, o: TermOccurrence, analysis: ReadoutAnalysis, max: number): string[] {
  const c = analysis.commitments.find((p) => p.start === o.start && p.end === o.end);
  if (!c) return [];
  const speaker = c.speaker ? ` \u2014 ${escapeMarkdown(c.speaker)}` : '';
  const markers = c.markers.length ? ` (\u201c${c.markers.map((mk) => escapeMarkdown(mk.text)).join('\u201d, \u201c')}\u201d)` : '';
  const out = [`$(pass) **Commitment**: ${escapeMarkdown(c.party)} \u00b7 ${c.strength}${markers} \u00b7 ${c.topic}${speaker}`];
  const p = services.index.terms.preview(o.key, o.file, 50);
  const sameFile = p.here.filter((x) => x.start !== o.start);
  const elsewhereCount = p.occurrences - p.here.length;
  if (!elsewhereCount && !sameFile.length) return [...out, '', `No other pledge of ${escapeMarkdown(c.party)} on ${c.topic} in the workspace.`];
  out.push('', `Other pledges of ${escapeMarkdown(c.party)} on ${c.topic}: ${sameFile.length} in this file, ${elsewhereCount} in other readouts`);
  return [...out, ...mentionLinks(services, o, [...p.elsewhere, ...sameFile], max)];
}

function termSection(services: Services, o: TermOccurrence, max: number): string[] {
  const rest = others(services, o);
  if (!rest.length) return [];
  return [`$(symbol-key) **${escapeMarkdown(o.surface)}**`, '', `Mentions: ${countPhrase(services, o.key, o.file)}`, ...mentionLinks(services, o, rest, max)];
}

/** Other occurrences of the same key: this file first, then (the first few of) the other readouts. */
function others(services: Services, o: TermOccurrence, max = 50): TermOccurrence[] {
  const p = services.index.terms.preview(o.key, o.file, max);
  return [...p.here.filter((x) => x.start !== o.start), ...p.elsewhere];
}

/** How many mentions "show all" opens: every occurrence of the key. */
function totalMentions(services: Services, key: string): number {
  return services.index.terms.count(key).occurrences;
}

export function buildHover(services: Services, doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
  const settings = services.settings.get(doc.uri);
  if (!settings.hoversEnabled) return undefined;
  const analysis = services.analysis.get(doc);
  if (!analysis) return undefined;
  const found = mentionsAt(services, doc, position).filter((o) =>
    (o.kind !== 'leader' || settings.highlight.leaders) && (o.kind !== 'agreement' || settings.highlight.agreements) && (o.kind !== 'pledge' || settings.highlight.commitments));
  if (!found.length) return undefined;
  const max = settings.hoverMaxLinks;
  const sections: string[][] = [];
  const primary = found[0];
  const pledge = found.find((o) => o.kind === 'pledge');
  if (primary.kind === 'leader') sections.push(leaderSection(services, primary, analysis, max));
  else if (primary.kind === 'agreement') sections.push(agreementSection(services, primary, analysis, max));
  else if (primary.kind === 'term') sections.push(termSection(services, primary, max));
  if (pledge) sections.push(pledgeSection(services, pledge, analysis, max));
  const nonEmpty = sections.filter((s) => s.length);
  if (!nonEmpty.length) return undefined;
  const md = new vscode.MarkdownString(nonEmpty.map((s) => s.join('\n')).join('\n\n---\n\n'), true);
  md.isTrusted = { enabledCommands: [OPEN_MENTION, SHOW_MENTIONS] };
  md.supportHtml = false;
  const range = new vscode.Range(doc.positionAt(primary.start), doc.positionAt(primary.end));
  return new vscode.Hover(md, range);
}

export function registerHovers(context: vscode.ExtensionContext, services: Services): void {
  const selector: vscode.DocumentSelector = [{ language: 'plaintext' }, { language: 'markdown' }, { language: 'readout' }];
  context.subscriptions.push(vscode.languages.registerHoverProvider(selector, {
    provideHover: (doc, position) => buildHover(services, doc, position),
  }));
}
