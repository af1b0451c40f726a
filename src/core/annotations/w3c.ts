// The sidecar file format: W3C Web Annotation Data Model JSON-LD
// (https://www.w3.org/TR/annotation-model/). A sidecar is an AnnotationPage whose items are
// Annotations; each targets the readout (relative path as `source`) through a TextQuoteSelector
// (exact/prefix/suffix) and a TextPositionSelector (code points, as the model requires).
// What the label says is carried by TextualBodies with W3C purposes:
//   classifying  "leader" | "agreement" | "commitment" | "not-leader" ... (the kind; for links the category)
//   identifying  the canonical entity
//   tagging      "party:China", "strength:firm", "topic:trade", "office:...", "country:...", "acronym:...", "kind:..."
//   commenting   the free note (text/plain)
// Output is stable: fixed key order, items by creation time then id, 2-space indentation and a
// final newline, so a new annotation is a small diff in git. Unknown properties are kept.

import { STRENGTHS, TOPICS, type Strength, type Topic } from '../types';
import { positionConverter, type PositionConverter } from './anchor';
import { isJsonObject, own, parseJson, type JsonObject, type JsonProblem, type JsonValue, type ParsedJson } from './json';
import { compareByCreated, FINDING_CATEGORIES, type AnnotationKind, type AnnotationSet, type FindingCategory, type ReadoutAnnotation } from './model';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

const KNOWN_ANNOTATION_KEYS = new Set(['@context', 'id', 'type', 'motivation', 'created', 'modified', 'creator', 'body', 'target']);
const TAGS = ['party', 'strength', 'topic', 'office', 'country', 'acronym', 'kind'] as const;
type Tag = typeof TAGS[number];

// ---------------------------------------------------------------------------------------------
// Writing

/** The sidecar text for a set; `text` (the readout) converts UTF-16 offsets to code points. */
export function serializeSidecar(set: AnnotationSet, text?: string): string {
  const conv = text === undefined ? undefined : positionConverter(text);
  const page = obj();
  page['@context'] = ANNO_CONTEXT;
  page['type'] = 'AnnotationPage';
  page['items'] = [...set.annotations].sort(compareByCreated).map((a) => annotationToJson(a, set.source, conv, false));
  return JSON.stringify(page, null, 2) + '\n';
}

/** Annotations of several readouts in one AnnotationPage (export); each keeps its own target source. */
export function serializeExport(sets: ReadonlyArray<{ set: AnnotationSet; text?: string }>): string {
  const page = obj();
  page['@context'] = ANNO_CONTEXT;
  page['type'] = 'AnnotationPage';
  const items: JsonValue[] = [];
  for (const { set, text } of sets) {
    const conv = text === undefined ? undefined : positionConverter(text);
    for (const a of [...set.annotations].sort(compareByCreated)) items.push(annotationToJson(a, set.source, conv, false));
  }
  page['items'] = items;
  return JSON.stringify(page, null, 2) + '\n';
}

/** One annotation as a standalone W3C document (with its own @context), for export. */
export function serializeAnnotation(a: ReadoutAnnotation, source: string, text?: string): string {
  const conv = text === undefined ? undefined : positionConverter(text);
  return JSON.stringify(annotationToJson(a, source, conv, true), null, 2) + '\n';
}

const MOTIVATION: Record<AnnotationKind, string> = {
  leader: 'classifying', agreement: 'classifying', commitment: 'classifying',
  reject: 'assessing', link: 'identifying', note: 'commenting',
};

