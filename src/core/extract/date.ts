// Date of the talks (GUIDELINES section 1, `date`): the caller's option, else a metadata date
// line, else an explicit date in the dateline, title or opening sentences, else a weekday
// ("on Friday") counted back from a publication date or time stamp. Publication stamps
// (a scraped `date 2022-01-15` prefix, `2021/6/5 6:49`, `January 2, 2023 at 10:35 am`) only
// anchor relative dates and supply a missing year: they are not the talks date.

import type { AnalyzeOptions, ReadoutDate, Span } from '../types';
import { splitLines, splitSentences, type Line } from '../text';
import { buildGazetteer, termAt, type PersonEntry } from '../gazetteer';
import { findLeaders } from './leaders';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH_RE = '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?\\.?|July?\\.?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
/** "Oct. 12, 2024", "October 12", "October 12 2024" */
const MONTH_DAY = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'g');
/** "12 October 2024", "12 Oct" */
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE}(?![a-z])(?:,?\\s+(\\d{4})\\b)?`, 'g');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const SLASHED = /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g;
const WEEKDAY_RE = /\b(?:(last|next|this|on|said|here|late|early)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;

interface Ymd { y: number | null; m: number; d: number }
interface Found extends Ymd { start: number; end: number }

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function valid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function monthOf(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/** Every written date in a piece of text, with its position (offset added). */
function datesIn(s: string, offset: number): Found[] {
  const out: Found[] = [];
  const push = (y: number | null, m: number, d: number, at: number, len: number) => {
    if (m && valid(y ?? 2000, m, d)) out.push({ y, m, d, start: offset + at, end: offset + at + len });
  };
  for (const m of s.matchAll(MONTH_DAY)) push(m[3] ? +m[3] : null, monthOf(m[1]), +m[2], m.index, m[0].length);
  for (const m of s.matchAll(DAY_MONTH)) push(m[3] ? +m[3] : null, monthOf(m[2]), +m[1], m.index, m[0].length);
  for (const m of s.matchAll(ISO)) push(+m[1], +m[2], +m[3], m.index, m[0].length);
  for (const m of s.matchAll(SLASHED)) push(+m[1], +m[2], +m[3], m.index, m[0].length);
  return out.sort((a, b) => a.start - b.start);
}

const span = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

/** A line that is only an ISO date: the corpus's metadata line (talks date). */
const METADATA_LINE = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/;
/** A stamp line: a date with a clock time and nothing else ("2021/6/5 6:49", "January 2, 2023 at 10:35 am"). */
const STAMP_LINE = /^\s*(?:Published:?\s*|Updated:?\s*)?[\w ,./-]*?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|BST|CET|EST|ICT|[+-]\d{2}:?\d{2}))?\s*$/i;
/** Scraped "date 2022-01-15" glued before the text: publication. */
const SCRAPED_PREFIX = /^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b/;
/** "HANOI, Oct. 12 (Xinhua) --", "BEIJING, May 18 --", "HÀ NỘI —" with a date. */
const DATELINE = /^[\s\p{Lu}\p{M}.'’ -]{2,40},\s*$/u;

const TODAY = /\b(?:today|this (?:morning|afternoon|evening))\b/i;

interface Evidence { date: string; source: ReadoutDate['source']; evidence?: Span }

export function findReadoutDate(text: string, options: AnalyzeOptions): ReadoutDate {
  if (options.date) return { date: options.date, source: 'option' };
  const lines = splitLines(text).slice(0, 400);
  const head = lines.filter((l) => l.text.trim() !== '').slice(0, 4);

  for (const l of head) {
    const m = METADATA_LINE.exec(l.text);
    if (m && valid(+m[1], +m[2], +m[3])) {
      const at = l.start + l.text.indexOf(m[1]);
      return { date: `${m[1]}-${m[2]}-${m[3]}`, source: 'metadata', evidence: span(text, at, at + 10) };
    }
  }

  const publication = findPublication(text, lines, options);
  const stated = findStatedDate(text, lines, publication, options);
  if (stated) return stated;
  const relative = publication ? findWeekday(text, lines, publication.date) : null;
  if (relative) return relative;
  // Only a publication date: readouts come out on the day of the talks ("spoke today"), so it
  // stands for the talks date when nothing in the text says otherwise.
  if (publication) return { ...publication, source: TODAY.test(text) ? 'relative' : 'explicit' };
  return { date: null, source: 'none' };
}

/** Publication date: from the caller, a scraped prefix or a time-stamp line near the top. */
function findPublication(text: string, lines: Line[], options: AnalyzeOptions): Evidence | null {
  const first = lines.find((l) => l.text.trim() !== '');
  if (first) {
    const m = SCRAPED_PREFIX.exec(first.text);
    if (m && valid(+m[1], +m[2], +m[3])) {
      const at = first.start + first.text.indexOf(m[1]);
      return { date: `${m[1]}-${m[2]}-${m[3]}`, source: 'explicit', evidence: span(text, at, at + 10) };
    }
  }
  for (const l of lines.slice(0, 12)) {
    if (!STAMP_LINE.test(l.text) && !isDateOnly(l)) continue;
    const d = datesIn(l.text, l.start).find((x) => x.y !== null);
    if (d) return { date: iso(d.y as number, d.m, d.d), source: 'explicit', evidence: span(text, d.start, d.end) };
  }
  // A sign-off line that is only a date ("March 12, 2024" under "New Delhi").
  for (const l of lines.slice(-4)) {
    const d = datesIn(l.text, l.start).find((x) => x.y !== null && x.end - x.start === l.text.trim().length);
    if (d && l.text.trim().length > 0) return { date: iso(d.y as number, d.m, d.d), source: 'explicit', evidence: span(text, d.start, d.end) };
  }
  if (options.publicationDate && /^\d{4}-\d{2}-\d{2}$/.test(options.publicationDate)) {
    return { date: options.publicationDate, source: 'option' };
  }
  return null;
}

function isStampOrPrefix(l: Line): boolean {
  return STAMP_LINE.test(l.text) || isDateOnly(l);
}

/** A line that is one written date and nothing else ("March 12, 2024"): a page or sign-off date. */
function isDateOnly(l: Line): boolean {
  const t = l.text.trim();
  if (t.length < 6 || t.length > 40) return false;
  const d = datesIn(t, 0);
  return d.length === 1 && d[0].y !== null && d[0].start === 0 && d[0].end === t.length;
}

/**
 * An explicit date of the talks: a dateline ("HANOI, Oct. 12 (Xinhua) --"), a date opening a
 * sentence ("On January 13, 2022, ..."), or one in the title or first body sentences. A missing
 * year comes from another full date in the text or from the publication date.
 */
function findStatedDate(text: string, lines: Line[], publication: Evidence | null, options: AnalyzeOptions): ReadoutDate | null {
  const body = lines.filter((l) => l.text.trim() !== '' && !isStampOrPrefix(l));
  const candidates: { found: Found; weight: number }[] = [];
  const everyDate: Found[] = [];
  body.forEach((l, i) => {
    // The scraped "date YYYY-MM-DD" prefix is publication, not part of the text's own dates.
    const prefix = SCRAPED_PREFIX.exec(l.text);
    const from = prefix ? prefix[0].length : 0;
    const found = datesIn(l.text.slice(from), l.start + from);
    everyDate.push(...found);
    if (i > 3) return;
    for (const f of found) {
      // Only the opening of a paragraph is read: later dates tend to be other events.
      if (f.start - l.start > 400) continue;
      const before = text.slice(Math.max(l.start + from, f.start - 40), f.start);
      const after = text.slice(f.end, f.end + 25);
      let weight = 0;
      if (DATELINE.test(before) && /^\s*(?:\(|--|—|–|-|:|\/)/.test(after)) weight = 5;
      else if (/(?:^|[.!?]\s+)On\s+(?:\w+day,?\s+)?$/.test(before)) weight = 4;
      else if (/\b[Oo]n the (?:morning|afternoon|evening|night|sidelines) of\s+(?:\w+day,?\s+)?$/.test(before)) weight = 4;
      else if (/\b(?:on|On)\s+(?:\w+day,?\s+)?$/.test(before)) weight = 3;
      else if (i === 0) weight = 2;
      // Dates of other events ("since ... signed", "until", "scheduled for") are not the talks.
      if (/\b(?:since|until|by|before|after|from|signed|scheduled|next|last|event)\s+(?:on\s+|for\s+)?$/i.test(before)) weight = 0;
      if (weight > 0) candidates.push({ found: f, weight: weight - i * 0.1 });
    }
  });
  if (publication) {
    // A dated event long before (or after) publication is history, not these talks.
    for (const c of candidates) {
      if (c.found.y === null) continue;
      const days = (Date.parse(publication.date) - Date.UTC(c.found.y, c.found.m - 1, c.found.d)) / 86_400_000;
      if (days < -1 || days > 45) c.weight -= 4;
    }
  }
  if (candidates.length === 0 || candidates.every((c) => c.weight <= 0)) return null;
  candidates.sort((a, b) => b.weight - a.weight || a.found.start - b.found.start);
  const best = candidates[0].found;
  let year = best.y;
  let source: ReadoutDate['source'] = 'explicit';
  if (year === null) {
    // The same month and day written with a year elsewhere (caption "Oct. 12, 2024") wins; else
    // the year that puts the date on or before the publication date; else another date's year.
    const twin = everyDate.find((f) => f.y !== null && f.m === best.m && f.d === best.d);
    const other = everyDate.find((f) => f.y !== null);
    if (twin) year = twin.y;
    else if (publication) {
      const py = +publication.date.slice(0, 4);
      year = iso(py, best.m, best.d) <= publication.date ? py : py - 1;
      source = 'relative';
    } else if (other) year = other.y;
    else {
      year = yearFromOffices(text, best, options);
      source = 'relative';
    }
  }
  if (year === null || !valid(year, best.m, best.d)) return null;
  return { date: iso(year, best.m, best.d), source, evidence: span(text, best.start, best.end) };
}

/**
 * The year of a year-less date ("September 25", "May 18 (Xinhua)") from other evidence: the
 * weekday written with it ("on Tuesday, September 25") and the office terms of the people named
 * in full, who must hold an office on that day. Ties go to the latest year.
 */
function yearFromOffices(text: string, md: Ymd, options: AnalyzeOptions): number | null {
  const weekday = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/.exec(text.slice(0, 3000));
  const want = weekday ? WEEKDAYS.indexOf(weekday[1].toLowerCase()) : -1;
  const gazetteer = buildGazetteer(options.userGazetteer);
  const people = [...new Set(findLeaders({ text, sentences: splitSentences(text), date: null, gazetteer })
    .filter((m) => m.source !== 'context' && /\s/.test(m.text.trim()))
    .map((m) => gazetteer.people.get(m.canonical))
    .filter((p): p is PersonEntry => p !== undefined))];
  const now = new Date().getUTCFullYear();
  let best: number | null = null;
  let bestScore = 0;
  for (let y = now; y >= 1990; y--) {
    if (!valid(y, md.m, md.d)) continue;
    if (want >= 0 && new Date(Date.UTC(y, md.m - 1, md.d)).getUTCDay() !== want) continue;
    const day = iso(y, md.m, md.d);
    const score = people.filter((p) => termAt(p, day) !== undefined).length;
    if (score > bestScore) { best = y; bestScore = score; }
  }
  return best;
}

/** "on Friday" / "said Monday": the last such weekday on or before the publication date. */
function findWeekday(text: string, lines: Line[], published: string): ReadoutDate | null {
  for (const l of lines) {
    if (isStampOrPrefix(l)) continue;
    for (const m of l.text.matchAll(WEEKDAY_RE)) {
      if (m[1]?.toLowerCase() === 'next') continue;
      const want = WEEKDAYS.indexOf(m[2].toLowerCase());
      const [y, mo, d] = published.split('-').map(Number);
      const pub = new Date(Date.UTC(y, mo - 1, d));
      let back = (pub.getUTCDay() - want + 7) % 7;
      if (m[1]?.toLowerCase() === 'last' && back === 0) back = 7;
      const t = new Date(pub.getTime() - back * 86_400_000);
      const at = l.start + m.index + (m[0].length - m[2].length);
      return {
        date: iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()),
        source: 'relative',
        evidence: span(text, at, at + m[2].length),
      };
    }
  }
  return null;
}
