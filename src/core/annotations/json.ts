// A small JSON reader for files the user edits by hand (sidecars, the user gazetteer): reports
// the line and column of a syntax error, remembers where each value and key is (so a semantic
// problem can be pointed at too), builds null-prototype objects so keys such as `__proto__` or
// `constructor` are plain data, rejects duplicate keys, and bounds the nesting depth.

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject { [key: string]: JsonValue }

/** A problem at a place in the file; line and column are 0-based (add 1 to show them). */
export interface JsonProblem {
  message: string;
  offset: number;
  line: number;
  column: number;
}

export interface ParsedJson {
  value: JsonValue;
  /** Offset where an object or array value starts. */
  offsetOf(value: object): number | undefined;
  /** Offset of a key inside an object (its opening quote). */
  keyOffset(obj: object, key: string): number | undefined;
  /** A problem at an offset, with its line and column. */
  problemAt(offset: number, message: string): JsonProblem;
}

export type JsonResult = { ok: true; json: ParsedJson } | { ok: false; error: JsonProblem };

const MAX_DEPTH = 256;

class JsonSyntaxError extends Error {
  constructor(message: string, readonly offset: number) { super(message); }
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 0, lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) { line++; lineStart = i + 1; }
  return { line, column: offset - lineStart };
}

export function parseJson(source: string): JsonResult {
  const problemAt = (offset: number, message: string): JsonProblem => ({ message, offset, ...lineColumn(source, offset) });
  const starts = new WeakMap<object, number>();
  const keys = new WeakMap<object, Map<string, number>>();
  let pos = source.charCodeAt(0) === 0xfeff ? 1 : 0;

  const fail = (message: string, at = pos): never => { throw new JsonSyntaxError(message, at); };
  const describe = (at: number): string => (at >= source.length ? 'end of file' : JSON.stringify(source[at]));
  const skipSpace = () => {
    for (;;) {
      const c = source.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
      else break;
    }
  };
  const expect = (ch: string) => {
    if (source[pos] !== ch) fail(`expected ${JSON.stringify(ch)} but found ${describe(pos)}`);
    pos++;
  };

  const parseString = (): string => {
    const open = pos;
    expect('"');
    let out = '';
    let chunk = pos;
    for (;;) {
      if (pos >= source.length) fail('unterminated string', open);
      const c = source.charCodeAt(pos);
      if (c === 34) { out += source.slice(chunk, pos); pos++; return out; }
      if (c < 32) fail('control character in string (escape it, e.g. \\n)');
      if (c !== 92) { pos++; continue; }
      out += source.slice(chunk, pos);
      const e = source[pos + 1];
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (e !== undefined && Object.prototype.hasOwnProperty.call(simple, e)) { out += simple[e]; pos += 2; }
      else if (e === 'u') {
        const hex = source.slice(pos + 2, pos + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('invalid \\u escape');
        out += String.fromCharCode(parseInt(hex, 16));
        pos += 6;
      } else fail(`invalid escape \\${e ?? ''}`);
      chunk = pos;
    }
  };

  const parseNumber = (): number => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(source.slice(pos, pos + 400));
    if (!m) return fail(`unexpected ${describe(pos)}`);
    pos += m[0].length;
    return Number(m[0]);
  };

  const parseValue = (depth: number): JsonValue => {
    if (depth > MAX_DEPTH) fail('nested too deeply');
    skipSpace();
    const c = source[pos];
    if (c === '{') {
      const obj = Object.create(null) as JsonObject;
      const keyMap = new Map<string, number>();
      starts.set(obj, pos);
      keys.set(obj, keyMap);
      pos++;
      skipSpace();
      if (source[pos] === '}') { pos++; return obj; }
      for (;;) {
        skipSpace();
        if (source[pos] !== '"') fail(source[pos] === '}' ? 'trailing comma before "}"' : `expected a key in double quotes but found ${describe(pos)}`);
        const keyAt = pos;
        const key = parseString();
        if (keyMap.has(key)) fail(`duplicate key ${JSON.stringify(key)}`, keyAt);
        keyMap.set(key, keyAt);
        skipSpace();
        expect(':');
        obj[key] = parseValue(depth + 1);
        skipSpace();
        if (source[pos] === ',') { pos++; continue; }
        if (source[pos] === '}') { pos++; return obj; }
        fail(`expected "," or "}" but found ${describe(pos)}`);
      }
    }
    if (c === '[') {
      const arr: JsonValue[] = [];
      starts.set(arr, pos);
      pos++;
      skipSpace();
      if (source[pos] === ']') { pos++; return arr; }
      for (;;) {
        skipSpace();
        if (source[pos] === ']') fail('trailing comma before "]"');
        arr.push(parseValue(depth + 1));
        skipSpace();
        if (source[pos] === ',') { pos++; continue; }
        if (source[pos] === ']') { pos++; return arr; }
        fail(`expected "," or "]" but found ${describe(pos)}`);
      }
    }
    if (c === '"') return parseString();
    if (source.startsWith('true', pos)) { pos += 4; return true; }
    if (source.startsWith('false', pos)) { pos += 5; return false; }
    if (source.startsWith('null', pos)) { pos += 4; return null; }
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return parseNumber();
    return fail(pos >= source.length ? 'unexpected end of file' : `unexpected ${describe(pos)}`);
  };

  try {
    const value = parseValue(0);
    skipSpace();
    if (pos < source.length) fail(`unexpected ${describe(pos)} after the end of the JSON value`);
    return {
      ok: true,
      json: {
        value,
        offsetOf: (v) => starts.get(v),
        keyOffset: (o, k) => keys.get(o)?.get(k),
        problemAt,
      },
    };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ok: false, error: problemAt(e.offset, e.message) };
    throw e;
  }
}

export function isJsonObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own property lookup that never reaches a prototype. */
export function own(obj: JsonObject, key: string): JsonValue | undefined {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}