function annotationToJson(a: ReadoutAnnotation, source: string, conv: PositionConverter | undefined, standalone: boolean): JsonObject {
  const o = obj();
  if (standalone) o['@context'] = ANNO_CONTEXT;
  o['id'] = a.id;
  o['type'] = 'Annotation';
  o['motivation'] = MOTIVATION[a.kind];
  o['created'] = a.created;
  o['modified'] = a.modified;
  if (a.creator !== undefined) o['creator'] = a.creator;
  const body: JsonValue[] = [];
  const classification = a.kind === 'reject' ? `not-${a.category ?? 'leader'}`
    : a.kind === 'link' ? a.category ?? 'leader'
      : a.kind === 'note' ? undefined : a.kind;
  if (classification) body.push(textBody('classifying', classification));
  if (a.canonical !== undefined) body.push(textBody('identifying', a.canonical));
  const tags: Record<Tag, string | undefined> = {
    party: a.party, strength: a.strength, topic: a.topic, office: a.office, country: a.country,
    acronym: a.acronym, kind: a.agreementKind,
  };
  for (const t of TAGS) if (tags[t] !== undefined) body.push(textBody('tagging', `${t}:${tags[t]}`));
  if (a.note !== undefined) {
    const b = textBody('commenting', a.note);
    b['format'] = 'text/plain';
    body.push(b);
  }
  for (const other of a.otherBodies ?? []) body.push(other as JsonValue);
  o['body'] = body;
  const target = obj();
  target['source'] = source;
  const quote = obj();
  quote['type'] = 'TextQuoteSelector';
  quote['exact'] = a.anchor.exact;
  quote['prefix'] = a.anchor.prefix;
  quote['suffix'] = a.anchor.suffix;
  const position = obj();
  position['type'] = 'TextPositionSelector';
  position['start'] = conv ? conv.toCodePoint(a.anchor.start) : a.anchor.start;
  position['end'] = conv ? conv.toCodePoint(a.anchor.end) : a.anchor.end;
  // An annotation imported without a position and never placed has none to record.
  target['selector'] = a.anchor.start >= 0 ? [quote, position] : [quote];
  o['target'] = target;
  if (a.extras) for (const k of Object.keys(a.extras).sort()) if (!KNOWN_ANNOTATION_KEYS.has(k) || (k === 'creator' && a.creator === undefined)) o[k] = a.extras[k] as JsonValue;
  return o;
}

function textBody(purpose: string, value: string): JsonObject {
  const b = obj();
  b['type'] = 'TextualBody';
  b['purpose'] = purpose;
  b['value'] = value;
  return b;
}

/** Null-prototype object: assigning `__proto__` on it makes a plain property, never a prototype. */
function obj(): JsonObject {
  return Object.create(null) as JsonObject;
}

// ---------------------------------------------------------------------------------------------
// Reading

export interface ParseOptions {
  /** The readout's text: converts code-point positions to UTF-16 (without it they are taken as they are). */
  text?: string;
  /** Timestamp for annotations that have none (imports from other tools). */
  now?: string;
  /** Target source to record when an imported annotation names none. */
  source?: string;
}

export type ParseResult =
  | { ok: true; set: AnnotationSet; warnings: JsonProblem[]; /** target source of each annotation, in order */ sources: Array<string | undefined> }
  | { ok: false; errors: JsonProblem[] };

/**
 * Reads a sidecar or any W3C export: a single Annotation, an array of them, an AnnotationPage
 * (`items`) or an AnnotationCollection with an embedded `first` page. A syntax error, or an item
 * that is not a usable annotation, makes the whole parse fail with each problem's place, so the
 * caller leaves the file alone instead of writing back a version with something missing.
 */
