// Pledges out of Readout Lens: CSV (RFC 4180, safe to open in a spreadsheet), JSON, a Markdown
// table, and event rows in the CAMEO style used by event-data projects (date, source actor,
// target actor, event code, sentence, file, offsets). Also the comparison as CSV / JSON / Markdown.
// Pure: returns strings; the caller writes the file.
//
// CAMEO mapping (CAMEO 1.1b3 verbal-cooperation codes). A pledge is an expressed intent, so every
// row is in the 03 family except an act of signing. The first rule that matches the pledge's
// sentence wins:
//   057 Sign formal agreement              firm, and the pledge is to sign / conclude / ink
//                                          (an agreement, memorandum, treaty ...)
//   036 Express intent to meet or negotiate visit, meet, hold talks, summit, negotiate,
//                                          consultations, dialogue, high-level exchanges, invitation
//   037 Express intent to settle dispute   handle / manage / settle / resolve differences,
//                                          disputes or maritime issues
//   033 Express intent to provide material aid   provide / donate / supply aid, assistance,
//                                          vaccines, materials
//   031 Express intent to engage in material cooperation   topics trade, connectivity,
//                                          energy, technology, health, security
//   032 Express intent to provide diplomatic cooperation   topics diplomacy, multilateral, maritime
//   030 Express intent to cooperate, not specified          anything else (culture, other)
// Actors: the pledging party is the source, the other side of the talks the target. A pledge of
// "both" is a joint commitment and gives two rows (A→B and B→A), as event coders do for joint
// statements. Actor codes are ISO 3166 alpha-3 where the name is known (CAMEO country codes),
// "EUR" for the EU, else empty. The pledge's strength is kept in its own column, since CAMEO has none.

import type { Pledge, PledgeComparison, ReadoutSummary } from './pledges';
import { BOTH } from './pledges';

// ---------------------------------------------------------------------------------------------
// CSV

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab / CR) as a formula: such a cell
 * gets a leading apostrophe, which spreadsheets show as text (OWASP "CSV injection").
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** One RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: string | number | null | undefined): string {
  const s = typeof value === 'number' ? String(value) : neutraliseFormula(value ?? '');
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 text: CRLF between records and after the last one. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const PLEDGE_COLUMNS = ['id', 'date', 'file', 'party', 'counterparts', 'topic', 'strength', 'speaker', 'markers', 'sentence', 'start', 'end'] as const;

function labels(readouts: readonly ReadoutSummary[]): (id: string) => string {
  const m = new Map(readouts.map((r) => [r.id, r.label]));
  return (id) => m.get(id) ?? id;
}

function pledgeRow(p: Pledge, file: string): (string | number)[] {
  return [p.id, p.date ?? '', file, p.party, p.counterparts.join('; '), p.topic, p.strength, p.speaker ?? '', p.markers.join('; '), p.sentence, p.start, p.end];
}

export function pledgesToCsv(pledges: readonly Pledge[], readouts: readonly ReadoutSummary[]): string {
  const file = labels(readouts);
  return toCsv(PLEDGE_COLUMNS, pledges.map((p) => pledgeRow(p, file(p.readoutId))));
}

// ---------------------------------------------------------------------------------------------
// JSON

export interface PledgeExportJson {
  format: 'readout-lens/pledges';
  version: 1;
  readouts: ReadoutSummary[];
  pledges: (Pledge & { file: string })[];
}

/** Readouts are limited to those the pledges come from. */
export function pledgesToJson(pledges: readonly Pledge[], readouts: readonly ReadoutSummary[]): string {
  const file = labels(readouts);
  const used = new Set(pledges.map((p) => p.readoutId));
  const doc: PledgeExportJson = {
    format: 'readout-lens/pledges',
    version: 1,
    readouts: readouts.filter((r) => used.has(r.id)),
    pledges: pledges.map((p) => ({ ...p, file: file(p.readoutId) })),
  };
  return JSON.stringify(doc, null, 1) + '\n';
}

// ---------------------------------------------------------------------------------------------
// Markdown

/**
 * A table cell: pipes and backslashes escaped, line breaks folded to spaces, and < > & written
 * as entities so a readout's HTML (`<script>`, `<img onerror>`) stays text in any preview.
 */
export function markdownCell(value: string | number | null | undefined): string {
  return String(value ?? '')
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, ' ');
}

