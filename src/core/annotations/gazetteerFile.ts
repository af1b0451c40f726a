// The user gazetteer file (.readout-lens/gazetteer.json): reading it with the place of every
// problem, and adding entries to it without disturbing what the user wrote (their key order,
// their unknown keys, their `$schema`). A file that does not parse is never rewritten.
// Schema: schemas/user-gazetteer.schema.json (the editor validates the file with it as well).

import type { AgreementEntry, Gazetteer, OfficeTerm } from '../types';
import { isJsonObject, own, parseJson, type JsonObject, type JsonProblem, type JsonValue, type ParsedJson } from './json';

export const USER_GAZETTEER_SCHEMA = './schemas/user-gazetteer.schema.json';

export type UserGazetteerResult =
  | { ok: true; gazetteer: Gazetteer; warnings: JsonProblem[] }
  | { ok: false; errors: JsonProblem[] };

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function parseUserGazetteer(source: string): UserGazetteerResult {
  if (source.trim() === '') return { ok: true, gazetteer: { offices: [], agreements: [], notLeaders: [] }, warnings: [] };
  const parsed = parseJson(source);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  const { json } = parsed;
  const root = json.value;
  if (!isJsonObject(root)) return { ok: false, errors: [json.problemAt(0, 'the user gazetteer is a JSON object: {"offices": [], "agreements": [], "notLeaders": []}')] };
  const errors: JsonProblem[] = [];
  const warnings: JsonProblem[] = [];
  for (const k of Object.keys(root)) {
    if (!['$schema', 'offices', 'agreements', 'notLeaders'].includes(k)) warnings.push(keyProblem(json, root, k, `unknown key "${k}" (ignored)`));
  }
  const offices = readList(json, root, 'offices', errors, (o, where) => readOffice(json, o, where, errors));
  const agreements = readList(json, root, 'agreements', errors, (o, where) => readAgreement(json, o, where, errors));
  const notLeaders: string[] = [];
  const nl = own(root, 'notLeaders');
  if (nl !== undefined) {
    if (!Array.isArray(nl) || nl.some((s) => typeof s !== 'string' || s.trim() === '')) errors.push(keyProblem(json, root, 'notLeaders', '"notLeaders" must be a list of names'));
    else notLeaders.push(...(nl as string[]));
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, gazetteer: { offices, agreements, notLeaders }, warnings };
}

function keyProblem(json: ParsedJson, obj: JsonObject, key: string, message: string): JsonProblem {
  return json.problemAt(json.keyOffset(obj, key) ?? json.offsetOf(obj) ?? 0, message);
}

function readList<T>(json: ParsedJson, root: JsonObject, key: string, errors: JsonProblem[], read: (o: JsonObject, where: string) => T | undefined): T[] {
  const v = own(root, key);
  if (v === undefined) return [];
  if (!Array.isArray(v)) { errors.push(keyProblem(json, root, key, `"${key}" must be a list`)); return []; }
  const out: T[] = [];
  v.forEach((item, i) => {
    const where = `${key}[${i}]`;
    if (!isJsonObject(item)) { errors.push(json.problemAt(json.offsetOf(v) ?? 0, `${where} must be an object`)); return; }
    const r = read(item, where);
    if (r) out.push(r);
  });
  return out;
}

function str(json: ParsedJson, o: JsonObject, key: string, where: string, errors: JsonProblem[], required: boolean, pattern?: RegExp): string | undefined {
  const v = own(o, key);
  if (v === undefined) {
    if (required) errors.push(json.problemAt(json.offsetOf(o) ?? 0, `${where}: "${key}" is required`));
    return undefined;
  }
  if (typeof v !== 'string' || v.trim() === '' || (pattern && !pattern.test(v))) {
    errors.push(keyProblem(json, o, key, `${where}: "${key}" must be ${pattern ? 'a date YYYY-MM-DD' : 'a non-empty string'}`));
    return undefined;
  }
  return v;
}

function strList(json: ParsedJson, o: JsonObject, key: string, where: string, errors: JsonProblem[]): string[] | undefined {
  const v = own(o, key);
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || v.some((s: JsonValue) => typeof s !== 'string')) {
    errors.push(keyProblem(json, o, key, `${where}: "${key}" must be a list of strings`));
    return undefined;
  }
  return v as string[];
}