export function parseAnnotations(source: string, options: ParseOptions = {}): ParseResult {
  const parsed = parseJson(source);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  const { json } = parsed;
  const root = json.value;
  const errors: JsonProblem[] = [];
  const warnings: JsonProblem[] = [];
  const at = (v: object | undefined, message: string): JsonProblem => json.problemAt(v ? json.offsetOf(v) ?? 0 : 0, message);
  let items: JsonValue[];
  if (Array.isArray(root)) items = root;
  else if (isJsonObject(root)) {
    const type = own(root, 'type');
    const first = own(root, 'first');
    const rootItems = own(root, 'items');
    if (type === 'Annotation') items = [root];
    else if (Array.isArray(rootItems)) items = rootItems;
    else if (isJsonObject(first) && Array.isArray(own(first, 'items'))) items = own(first, 'items') as JsonValue[];
    else if (type === 'AnnotationPage' || type === 'AnnotationCollection') items = [];
    else return { ok: false, errors: [at(root, 'not a W3C annotation document: expected an Annotation, an AnnotationPage with "items", or an array of annotations')] };
    const context = own(root, '@context');
    if (context !== undefined && !mentionsAnnoContext(context)) {
      warnings.push(at(root, `"@context" does not include ${ANNO_CONTEXT}`));
    }
  } else {
    return { ok: false, errors: [json.problemAt(0, 'expected a JSON object or array')] };
  }
  const conv = options.text === undefined ? undefined : positionConverter(options.text);
  const annotations: ReadoutAnnotation[] = [];
  const ids = new Set<string>();
  const sources: Array<string | undefined> = [];
  let setSource = options.source;
  items.forEach((item, index) => {
    const r = readAnnotation(item, index, json, conv, options);
    if ('error' in r) { errors.push(r.error); return; }
    if (ids.has(r.annotation.id)) { errors.push(at(item as object, `item ${index + 1}: duplicate id ${r.annotation.id}`)); return; }
    ids.add(r.annotation.id);
    setSource ??= r.source;
    annotations.push(r.annotation);
    sources.push(r.source);
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, set: { source: setSource ?? '', annotations }, warnings, sources };
}

function mentionsAnnoContext(c: JsonValue): boolean {
  return c === ANNO_CONTEXT || (Array.isArray(c) && c.includes(ANNO_CONTEXT));
}

type ReadResult = { annotation: ReadoutAnnotation; source?: string } | { error: JsonProblem };

function readAnnotation(item: JsonValue, index: number, json: ParsedJson, conv: PositionConverter | undefined, options: ParseOptions): ReadResult {
  const where = `item ${index + 1}`;
  if (!isJsonObject(item)) return { error: json.problemAt(0, `${where}: expected an annotation object`) };
  const fail = (message: string, key?: string): ReadResult => {
    const offset = (key !== undefined ? json.keyOffset(item, key) : undefined) ?? json.offsetOf(item) ?? 0;
    return { error: json.problemAt(offset, `${where}: ${message}`) };
  };
  const id = own(item, 'id');
  if (typeof id !== 'string' || id === '') return fail('"id" must be a non-empty string', 'id');
  const type = own(item, 'type');
  if (type !== undefined && type !== 'Annotation' && !(Array.isArray(type) && type.includes('Annotation'))) {
    return fail('"type" must be "Annotation"', 'type');
  }
  const stamp = (key: string): string | undefined | false => {
    const v = own(item, key);
    if (v === undefined) return undefined;
    return typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : false;
  };
  const created = stamp('created');
  const modified = stamp('modified');
  if (created === false) return fail('"created" must be an ISO 8601 date-time', 'created');
  if (modified === false) return fail('"modified" must be an ISO 8601 date-time', 'modified');
  const now = options.now ?? '1970-01-01T00:00:00.000Z';

  // Target: the readout and where in it.
  let target = own(item, 'target');
  if (Array.isArray(target)) target = target[0];
  if (!isJsonObject(target)) return fail('"target" must be an object with a "selector"', 'target');
  const source = own(target, 'source');
  let selectors = own(target, 'selector');
  if (isJsonObject(selectors)) selectors = [selectors];
  if (!Array.isArray(selectors)) return fail('"target.selector" is missing', 'target');
  let quote: JsonObject | undefined;
  let position: JsonObject | undefined;
  for (const s of selectors) {
    if (!isJsonObject(s)) continue;
    if (own(s, 'type') === 'TextQuoteSelector') quote = s;
    if (own(s, 'type') === 'TextPositionSelector') position = s;
  }
  if (!quote && !position) return fail('needs a TextQuoteSelector or a TextPositionSelector', 'target');
  const exact = quote ? own(quote, 'exact') : '';
  const prefix = quote ? own(quote, 'prefix') ?? '' : '';
  const suffix = quote ? own(quote, 'suffix') ?? '' : '';
  if (typeof exact !== 'string' || typeof prefix !== 'string' || typeof suffix !== 'string') {
    return fail('TextQuoteSelector "exact", "prefix" and "suffix" must be strings', 'target');
  }
  let start = -1, end = -1;
  if (position) {
    const s = own(position, 'start'), e = own(position, 'end');
    if (!Number.isInteger(s) || !Number.isInteger(e) || (s as number) < 0 || (e as number) < (s as number)) {
      return fail('TextPositionSelector needs integer "start" <= "end", both >= 0', 'target');
    }
    start = conv ? conv.toUtf16(s as number) : s as number;
    end = conv ? conv.toUtf16(e as number) : e as number;
  }
  if (exact === '' && !position) return fail('TextQuoteSelector "exact" is empty', 'target');

  // Bodies: what the label says.
  let bodies = own(item, 'body');
  if (bodies === undefined) bodies = [];
  if (!Array.isArray(bodies)) bodies = [bodies];
  let classification: string | undefined;
  let canonical: string | undefined;
  let note: string | undefined;
  const tags = new Map<Tag, string>();
  const otherBodies: unknown[] = [];
  for (const b of bodies) {
    if (typeof b === 'string') { note ??= b; continue; }
    const purpose = isJsonObject(b) ? own(b, 'purpose') : undefined;
    const value = isJsonObject(b) ? own(b, 'value') : undefined;
    if (!isJsonObject(b) || typeof value !== 'string' || (own(b, 'type') !== undefined && own(b, 'type') !== 'TextualBody')) {
      otherBodies.push(b);
      continue;
    }
    if (purpose === 'classifying' && classification === undefined) classification = value;
    else if (purpose === 'identifying' && canonical === undefined) canonical = value;
    else if (purpose === 'tagging' && /^[a-z]+:/.test(value) && (TAGS as readonly string[]).includes(value.slice(0, value.indexOf(':')))) {
      tags.set(value.slice(0, value.indexOf(':')) as Tag, value.slice(value.indexOf(':') + 1));
    } else if ((purpose === 'commenting' || purpose === 'describing' || purpose === undefined) && note === undefined) note = value;
    else otherBodies.push(b);
  }
  const motivation = own(item, 'motivation');
  let kind: AnnotationKind;
  let category: FindingCategory | undefined;
  if (classification?.startsWith('not-')) {
    kind = 'reject';
    category = classification.slice(4) as FindingCategory;
  } else if (motivation === 'identifying' || (classification === undefined && canonical !== undefined)) {
    kind = 'link';
    category = (classification ?? 'leader') as FindingCategory;
  } else if (classification !== undefined) {
    kind = classification as AnnotationKind;
  } else {
    kind = 'note';
  }
  if (category !== undefined && !FINDING_CATEGORIES.includes(category)) return fail(`unknown category "${category}" (leader, agreement or commitment)`, 'body');
  if (!['leader', 'agreement', 'commitment', 'reject', 'link', 'note'].includes(kind)) {
    return fail(`unknown label "${classification}" (leader, agreement, commitment, not-leader, ...)`, 'body');
  }
  const strength = tags.get('strength');
  if (strength !== undefined && !STRENGTHS.includes(strength as Strength)) return fail(`strength "${strength}" is not one of ${STRENGTHS.join(', ')}`, 'body');
  const topic = tags.get('topic');
  if (topic !== undefined && !TOPICS.includes(topic as Topic)) return fail(`topic "${topic}" is not one of ${TOPICS.join(', ')}`, 'body');

  const annotation: ReadoutAnnotation = {
    id,
    kind,
    anchor: { start: start < 0 ? 0 : start, end: end < 0 ? 0 : end, exact, prefix, suffix },
    created: created ?? modified ?? now,
    modified: modified ?? created ?? now,
  };
  if (position === undefined) annotation.anchor = { ...annotation.anchor, start: -1, end: -1 };
  if (category !== undefined) annotation.category = category;
  if (canonical !== undefined) annotation.canonical = canonical;
  if (tags.has('party')) annotation.party = tags.get('party');
  if (strength !== undefined) annotation.strength = strength as Strength;
  if (topic !== undefined) annotation.topic = topic as Topic;
  if (tags.has('office')) annotation.office = tags.get('office');
  if (tags.has('country')) annotation.country = tags.get('country');
  if (tags.has('acronym')) annotation.acronym = tags.get('acronym');
  if (tags.has('kind')) annotation.agreementKind = tags.get('kind');
  if (note !== undefined) annotation.note = note;
  const creator = own(item, 'creator');
  if (typeof creator === 'string') annotation.creator = creator;
  const extras = Object.create(null) as Record<string, unknown>;
  let hasExtras = false;
  for (const k of Object.keys(item)) {
    if (KNOWN_ANNOTATION_KEYS.has(k) && !(k === 'creator' && typeof creator !== 'string')) continue;
    extras[k] = item[k];
    hasExtras = true;
  }
  if (hasExtras) annotation.extras = extras;
  if (otherBodies.length > 0) annotation.otherBodies = otherBodies;
  return { annotation, source: typeof source === 'string' ? source : undefined };
}
