// Reads a readout from disk the way every command needs it: UTF-8, BOM removed, with a clear
// message (never a crash) for a missing file, a directory, binary data, invalid UTF-8, an empty
// file or one over the size limit.

import * as fs from 'node:fs';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; error: string };

export function readReadout(file: string, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
  let stat: fs.Stats;
  try { stat = fs.statSync(file); } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, error: code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(e)})` };
  }
  if (stat.isDirectory()) return { ok: false, error: 'is a directory, not a readout file' };
  if (!stat.isFile()) return { ok: false, error: 'not a regular file' };
  if (stat.size === 0) return { ok: false, error: 'empty file' };
  if (stat.size > maxBytes) {
    return { ok: false, error: `too large (${(stat.size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB, see --max-size)` };
  }
  let bytes: Buffer;
  try { bytes = fs.readFileSync(file); } catch (e) { return { ok: false, error: `cannot read (${(e as Error).message})` }; }
  return decodeReadout(bytes);
}

/** Decodes bytes as UTF-8 text, refusing binary data and invalid UTF-8 with a reason. */
export function decodeReadout(bytes: Uint8Array): ReadResult {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, error: 'binary data (contains NUL bytes), not a text readout' };
  let text: string;
  try { text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch {
    return { ok: false, error: 'not valid UTF-8 (save the file as UTF-8 and try again)' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, error: 'empty file (only whitespace)' };
  return { ok: true, text };
}
