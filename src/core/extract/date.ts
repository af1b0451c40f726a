// Date of the talks (GUIDELINES section 1, `date`): the caller's option, else a metadata date
// line, else an explicit date in the dateline, title or opening sentences, else a relative word
// ("on Friday", "today", "yesterday") counted back from a publication stamp. Publication stamps
// (a scraped `date 2022-01-15` prefix, `2021/6/5 6:49`, `Published February 29, 2024`, a page
// date line `MAY 23, 2022` / `05.08.2022`) only anchor relative dates and supply a missing year:
// they are not the talks date unless nothing in the text says otherwise.

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

// Case-insensitive so that capitals ("MAY 23, 2022") match; a lower-case month word ("may") is
// rejected afterwards, since it is the verb.
const MONTH_RE = '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?\\.?|July?\\.?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
/** "Oct. 12, 2024", "October 12", "October 12 2024", "MAY 23rd, 2022" */
const MONTH_DAY = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'gi');
/** "12 October 2024", "12 Oct", "23rd of May 2022" */
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?![a-z])(?:,?\\s+(\\d{4})\\b)?`, 'gi');
/** "2022-08-05", "2022/8/5", "2022.08.05": year first. */
const YMD = /(?<![\d./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d]|[./-]\d)/g;
/** "05.08.2022" (day first, European); "05/08/2022", "05-08-2022" (day first unless impossible). */
const DMY = /(?<![\d./-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\d]|[./-]\d)/g;
const WEEKDAY_WORD = '(?:Sun(?:day)?|Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:r|rs|rsday)?|Fri(?:day)?|Sat(?:urday)?)';

interface Ymd { y: number | null; m: number; d: number }
interface Found extends Ymd { start: number; end: number; /** The month-first reading of an ambiguous numeric date. */ alt?: { m: number; d: number } }

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const DAY_MS = 86_400_000;
const HEAD_CHARS = 100_000;
/** Characters of one paragraph searched for dates. */
const LINE_CHARS = 5000;

function valid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function monthOf(word: string): number {
  if (!/^\p{Lu}/u.test(word)) return 0;
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? 0;
}

function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

function weekdayIndex(word: string): number {
  const w = word.toLowerCase().slice(0, 3);
  return WEEKDAYS.findIndex((x) => x.startsWith(w));
}

function shift(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d) - days * DAY_MS);
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Every written date in a piece of text, with its position (offset added). */
function datesIn(s: string, offset: number): Found[] {
  const out: Found[] = [];
  // Every date pattern has a digit: most paragraphs have none, and skip the four scans.
  if (!/\d/.test(s)) return out;
  const push = (y: number | null, m: number, d: number, at: number, len: number, alt?: Found['alt']) => {
    if (m && valid(y ?? 2000, m, d)) out.push({ y, m, d, start: offset + at, end: offset + at + len, alt });
  };
  for (const m of s.matchAll(MONTH_DAY)) push(m[3] ? +m[3] : null, monthOf(m[1]), +m[2], m.index, m[0].length);
  for (const m of s.matchAll(DAY_MONTH)) push(m[3] ? +m[3] : null, monthOf(m[2]), +m[1], m.index, m[0].length);
  for (const m of s.matchAll(YMD)) push(+m[1], +m[3], +m[4], m.index, m[0].length);
  for (const m of s.matchAll(DMY)) {
    const [a, b, y] = [+m[1], +m[3], +m[4]];
    const dayFirst = valid(y, b, a);
    const monthFirst = valid(y, a, b);
    // Dotted dates are European; a slashed or dashed one is ambiguous when both readings exist.
    if (dayFirst) push(y, b, a, m.index, m[0].length, monthFirst && a !== b && m[2] !== '.' ? { m: a, d: b } : undefined);
    else if (monthFirst) push(y, a, b, m.index, m[0].length);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The reading of a date that falls on the wanted weekday, when it is ambiguous; else day first. */
function settle(f: Found, weekday: number): Found {
  if (!f.alt || f.y === null || weekday < 0) return f;
  if (weekdayOf(f.y, f.m, f.d) !== weekday && weekdayOf(f.y, f.alt.m, f.alt.d) === weekday) return { ...f, m: f.alt.m, d: f.alt.d };
  return f;
}

const span = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

/** A line that is only an ISO date: the corpus's metadata line (talks date). */
const METADATA_LINE = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/;
/** A stamp line: a date with a clock time and nothing else ("2021/6/5 6:49", "January 2, 2023 at 10:35 am"). */
const STAMP_LINE = /^\s*(?:Published:?\s*|Updated:?\s*)?[\w ,./-]*?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|BST|CET|EST|ICT|[+-]\d{2}:?\d{2}))?\s*$/i;
/** Words that announce a publication stamp. */
const STAMP_KEY = /^(?:(?:first\s+)?published|(?:last\s+)?updated|last\s+modified|posted|dated?|release\s+date|issued)\b(?:\s+on)?\s*:?\s*(?:on\s+|at\s+)?/i;
const WEEKDAY_PREFIX = new RegExp(`^(${WEEKDAY_WORD})\\.?,?\\s+`, 'i');
/** "Ankara, " / "By Jane Doe | " before a page date. */
const PLACE_PREFIX = /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|da|del|di|la|el|al|of))*\s*[,:|–—-]\s*/u;
const CLOCK = /(?:\s*(?:,|\||•|·|-|–|—|at|@))*\s*\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?/gi;
/** Words a stamp's tail may carry beside the clock time and capitalised names. */
const TAIL_WORDS = new Set(['am', 'pm', 'at', 'by', 'local', 'time', 'hrs', 'gmt', 'utc', 'and', 'ist', 'est', 'edt']);
/** "Paris, ", "WASHINGTON, D.C., ", "Rio de Janeiro, Friday, " before a dateline date. */
const DATELINE_PLACE = /^\s*(?:\p{Lu}[\p{L}\p{M}.'’ -]{0,40}(?:,\s*\p{Lu}[\p{L}\p{M}.'’ -]{0,30}){0,2}\s*[,:–—-]\s*)?$/u;
/** After a dateline date: an agency (", SPA", " (Xinhua)", " /PRNewswire/") and a dash or colon. */
const DATELINE_TAIL = /^(?:\s*\(|\s*[.,]?\s*(?:\/\s*[^/\n]{1,25}\s*\/|\p{Lu}[\p{L}.&]{0,15}(?:\s\p{Lu}[\p{L}.&]{0,15}){0,3})?\s*(?:--|—|–|-|:|\/|\|))/u;

/** Verbs and nouns of the talks themselves. */
const TALKS = /\b(?:held (?:\w+ ){0,3}(?:talks|meeting|conversation|call|summit)|talks|met|meets?|meeting|spoke|speaks?|phone|telephone|call|conversation|summit|received|receives|hosted|hosts|discussed|exchanged views|videoconference|video link|took place|(?:were|was) held)\b/gi;
/** Words that tie a date to another event than the talks. */
const OTHER_EVENT = /\b(?:since|until|anniversary|established|establishment|founded|founding|signed|born|died|elected|inaugurat\w*|independence|war|attack|election|previous(?:ly)?|last met|first met|recalled|back in|took office|came into force|deadline|scheduled|next|upcoming|ahead of|will)\b/gi;

interface Evidence { date: string; source: ReadoutDate['source']; evidence?: Span }
interface Stamp { found: Found; weekday: number; updated: boolean }

export function findReadoutDate(text: string, options: AnalyzeOptions): ReadoutDate {
  if (options.date) return { date: options.date, source: 'option' };
  // Only the opening is read (and the last lines for a sign-off date): a long file costs no more.
  const lines = splitLines(text.slice(0, HEAD_CHARS)).slice(0, 400);
  const head = lines.filter((l) => l.text.trim() !== '').slice(0, 4);
  const mention = findRelativeMention(text, lines);

  for (const l of head) {
    const m = METADATA_LINE.exec(l.text);
    if (m && valid(+m[1], +m[2], +m[3])) {
      const at = l.start + l.text.indexOf(m[1]);
      const date = `${m[1]}-${m[2]}-${m[3]}`;
      // A weekday tied to the talks a few days before an ISO line makes that line a stamp.
      if (mention?.weekday !== undefined && mention.talks) {
        const back = daysBack(date, mention);
        if (back !== null && back > 0 && back < 7) return relativeResult(text, date, mention);
      }
      return { date, source: 'metadata', evidence: span(text, at, at + 10) };
    }
  }

  const publication = findPublication(text, lines, options, mention);
  const stated = findStatedDate(text, lines, publication, options);
  if (stated) return stated;
  if (publication && mention && daysBack(publication.date, mention) !== null) return relativeResult(text, publication.date, mention);
  // Only a publication date: readouts come out on the day of the talks, so it stands for the
  // talks date when nothing in the text says otherwise ("last week" is not precise enough).
  if (publication) return publication;
  return { date: null, source: 'none' };
}

/** A relative word about the talks: a weekday, or a day offset ("today" 0, "yesterday" 1), or a vague one. */
interface Mention { start: number; end: number; weekday?: number; last?: boolean; offset?: number; talks: boolean }

function daysBack(published: string, m: Mention): number | null {
  if (m.offset !== undefined) return m.offset;
  if (m.weekday === undefined) return null;
  const [y, mo, d] = published.split('-').map(Number);
  let back = (weekdayOf(y, mo, d) - m.weekday + 7) % 7;
  if (m.last && back === 0) back = 7;
  return back;
}

function relativeResult(text: string, published: string, m: Mention): ReadoutDate {
  return { date: shift(published, daysBack(published, m) ?? 0), source: 'relative', evidence: span(text, m.start, m.end) };
}

const RELATIVE = new RegExp(
  `\\b(?:(last|next|this|on|said|here|late|early)\\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\\b` +
  '|\\b(the day before yesterday|yesterday|last (?:night|evening)|(?:earlier |later )?today|tonight|this (?:morning|afternoon|evening))\\b' +
  '|\\b(last week|earlier this week|this week|last month|recently|the other day)\\b', 'gi');
const RELATIVE_HINT = /day|last|tonight|this|recently/i;
/** Words just before a weekday that put it after the talks ("will meet on Friday", "until Monday"). */
/** Words just after it that make it a coming event ("the summit on Friday will ..."). */
const FUTURE_AFTER = /^[^.,;!?]{0,12}\b(?:will|would|is (?:expected|scheduled|due)|are (?:expected|scheduled|due))\b/i;
const FUTURE_BEFORE = /\b(?:next|will|would|ahead of|upcoming|scheduled(?: for)?|due|until|till|since|starting|from|to be held)\b[^.,;!?]{0,25}$/i;

/**
 * The relative word that dates the talks: the one in a sentence with a talks verb (nearest the
 * verb) before any other; then the first. Bounded to the opening lines.
 */
function findRelativeMention(text: string, lines: Line[]): Mention | null {
  let best: Mention | null = null;
  let bestScore = 0;
  let chars = 0;
  for (const l of lines.slice(0, 80)) {
    if (chars > 30_000) break;
    chars += l.text.length;
    if (isStampOrPrefix(l)) continue;
    const from = prefixStamp(l)?.consumed ?? 0;
    for (const s of sentencesOf(l.text.slice(0, 4000), from)) {
      // Every RELATIVE word contains one of these: most sentences skip the scan.
      if (!RELATIVE_HINT.test(s.text)) continue;
      let talks: number[][] | undefined;
      for (const m of s.text.matchAll(RELATIVE)) {
        const word = m[2] ?? m[3] ?? m[4];
        const at = m.index + m[0].length - word.length;
        if (m[2] && !/^\p{Lu}/u.test(word)) continue;
        if (m[1]?.toLowerCase() === 'next' || FUTURE_BEFORE.test(s.text.slice(Math.max(0, at - 40), at))) continue;
        if (FUTURE_AFTER.test(s.text.slice(at + word.length, at + word.length + 30))) continue;
        // A talks verb before the word binds it more tightly than one after ("held talks with
        // him on Monday" beats "said today").
        talks ??= [...s.text.matchAll(TALKS)].map((t) => [t.index, t.index + t[0].length]);
        const dist = Math.min(...talks.map(([t, e]) => e <= at ? (at - e < 90 ? at - e : Infinity) : (t - at < 60 ? 2 * Math.max(0, t - at) : Infinity)));
        const near = dist < Infinity;
        const mention: Mention = { start: l.start + s.start + at, end: l.start + s.start + at + word.length, talks: near };
        if (m[2]) { mention.weekday = WEEKDAYS.indexOf(word.toLowerCase()); mention.last = m[1]?.toLowerCase() === 'last'; }
        else if (m[3]) mention.offset = /before yesterday/i.test(word) ? 2 : /yesterday|last/i.test(word) ? 1 : 0;
        // A weekday is more telling than a loose "today" ("Today, relations are ...").
        const score = near ? 4 + 1 / (1 + dist) : m[2] ? 1 : m[3] ? 0.5 : 0.25;
        if (score > bestScore) { best = mention; bestScore = score; }
      }
    }
  }
  return best;
}

function sentencesOf(s: string, from: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const cut = /[.!?]["”’)]*\s+(?=["“(]?\p{Lu})/gu;
  let start = from;
  for (const m of s.slice(from).matchAll(cut)) {
    const end = from + m.index + m[0].length;
    out.push({ text: s.slice(start, end), start });
    start = end;
  }
  if (start < s.length) out.push({ text: s.slice(start), start });
  return out;
}

/**
 * A stamp standing alone on its line: `[Published:] [Place,] [Weekday,] <date> [time]`
 * ("MAY 23, 2022", "Monday, 23 May 2022", "05.08.2022", "Updated: Feb 29, 2024 10:35 GMT").
 */
function stampOn(l: Line): Stamp | null {
  const t = l.text.trim();
  if (t.length < 6 || t.length > 100) return null;
  let rest = t;
  let weekday = -1;
  let updated = false;
  for (let i = 0; i < 4; i++) {
    const key = STAMP_KEY.exec(rest);
    if (key) { updated ||= /updated|modified/i.test(key[0]); rest = rest.slice(key[0].length); continue; }
    const wd = WEEKDAY_PREFIX.exec(rest);
    if (wd) { weekday = weekdayIndex(wd[1]); rest = rest.slice(wd[0].length); continue; }
    const place = PLACE_PREFIX.exec(rest);
    if (place && !/^\s*\d/.test(rest)) { rest = rest.slice(place[0].length); continue; }
    break;
  }
  const offset = l.start + l.text.indexOf(t) + (t.length - rest.length);
  const d = datesIn(rest, offset).find((x) => x.y !== null);
  if (!d || d.start !== offset) return null;
  const tail = rest.slice(d.end - offset).replace(CLOCK, ' ');
  const words = tail.match(/\p{L}+/gu) ?? [];
  if (tail.length > 60 || words.some((w) => /^\p{Ll}/u.test(w) && !TAIL_WORDS.has(w.toLowerCase()))) {
    return STAMP_LINE.test(l.text) ? { found: d, weekday, updated } : null;
  }
  return { found: d, weekday, updated };
}

/** A stamp glued before the text on the first line (" date 2022-01-15 On January 13, ..."). */
function prefixStamp(l: Line): { found: Found; consumed: number } | null {
  const m = /^\s*(?:date|published|posted(?:\s+on)?|updated|dated)\s*:?\s+/i.exec(l.text);
  if (!m) return null;
  const d = datesIn(l.text.slice(m[0].length), l.start + m[0].length)[0];
  if (!d || d.y === null || d.start !== l.start + m[0].length) return null;
  return { found: d, consumed: d.end - l.start };
}

/** Publication date: from a stamp prefix or stamp line near the top, a sign-off date, or the caller. */
function findPublication(text: string, lines: Line[], options: AnalyzeOptions, mention: Mention | null): Evidence | null {
  const result = (f: Found, weekday: number): Evidence => {
    const s = settle(f, weekday >= 0 ? weekday : mention?.weekday ?? -1);
    return { date: iso(s.y as number, s.m, s.d), source: 'explicit', evidence: span(text, f.start, f.end) };
  };
  const first = lines.find((l) => l.text.trim() !== '');
  const glued = first && !stampOn(first) ? prefixStamp(first) : null;
  if (glued) return result(glued.found, -1);
  // "Updated" stamps come after the talks' day more often than "Published" ones.
  const stamps = lines.slice(0, 12).map(stampOn).filter((s): s is Stamp => s !== null);
  const stamp = stamps.find((s) => !s.updated) ?? stamps[0];
  if (stamp) return result(stamp.found, stamp.weekday);
  // A sign-off line that is only a date ("March 12, 2024" under "New Delhi").
  for (const l of lastLines(text, 4)) {
    const s = stampOn(l);
    if (s) return result(s.found, s.weekday);
  }
  if (options.publicationDate && /^\d{4}-\d{2}-\d{2}$/.test(options.publicationDate)) {
    return { date: options.publicationDate, source: 'option' };
  }
  return null;
}

/** The last non-empty lines of the whole text, with offsets into it. */
function lastLines(text: string, n: number): Line[] {
  const from = Math.max(0, text.length - 2000);
  const tail = splitLines(text.slice(from)).filter((l) => l.text.trim() !== '');
  // A cut first line is not a whole line.
  const whole = from > 0 && text[from - 1] !== '\n' ? tail.slice(1) : tail;
  return whole.slice(-n).map((l) => ({ ...l, start: l.start + from, end: l.end + from }));
}

function isStampOrPrefix(l: Line): boolean {
  // Asked of the same line objects by the relative and the stated search.
  let known = STAMP_OR_PREFIX.get(l);
  if (known === undefined) { known = STAMP_LINE.test(l.text) || stampOn(l) !== null; STAMP_OR_PREFIX.set(l, known); }
  return known;
}
const STAMP_OR_PREFIX = new WeakMap<Line, boolean>();

/** Distance from a date to the nearest match of a pattern in its sentence (Infinity when none). */
function nearest(re: RegExp, sentence: string, at: number, end: number): number {
  let best = Infinity;
  for (const m of sentence.matchAll(re)) {
    const d = m.index + m[0].length <= at ? at - (m.index + m[0].length) : m.index >= end ? m.index - end : 0;
    if (m.index < at + (end - at) && m.index + m[0].length > at) continue;
    best = Math.min(best, d);
  }
  return best;
}

/**
 * An explicit date of the talks: a dateline ("HANOI, Oct. 12 (Xinhua) --", "Paris, June 16,
 * 2023, SPA --"), a date opening a sentence ("On January 13, 2022, ..."), one in the title or
 * first body sentences, or one tied to a talks verb a little further down. A missing year comes
 * from another full date in the text or from the publication date.
 */
function findStatedDate(text: string, lines: Line[], publication: Evidence | null, options: AnalyzeOptions): ReadoutDate | null {
  const body = lines.filter((l) => l.text.trim() !== '' && !isStampOrPrefix(l));
  const candidates: { found: Found; weight: number }[] = [];
  const everyDate: Found[] = [];
  body.forEach((l, i) => {
    // A glued stamp ("date YYYY-MM-DD") is publication, not part of the text's own dates.
    const from = i === 0 ? prefixStamp(l)?.consumed ?? 0 : 0;
    const found = datesIn(l.text.slice(from, LINE_CHARS), l.start + from);
    everyDate.push(...found);
    if (i > 12) return;
    const sentences = sentencesOf(l.text.slice(0, 4000), from);
    for (const f of found) {
      const at = f.start - l.start;
      const s = sentences.find((x) => x.start <= at && at < x.start + x.text.length);
      if (!s) continue;
      const inS = at - s.start;
      const lineBefore = l.text.slice(from, at);
      const before = text.slice(Math.max(l.start + from, f.start - 40), f.start);
      const after = text.slice(f.end, f.end + 40);
      const talks = nearest(TALKS, s.text, inS, inS + f.end - f.start);
      const other = nearest(OTHER_EVENT, s.text, inS, inS + f.end - f.start);
      let weight = 0;
      // A talks verb ties a later date when it comes first ("were held in Berlin on ...").
      const talksBefore = nearest(TALKS, s.text.slice(0, inS), inS, inS);
      const tied = /\bon\s+(?:\w+day,?\s+)?$/i.test(before) && talksBefore < 60 && talksBefore < other;
      if (at - from < 80 && DATELINE_PLACE.test(lineBefore) && DATELINE_TAIL.test(after)) weight = 5;
      // Only the opening of the text is read whole: later dates tend to be other events, so
      // there a date counts only with a talks word right by it ("were held in Berlin on ...";
      // not "briefed him on the outcomes of the meeting between ... on August 26").
      else if (i > 3 || at > 400) weight = tied && at < 1500 ? 2.5 : 0;
      else if (/(?:^|[.!?]\s+)On\s+(?:\w+day,?\s+)?$/.test(before)) weight = 4;
      else if (/\b[Oo]n the (?:morning|afternoon|evening|night|sidelines) of\s+(?:\w+day,?\s+)?$/.test(before)) weight = 4;
      else if (i <= 1 && /\b(?:on|On)\s+(?:\w+day,?\s+)?$/.test(before)) weight = 3;
      else if (i === 0) weight = 2;
      else if (tied) weight = 2.5;
      // Dates of other events ("since ... signed", "the anniversary on", "until") are not the talks.
      if (/\b(?:since|until|by|before|after|from|signed|scheduled|next|last|event)\s+(?:on\s+|for\s+)?$/i.test(before)) weight = 0;
      if (weight < 5 && other < talks && other < 60) weight = 0;
      if (weight > 0) candidates.push({ found: f, weight: weight - i * 0.1 });
    }
  });
  if (publication) {
    // A dated event long before (or after) publication is history, not these talks.
    for (const c of candidates) {
      if (c.found.y === null) continue;
      const days = (Date.parse(publication.date) - Date.UTC(c.found.y, c.found.m - 1, c.found.d)) / DAY_MS;
      if (days < -1 || days > 45) c.weight -= 4;
    }
  }
  if (candidates.length === 0 || candidates.every((c) => c.weight <= 0)) return null;
  candidates.sort((a, b) => b.weight - a.weight || a.found.start - b.found.start);
  const written = candidates[0].found;
  // "on Friday, 05/08/2022": the weekday written before an ambiguous date settles it.
  const wd = new RegExp(`\\b(${WEEKDAY_WORD})\\b,?\\s*$`, 'i').exec(text.slice(Math.max(0, written.start - 15), written.start));
  const best = settle(written, wd ? weekdayIndex(wd[1]) : -1);
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
  // The people of the talks are named in the opening.
  const opening = text.slice(0, 20_000);
  const people = [...new Set(findLeaders({ text: opening, sentences: splitSentences(opening), date: null, gazetteer })
    .filter((m) => m.source !== 'context' && /\s/.test(m.text.trim()))
    .map((m) => gazetteer.people.get(m.canonical))
    .filter((p): p is PersonEntry => p !== undefined))];
  const now = new Date().getUTCFullYear();
  let best: number | null = null;
  let bestScore = 0;
  for (let y = now; y >= 1990; y--) {
    if (!valid(y, md.m, md.d)) continue;
    if (want >= 0 && weekdayOf(y, md.m, md.d) !== want) continue;
    const day = iso(y, md.m, md.d);
    const score = people.filter((p) => termAt(p, day) !== undefined).length;
    if (score > bestScore) { best = y; bestScore = score; }
  }
  return best;
}