export function toMarkdownTable(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const line = (cells: readonly (string | number | null | undefined)[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n') + '\n';
}

export function pledgesToMarkdown(pledges: readonly Pledge[], readouts: readonly ReadoutSummary[]): string {
  const file = labels(readouts);
  return toMarkdownTable(['Date', 'Party', 'Topic', 'Strength', 'Speaker', 'Sentence', 'File'],
    pledges.map((p) => [p.date ?? '', p.party, p.topic, p.strength, p.speaker ?? '', p.sentence, file(p.readoutId)]));
}

// ---------------------------------------------------------------------------------------------
// CAMEO event rows

export interface CameoCode { code: string; label: string }

export const CAMEO_CODES = {
  '030': 'Express intent to cooperate, not specified below',
  '031': 'Express intent to engage in material cooperation',
  '032': 'Express intent to provide diplomatic cooperation',
  '033': 'Express intent to provide material aid',
  '036': 'Express intent to meet or negotiate',
  '037': 'Express intent to settle dispute',
  '057': 'Sign formal agreement',
} as const;
export type CameoEventCode = keyof typeof CAMEO_CODES;

const SIGN = /\b(?:sign|signs|signed|signing|ink|inked|conclude|concluded|concluding)\b[^.;]{0,80}\b(?:agreement|accord|memorand\w*|treaty|mou|deal|pact|protocol|contract|document)s?\b|\bsigning of\b/i;
// Plain "talks" is left out: readouts say "during their talks" of the talks being reported.
const MEET = /\b(?:visit(?:s|ed|ing)?|meet(?:s|ing)?|hold (?:talks|a summit|consultations)|summit|negotiat\w*|consultations?|dialogues?|invitation|high-level exchanges)\b/i;
const SETTLE = /\b(?:handle|manage|settle|resolve|control)\w*\b[^.;]{0,60}\b(?:differences|disputes?|maritime issues)\b/i;
const AID = /\b(?:provide|providing|donate|donating|supply|supplying|offer(?:ing)?)\b[^.;]{0,60}\b(?:aid|assistance|vaccines?|materials?|supplies|support)\b/i;
const MATERIAL_TOPICS = new Set(['trade', 'connectivity', 'energy', 'technology', 'health', 'security']);
const DIPLOMATIC_TOPICS = new Set(['diplomacy', 'multilateral', 'maritime']);

/** The CAMEO event code of a pledge, by the rules in this module's header. */
export function cameoCode(p: Pick<Pledge, 'sentence' | 'strength' | 'topic'>): CameoEventCode {
  if (p.strength === 'firm' && SIGN.test(p.sentence)) return '057';
  if (MEET.test(p.sentence)) return '036';
  if (SETTLE.test(p.sentence)) return '037';
  if (AID.test(p.sentence)) return '033';
  if (MATERIAL_TOPICS.has(p.topic)) return '031';
  if (DIPLOMATIC_TOPICS.has(p.topic)) return '032';
  return '030';
}

const ACTOR_CODES: Record<string, string> = {
  Afghanistan: 'AFG', Argentina: 'ARG', Australia: 'AUS', Austria: 'AUT', Bangladesh: 'BGD', Belgium: 'BEL',
  Brazil: 'BRA', Cambodia: 'KHM', Canada: 'CAN', Chile: 'CHL', China: 'CHN', Colombia: 'COL', Cuba: 'CUB',
  Denmark: 'DNK', Egypt: 'EGY', EU: 'EUR', 'European Union': 'EUR', Finland: 'FIN', France: 'FRA', Germany: 'DEU',
  Greece: 'GRC', India: 'IND', Indonesia: 'IDN', Iran: 'IRN', Iraq: 'IRQ', Ireland: 'IRL', Israel: 'ISR', Italy: 'ITA',
  Japan: 'JPN', Jordan: 'JOR', Kazakhstan: 'KAZ', Kenya: 'KEN', Laos: 'LAO', Malaysia: 'MYS', Mexico: 'MEX',
  Mongolia: 'MNG', Myanmar: 'MMR', Netherlands: 'NLD', 'New Zealand': 'NZL', Nigeria: 'NGA', 'North Korea': 'PRK',
  Norway: 'NOR', Pakistan: 'PAK', Palestine: 'PSE', Philippines: 'PHL', Poland: 'POL', Portugal: 'PRT', Qatar: 'QAT',
  Russia: 'RUS', 'Saudi Arabia': 'SAU', Singapore: 'SGP', 'South Africa': 'ZAF', 'South Korea': 'KOR', Korea: 'KOR',
  Spain: 'ESP', 'Sri Lanka': 'LKA', Sweden: 'SWE', Switzerland: 'CHE', Taiwan: 'TWN', Thailand: 'THA', Turkey: 'TUR',
  'Türkiye': 'TUR', Ukraine: 'UKR', 'United Arab Emirates': 'ARE', 'United Kingdom': 'GBR', UK: 'GBR',
  'United States': 'USA', US: 'USA', USA: 'USA', Vietnam: 'VNM', 'Viet Nam': 'VNM',
};

export function actorCode(name: string): string {
  return ACTOR_CODES[name] ?? '';
}

export interface CameoRow {
  date: string;
  sourceActor: string;
  sourceCode: string;
  targetActor: string;
  targetCode: string;
  eventCode: CameoEventCode;
  eventLabel: string;
  strength: string;
  topic: string;
  sentence: string;
  file: string;
  start: number;
  end: number;
  pledgeId: string;
}

export const CAMEO_COLUMNS = ['date', 'source_actor', 'source_code', 'target_actor', 'target_code', 'event_code', 'event_label', 'strength', 'topic', 'sentence', 'file', 'start', 'end', 'pledge_id'] as const;

/** Event rows for pledges: one per pledge, two for a joint pledge of a known pair. */
export function cameoRows(pledges: readonly Pledge[], readouts: readonly ReadoutSummary[]): CameoRow[] {
  const file = labels(readouts);
  const rows: CameoRow[] = [];
  for (const p of pledges) {
    const code = cameoCode(p);
    const dyads: [string, string][] = p.party === BOTH
      ? (p.counterparts.length >= 2 ? [[p.counterparts[0], p.counterparts[1]], [p.counterparts[1], p.counterparts[0]]] : [[BOTH, '']])
      : [[p.party, p.counterparts[0] ?? '']];
    for (const [source, target] of dyads) {
      rows.push({
        date: p.date ?? '', sourceActor: source, sourceCode: actorCode(source), targetActor: target, targetCode: actorCode(target),
        eventCode: code, eventLabel: CAMEO_CODES[code], strength: p.strength, topic: p.topic, sentence: p.sentence,
        file: file(p.readoutId), start: p.start, end: p.end, pledgeId: p.id,
      });
    }
  }
  return rows;
}

/** CAMEO rows as CSV (the event code is a text cell, so "030" keeps its leading zero as written). */
export function pledgesToCameoCsv(pledges: readonly Pledge[], readouts: readonly ReadoutSummary[]): string {
  return toCsv(CAMEO_COLUMNS, cameoRows(pledges, readouts).map((r) => [
    r.date, r.sourceActor, r.sourceCode, r.targetActor, r.targetCode, r.eventCode, r.eventLabel, r.strength, r.topic, r.sentence, r.file, r.start, r.end, r.pledgeId,
  ]));
}

// ---------------------------------------------------------------------------------------------
// One entry point per format

export type PledgeFormat = 'csv' | 'json' | 'md' | 'cameo';
export const PLEDGE_FORMATS: readonly PledgeFormat[] = ['csv', 'json', 'md', 'cameo'];
export const FORMAT_EXTENSIONS: Record<PledgeFormat, string> = { csv: '.csv', json: '.json', md: '.md', cameo: '.cameo.csv' };

export function exportPledges(format: PledgeFormat, pledges: readonly Pledge[], readouts: readonly ReadoutSummary[]): string {
  switch (format) {
    case 'csv': return pledgesToCsv(pledges, readouts);
    case 'json': return pledgesToJson(pledges, readouts);
    case 'md': return pledgesToMarkdown(pledges, readouts);
    case 'cameo': return pledgesToCameoCsv(pledges, readouts);
  }
}

// ---------------------------------------------------------------------------------------------
// Comparison

export const COMPARISON_COLUMNS = ['change', 'party', 'topic', 'before_strength', 'after_strength', 'before_count', 'after_count', 'before_sentence', 'after_sentence'] as const;

function comparisonRows(c: PledgeComparison): (string | number)[][] {
  return c.pairs.map((p) => [p.kind, p.party, p.topic, p.before?.strongest ?? '', p.after?.strongest ?? '',
    p.before?.pledges.length ?? 0, p.after?.pledges.length ?? 0, p.before?.pledges[0].sentence ?? '', p.after?.pledges[0].sentence ?? '']);
}

/** The comparison in one of csv / json / md (CAMEO rows describe pledges, not changes). */
export function exportComparison(format: Exclude<PledgeFormat, 'cameo'>, c: PledgeComparison): string {
  if (format === 'csv') return toCsv(COMPARISON_COLUMNS, comparisonRows(c));
  if (format === 'md') {
    const counts = (Object.keys(c.counts) as (keyof typeof c.counts)[]).map((k) => `${k} ${c.counts[k]}`).join(', ');
    return `${markdownCell(c.beforeLabel)} → ${markdownCell(c.afterLabel)}: ${counts}\n\n`
      + toMarkdownTable(['Change', 'Party', 'Topic', 'Before', 'After', 'Before sentence', 'After sentence'],
        c.pairs.map((p) => [p.kind, p.party, p.topic, p.before?.strongest ?? '', p.after?.strongest ?? '', p.before?.pledges[0].sentence ?? '', p.after?.pledges[0].sentence ?? '']));
  }
  return JSON.stringify({
    format: 'readout-lens/pledge-comparison', version: 1, before: c.beforeLabel, after: c.afterLabel, counts: c.counts,
    pairs: c.pairs.map((p) => ({
      kind: p.kind, party: p.party, topic: p.topic,
      before: p.before && { strongest: p.before.strongest, pledgeIds: p.before.pledges.map((x) => x.id), sentences: p.before.pledges.map((x) => x.sentence) },
      after: p.after && { strongest: p.after.strongest, pledgeIds: p.after.pledges.map((x) => x.id), sentences: p.after.pledges.map((x) => x.sentence) },
    })),
  }, null, 1) + '\n';
}