function readOffice(json: ParsedJson, o: JsonObject, where: string, errors: JsonProblem[]): OfficeTerm | undefined {
  const before = errors.length;
  const person = str(json, o, 'person', where, errors, true);
  const office = str(json, o, 'office', where, errors, true);
  const country = str(json, o, 'country', where, errors, true);
  const from = str(json, o, 'from', where, errors, true, DATE);
  const to = str(json, o, 'to', where, errors, false, DATE);
  const aliases = strList(json, o, 'aliases', where, errors);
  const titles = strList(json, o, 'titles', where, errors);
  if (from && to && to < from) errors.push(keyProblem(json, o, 'to', `${where}: "to" (${to}) is before "from" (${from})`));
  if (errors.length > before || !person || !office || !country || !from) return undefined;
  const term: OfficeTerm = { person, office, country, from };
  if (to) term.to = to;
  if (aliases) term.aliases = aliases;
  if (titles) term.titles = titles;
  return term;
}

function readAgreement(json: ParsedJson, o: JsonObject, where: string, errors: JsonProblem[]): AgreementEntry | undefined {
  const before = errors.length;
  const canonical = str(json, o, 'canonical', where, errors, true);
  const acronym = str(json, o, 'acronym', where, errors, false);
  const kind = str(json, o, 'kind', where, errors, false);
  const variants = strList(json, o, 'variants', where, errors);
  if (errors.length > before || !canonical) return undefined;
  const entry: AgreementEntry = { canonical };
  if (variants) entry.variants = variants;
  if (acronym) entry.acronym = acronym;
  if (kind) entry.kind = kind;
  return entry;
}

export interface GazetteerAddition {
  office?: OfficeTerm;
  agreement?: AgreementEntry;
  notLeader?: string;
}

/**
 * The file text with an entry added (an equal entry is not added twice), keeping everything
 * else as the user wrote it. Refuses (ok: false) when the current text does not parse.
 */
export function addToUserGazetteer(current: string | undefined, addition: GazetteerAddition): { ok: true; text: string } | { ok: false; errors: JsonProblem[] } {
  let root: JsonObject;
  if (current === undefined || current.trim() === '') {
    root = Object.create(null) as JsonObject;
    root['$schema'] = USER_GAZETTEER_SCHEMA;
  } else {
    const checked = parseUserGazetteer(current);
    if (!checked.ok) return checked;
    const parsed = parseJson(current);
    if (!parsed.ok || !isJsonObject(parsed.json.value)) return { ok: false, errors: [] };
    root = parsed.json.value;
  }
  const push = (key: string, value: JsonValue, same: (v: JsonValue) => boolean) => {
    const list = (own(root, key) as JsonValue[] | undefined) ?? [];
    if (!list.some(same)) list.push(value);
    root[key] = list;
  };
  for (const k of ['offices', 'agreements', 'notLeaders']) if (own(root, k) === undefined) root[k] = [];
  if (addition.office) {
    const o = addition.office;
    push('offices', ordered(o, ['person', 'aliases', 'office', 'titles', 'country', 'from', 'to']),
      (v) => isJsonObject(v) && own(v, 'person') === o.person && own(v, 'office') === o.office && own(v, 'from') === o.from);
  }
  if (addition.agreement) {
    const g = addition.agreement;
    push('agreements', ordered(g, ['canonical', 'variants', 'acronym', 'kind']), (v) => isJsonObject(v) && own(v, 'canonical') === g.canonical);
  }
  if (addition.notLeader) {
    const n = addition.notLeader;
    push('notLeaders', n, (v) => v === n);
  }
  return { ok: true, text: JSON.stringify(root, null, 2) + '\n' };
}

function ordered(value: object, keys: readonly string[]): JsonObject {
  const o = Object.create(null) as JsonObject;
  const src = value as Record<string, JsonValue | undefined>;
  for (const k of keys) if (src[k] !== undefined) o[k] = src[k] as JsonValue;
  return o;
}
