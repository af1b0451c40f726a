// Leader mentions (GUIDELINES section 3): every written name of an office holder, name only,
// resolved to a canonical person by the talks' date. Two sources feed it:
// - the gazetteer: known full names, aliases and derived short forms ("Xi", "Chinh"), matched on
//   accent-folded tokens so NFC, NFD and capitals ("KISHIDA Fumio") all match;
// - context: a title or honorific before a capitalised name, an apposition ("X, the foreign
//   minister"), a transcript speaker label, "said X"; later short mentions of those people too.
// Short forms resolve to the person of that name mentioned in the text, else to whoever held the
// written title at the date (leaderResolve.ts). Picture credits and bylines are never leaders.
// Tokens, titles and name runs live in leaderScanner.ts, the word lists in leaderLexicon.ts.

import type { LeaderMention, OfficeTerm, Source } from '../types';
import type { ExtractContext } from './context';
import { unfoldSpan, type FoldedText } from '../text';
import { termAt, termNear, type PersonEntry } from '../gazetteer';
import {
  ACTION_VERBS, FUNCTION_WORDS, HONORIFICS, NATIONALITIES, NOT_NAME_WORDS, OFFICE_TITLES, PLACES, SPEECH_VERBS, TITLE_CONTINUATION,
} from './leaderLexicon';
import { NAME_PARTICLES, SUFFIXES, Scanner, foldFast, isAllCaps, ownName, placePhraseTokens, tokenAt, type Raw, type Token } from './leaderScanner';
import { anchorIndex, resolve } from './leaderResolve';

const APPOSITION_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'then', 'former']);

/** Titles that also start names of things ("General Motors", "Premier League", "Chief Justice"). */
const LOOSE_TITLES = new Set(['general', 'premier', 'chief', 'leader', 'head', 'director', 'chair', 'speaker', 'representative', 'deputy', 'delegate', 'commander', 'lord', 'sir', 'dame']);
const PLURAL_TITLE = /(?:ents|ers|ors|ings|eens|ers-elect|ts)$/i;

/** A test for overlap with any of the spans, by binary search over them sorted and merged. */
function overlapsAny(spans: { start: number; end: number }[]): (s: number, e: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const z of sorted) {
    const last = merged[merged.length - 1];
    if (last && z.start <= last.end) last.end = Math.max(last.end, z.end);
    else merged.push({ ...z });
  }
  return (s, e) => {
    let lo = 0, hi = merged.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (merged[mid].end <= s) lo = mid + 1; else hi = mid; }
    return lo < merged.length && merged[lo].start < e;
  };
}

/** Picture credits and bylines: "(Xinhua/Liu Weibing)", "Photo: Bundesregierung/Steins", "By Jane Doe". */
function creditZones(text: string): { start: number; end: number }[] {
  const zones: { start: number; end: number }[] = [];
  const add = (re: RegExp) => { for (const m of text.matchAll(re)) zones.push({ start: m.index, end: m.index + m[0].length }); };
  add(/\([^()\n]{0,60}\/[^()\n]{1,60}\)/g);
  add(/(?:^|\n)[ \t]*(?:Photos?|Pictures?|Images?|Credits?|Photo credit|Source|Reporting|Writing|Editing|Edited|Written|Reported|Compiled|Translated|Editors?|Reporters?|Authors?|Correspondents?|Journalists?|Produced|Photographers?|Video|Camera)(?: by)?\s*[:|][^\n]{0,120}/gi);
  add(/\[(?:Photo|Picture|Image)[^\]\n]{0,80}\]/g);
  add(/(?:^|\n)[ \t]*By [A-Z][^\n]{0,80}(?=\n|$)/g);
  if (/eporting|riting|diting/.test(text)) add(/\((?:Reporting|Writing|Editing|Additional reporting)[^()\n]*\)/gi);
  add(/\b(?:Photo|Picture|Image)s?(?: by| credit)?:? [A-Z][\p{L}' -]+\/[\p{L}' -]+/gu);
  return zones;
}

/** Canonical of a context name, from the original (accented) text of tokens [a, b). */
function originalCanonical(text: string, folded: FoldedText, toks: Token[], sc: Scanner, a: number, b: number): string {
  // A suffix stays ("Ferdinand Marcos Jr."), written with its full stop and without the comma.
  const keep = toks.slice(a, b).map((t, k) => ({ t, k }));
  const words = keep.map(({ t }) => {
    const sp = unfoldSpan(folded, t.s, t.e, text);
    const w = text.slice(sp.start, sp.end).normalize('NFC');
    return SUFFIXES.has(t.lower) && /^(?:jr|sr)$/.test(t.lower) ? `${w}.` : w;
  });
  const seps = keep.slice(1).map(({ k }) => (SUFFIXES.has(toks[a + k].lower) ? ' ' : sc.gap(a + k)));
  // English usage drops Vietnamese diacritics ("Phạm Minh Chính" -> "Pham Minh Chinh") but keeps
  // others ("López Obrador", "Erdoğan").
  const vietnamese = words.some((w) => VIETNAMESE_LETTERS.test(w)) || VIETNAMESE_SURNAMES.has(toks[a].lower);
  return contextCanonical(vietnamese ? keep.map(({ t }) => t.t) : words, seps);
}

const VIETNAMESE_LETTERS = /[ăắằẳẵặâấầẩẫậđêếềểễệôốồổỗộơớờởỡợưứừửữựạảẹẻẽịỉọỏụủỳỵỷỹĂẮẰẲẴẶÂẤẦẨẪẬĐÊẾỀỂỄỆÔỐỒỔỖỘƠỚỜỞỠỢƯỨỪỬỮỰẠẢẸẺẼỊỈỌỎỤỦỲỴỶỸ]/u;
const VIETNAMESE_SURNAMES = new Set(['nguyen', 'tran', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'ngo', 'duong', 'truong', 'dinh', 'luong', 'trinh']);

/** Context canonical: capitals folded to Title case, family-first pair reordered, nasab trimmed. */
function contextCanonical(words: string[], seps: string[]): string {
  let w = words.map((x) => (isAllCaps(x) && x.length > 1 ? x[0] + x.slice(1).toLowerCase() : x));
  let s = [...seps];
  if (words.length === 2 && isAllCaps(words[0]) && !isAllCaps(words[1])) { w = [w[1], w[0]]; s = [' ']; }
  // "Adel bin Zaid Al-Toraifi" -> "Adel Al-Toraifi"; "Mohammed bin Salman bin Abdulaziz" -> "Mohammed bin Salman".
  const lower = w.map((x) => x.toLowerCase());
  const nasab = lower.findIndex((x) => x === 'bin' || x === 'ibn');
  if (nasab > 0) {
    const article = lower.findIndex((x, i) => i > nasab && (x === 'al' || x === 'el'));
    if (article > 0) { w = [...w.slice(0, nasab), ...w.slice(article)]; s = [...s.slice(0, nasab), ...s.slice(article)]; }
    else if (nasab + 2 < w.length) { w = w.slice(0, nasab + 2); s = s.slice(0, nasab + 2); }
  }
  return w.map((x, i) => (i === 0 ? x : (s[i - 1] ?? ' ') + x)).join('');
}

/** Finds and resolves every leader mention. */
export function findLeaders(ctx: ExtractContext): LeaderMention[] {
  const { text, gazetteer: index } = ctx;
  if (!text) return [];
  const folded: FoldedText = ctx.folded ?? foldFast(text);
  const sc = new Scanner(folded.text, index);
  const toks = sc.toks;
  const zones = creditZones(folded.text);
  const inZone = overlapsAny(zones);

  // 1. Titles before names: position of the name's first token -> the title phrase.
  const titled = new Map<number, { title: string; kind: 'office' | 'honorific' }>();
  const contextRaws: Raw[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = sc.titleAt(i);
    if (!t) continue;
    let j = t.end;
    let kind = t.kind;
    const titleStart = toks[i].s;
    let titleEnd = toks[t.end - 1].e;
    if (folded.text[titleEnd] === '.') titleEnd++;
    let afterContinuation = false;
    // Chains and continuations: "Minister of Foreign Affairs", "President of Mexico", "Minister of State Dr.".
    for (let guard = 0; guard < 12 && j < toks.length; guard++) {
      const tk = toks[j];
      if ((tk.lower === 'of' || tk.lower === 'for' || tk.lower === 'to') && sc.joined(j)) {
        let k = j + 1;
        while (k < toks.length && sc.joined(k) && (TITLE_CONTINUATION.has(toks[k].lower) || PLACES.has(toks[k].lower) || NATIONALITIES.has(toks[k].lower)) && (toks[k].up || toks[k].lower === 'the' || toks[k].lower === 'and' || toks[k].lower === 'of')) k++;
        // Trailing "and"/"of"/"the" are not part of the title.
        while (k > j + 1 && ['and', 'of', 'the'].includes(toks[k - 1].lower)) k--;
        if (k === j + 1) break;
        j = k;
        titleEnd = toks[j - 1].e;
        afterContinuation = true;
        continue;
      }
      const next = sc.titleAt(j);
      // "H.E. Mr." chains over the abbreviation's dot; "...of the Philippines. Minister" does not.
      const abbreviated = sc.gap(j) === '. ' && !afterContinuation && toks[j - 1].t.length <= 4;
      if (next && (sc.joined(j) || abbreviated)) {
        afterContinuation = false;
        if (next.kind === 'office') kind = 'office';
        j = next.end;
        titleEnd = toks[j - 1].e;
        if (folded.text[titleEnd] === '.') titleEnd++;
        continue;
      }
      break;
    }
    if (j >= toks.length) continue;
    const g = sc.gap(j);
    const commaApposition = g === ', ' && kind === 'office';
    if (!(g === ' ' || g === '. ' || g === '\u00a0' || commaApposition)) continue;
    const title = folded.text.slice(titleStart, titleEnd);
    // Known even when no context name follows: "Vice Premier He" is a gazetteer short form.
    if (!commaApposition && toks[j].up) titled.set(j, { title, kind });
    const run = sc.nameRun(j);
    if (!run) { i = Math.max(i, j - 1); continue; }
    // "President, Vice President ...": after a comma the name must be followed by a comma or end.
    if (commaApposition && !/^(?:,|\.|;|\)|$)/.test(folded.text.slice(run.e, run.e + 1))) continue;
    const single = run.b - j === 1;
    if (single && !sc.plausibleSingle(j)) continue;
    // "General Debate", "Premier League": after a loose title one unknown word is not enough.
    const head = toks[i].lower;
    if (single && t.end - i === 1 && kind === 'office' && LOOSE_TITLES.has(head) && !sc.isKnownShortForm(toks[j].lower)) continue;
    // A Title Case headline capitalises verbs too ("Presidents Strengthen Mercosur Trade Bloc").
    if (single && kind === 'office' && !sc.isKnownShortForm(toks[j].lower) && sc.inTitleCaseLine(toks[j].s)) continue;
    titled.set(j, { title, kind });
    contextRaws.push({ a: j, b: run.b, s: toks[j].s, e: run.e, context: true, title, titleKind: kind });
    i = run.b - 1;
    // "Presidents Xi Jinping and Joe Biden", "Foreign Ministers Wang Yi and Bui Thanh Son".
    if (PLURAL_TITLE.test(title) && toks[run.b]?.lower === 'and' && sc.joined(run.b) && run.b + 1 < toks.length && sc.gap(run.b + 1) === ' ') {
      const second = sc.nameRun(run.b + 1);
      if (second && second.b - (run.b + 1) >= 2) {
        titled.set(run.b + 1, { title, kind });
        contextRaws.push({ a: run.b + 1, b: second.b, s: toks[run.b + 1].s, e: second.e, context: true, title, titleKind: kind });
        i = second.b - 1;
      }
    }
  }

  // 2. Appositions: "Khalid bin Ali Al-Homaidan, Chief of General Intelligence".
  for (let i = 1; i < toks.length; i++) {
    if (sc.gap(i) !== ', ') continue;
    let k = i;
    while (k < toks.length && (APPOSITION_OPENERS.has(toks[k].lower) || NATIONALITIES.has(toks[k].lower)) && k - i < 3) k++;
    const t = k < toks.length ? sc.titleAt(k) : null;
    if (!t || t.kind !== 'office') continue;
    // Walk back over the name before the comma.
    let a = i - 1;
    if (!sc.nameLike(a, false) || !toks[a].up) continue;
    while (a - 1 >= 0 && sc.joined(a) && (sc.nameLike(a - 1, false) || sc.isInitial(a - 1) || sc.syllableSurname(a - 1))) a--;
    while (a < i - 1 && (NAME_PARTICLES.has(toks[a].lower) && !toks[a].up)) a++;
    if (!sc.nameLike(a, true) && !sc.syllableSurname(a)) continue;
    const capitals = toks.slice(a, i).filter((x) => x.up && !NAME_PARTICLES.has(x.lower)).length;
    if (capitals < 2) continue;
    contextRaws.push({ a, b: i, s: toks[a].s, e: toks[i - 1].e, context: true });
  }

  // 3. Transcript speaker labels: "MINISTER MARSUDI:" at the start of a line.
  for (const m of folded.text.matchAll(/(?:^|\n)[ \t]*((?:[\p{Lu}.'-]+ ){0,4}[\p{Lu}'-]{2,})[ \t]*:/gu)) {
    const labelStart = m.index + m[0].indexOf(m[1]);
    const words = m[1].split(' ');
    let at = labelStart;
    let hasTitle = false;
    const nameParts: { s: number; e: number; w: string }[] = [];
    for (const w of words) {
      const lw = w.toLowerCase().replace(/\.$/, '');
      if (OFFICE_TITLES.includes(lw) || HONORIFICS.includes(lw) || HONORIFICS.includes(lw + '.') || ['prime', 'foreign', 'vice', 'deputy'].includes(lw)) hasTitle = true;
      else if (!NOT_NAME_WORDS.has(lw) && !PLACES.has(lw)) nameParts.push({ s: at, e: at + w.length, w });
      else nameParts.length = 0;
      at += w.length + 1;
    }
    if (!nameParts.length) continue;
    const s = nameParts[0].s, e = nameParts[nameParts.length - 1].e;
    const a = tokenAt(toks, s);
    const b = a < 0 ? -1 : tokenAt(toks, e - 1) + 1;
    if (a < 0 || b <= a) continue;
    const word = nameParts.map((p) => p.w).join(' ');
    const known = hasTitle || sc.matchForm(a) !== null || new RegExp(`\\b${word[0]}${word.slice(1).toLowerCase()}\\b`).test(folded.text);
    if (known) contextRaws.push({ a, b, s, e, context: true, title: hasTitle ? words.slice(0, words.length - nameParts.length).join(' ') : undefined });
  }

  // 4. Reported speech: "..., said Rady." / "said Li when meeting".
  for (let i = 1; i < toks.length; i++) {
    if (!toks[i].up || !SPEECH_VERBS.has(toks[i - 1].t) || sc.gap(i) !== ' ') continue;
    const run = sc.nameRun(i);
    if (!run) continue;
    const after = folded.text.slice(run.e, run.e + 12);
    if (!/^(?:[,.;:]|\s+(?:when|while|at|in|on|after|during|who|that|as|before|adding|noting)\b|$)/.test(after)) continue;
    if (run.b - i === 1 && !sc.plausibleSingle(i)) continue;
    contextRaws.push({ a: i, b: run.b, s: toks[i].s, e: run.e, context: true, weak: true } as Raw);
  }

  // 4b. A full name (two or more capitalised words) acting in the sentence: "Vladimir Putin had a
  //     telephone conversation", "Bui Thanh Son said", "Bashar Al-Assad who has lost legitimacy".
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i].up || (i > 0 && sc.joined(i) && toks[i - 1].up)) continue;
    const run = sc.nameRun(i);
    if (!run) continue;
    const capitals = toks.slice(i, run.b).filter((x) => x.up && !NAME_PARTICLES.has(x.lower) && x.t.length > 1).length;
    const nextTok = toks[run.b];
    // A relative sharing a leader's family name ("Yuko Kishida attended") is not found this way.
    // (Family-first names share their few surnames widely: "Kim Yo Jong said" is not skipped.)
    const relative = sc.isKnownFamilyNameLast(toks[run.b - 1].lower);
    if (capitals >= 2 && !relative && nextTok && /^[ ,]+$/.test(folded.text.slice(run.e, nextTok.s)) && ACTION_VERBS.has(nextTok.lower)) {
      contextRaws.push({ a: i, b: run.b, s: toks[i].s, e: run.e, context: true });
    }
    i = run.b - 1;
  }

  // 5. Gazetteer forms, longest first at each token.
  const gazRaws: Raw[] = [];
  const placeTokens = placePhraseTokens(toks, sc);
  for (let i = 0; i < toks.length; i++) {
    const r = sc.matchReversed(i) ?? sc.matchForm(i);
    if (!r) continue;
    i = r.b - 1;
    // An alias that carries its title ("King Salman"): the title stays outside the name.
    const t = sc.titleAt(r.a);
    if (t && t.end < r.b && r.kind !== 'full') { r.a = t.end; r.s = toks[r.a].s; }
    if (r.kind === 'short') {
      // "Yuko Kishida", "Zhang Zhou", "Lee Do-woon": the short form inside someone else's full name.
      if (sc.neighbourNamesOther(r)) continue;
      // "HÀ NỘI —", "Ha Noi": a place, not a short name; capitals alone only in a speaker label.
      if (placeTokens.has(r.a)) continue;
      if (r.b - r.a === 1 && toks[r.a].caps && !titled.has(r.a) && !/^\s*:/.test(folded.text.slice(r.e, r.e + 3))) continue;
    }
    gazRaws.push(r);
  }

  // 5b. With compromise loaded: a leftover pair of capitalised name-like words that its lexicon
  //     reads as a person ("the death of Alexei Navalny").
  if (ctx.nlp) {
    const taken = overlapsAny([...contextRaws, ...gazRaws].map((r) => ({ start: r.s, end: r.e })));
    for (let i = 0; i < toks.length; i++) {
      if (!toks[i].up || (i > 0 && sc.joined(i) && toks[i - 1].up)) continue;
      const run = sc.nameRun(i);
      if (!run) continue;
      const capitals = toks.slice(i, run.b).filter((x) => x.up && !NAME_PARTICLES.has(x.lower) && x.t.length > 1).length;
      const s0 = toks[i].s;
      if (capitals >= 2 && !taken(s0, run.e) && !inZone(s0, run.e)) {
        const span = unfoldSpan(folded, s0, run.e, text);
        if (ctx.nlp.isPersonName(text.slice(span.start, span.end))) contextRaws.push({ a: i, b: run.b, s: s0, e: run.e, context: true });
      }
      i = run.b - 1;
    }
  }

  // 6. Merge: a context name containing a gazetteer match takes the gazetteer's person unless it
  //    names someone else with the same short form ("Ivanka Trump" around "Trump").
  const merged: Raw[] = [];
  const usedGaz = new Set<Raw>();
  // gazRaws are in text order and do not overlap: binary search the first that may overlap c.
  const overlapping = (c: Raw): Raw[] => {
    let lo = 0, hi = gazRaws.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (gazRaws[mid].e <= c.s) lo = mid + 1; else hi = mid; }
    const out: Raw[] = [];
    for (let k = lo; k < gazRaws.length && gazRaws[k].s < c.e; k++) out.push(gazRaws[k]);
    return out;
  };
  for (const c of dedupe(contextRaws)) {
    const inside = overlapping(c);
    if (inside.length > 1) {
      // "Putin-Trump" or two full names: the gazetteer's names stand. Short forms of other
      // people inside one unknown full name ("Khalid bin Abdulaziz Al-Faleh"): the context name.
      const hyphenated = inside.some((g, k) => k > 0 && sc.gap(g.a) === '-');
      if (hyphenated || inside.some((g) => g.kind !== 'short')) continue;
      for (const g of inside) usedGaz.add(g);
      c.title ??= titled.get(c.a)?.title;
      merged.push(c);
      continue;
    }
    if (inside.length === 1) {
      const g = inside[0];
      usedGaz.add(g);
      const sameOrLonger = g.s <= c.s && g.e >= c.e;
      const otherPerson = g.kind === 'short' && !sameOrLonger && namesSomeoneElse(toks, c, g);
      if (otherPerson) { c.title ??= titled.get(c.a)?.title; merged.push(c); continue; }
      // The gazetteer's person over the context's (wider) span; gazRaws are not read again.
      g.title = c.title ?? titled.get(g.a)?.title;
      g.titleKind = c.titleKind;
      g.a = Math.min(g.a, c.a); g.b = Math.max(g.b, c.b); g.s = Math.min(g.s, c.s); g.e = Math.max(g.e, c.e);
      merged.push(g);
      continue;
    }
    merged.push(c);
  }
  for (const g of gazRaws) {
    if (usedGaz.has(g)) continue;
    const t = titled.get(g.a);
    g.title = t?.title;
    g.titleKind = t?.kind;
    merged.push(g);
  }
  merged.sort((x, y) => x.s - y.s);

  // 7. Context people: canonical names and the short forms that refer back to them.
  const contextPeople = new Map<string, { canonical: string; first: number; key: string[] }>();
  for (const r of merged) {
    if (!r.context || r.ends) continue;
    r.canonical = originalCanonical(text, folded, toks, sc, r.a, r.b);
    const capitals = toks.slice(r.a, r.b).filter((t) => t.up && t.t.length > 1 && !SUFFIXES.has(t.lower) && !NAME_PARTICLES.has(t.lower));
    if (capitals.length < 2) continue;
    // Either end of a full name may be the one used alone ("Xi" of Xi Jinping, "Noda" of Yoshihiko Noda).
    const key = capitals.map((t) => t.lower);
    for (const short of new Set([key[0], key[key.length - 1]])) {
      if (FUNCTION_WORDS.has(short) || NOT_NAME_WORDS.has(short)) continue;
      const had = contextPeople.get(short);
      if (!had) { contextPeople.set(short, { canonical: r.canonical, first: r.s, key }); continue; }
      // Two spellings of one name ("Abdel Fattah Sisi", "Abdel Fattah al-Sisi") stay one person;
      // two different people sharing a word make that word ambiguous.
      if (had.canonical === r.canonical || !had.canonical) continue;
      const sub = (x: string[], y: string[]) => x.every((w) => y.includes(w));
      if (sub(key, had.key)) continue;
      if (sub(had.key, key)) { had.canonical = r.canonical; had.key = key; continue; }
      had.canonical = '';
    }
  }
  // A one-word context name of someone named in full elsewhere takes the full name.
  for (const r of merged) {
    if (!r.context || r.ends || r.b - r.a !== 1) continue;
    const p = contextPeople.get(toks[r.a].lower);
    if (p?.canonical) r.canonical = p.canonical;
  }
  const tokenTaken = new Uint8Array(toks.length);
  for (const r of merged) for (let k = r.a; k < r.b && k < toks.length; k++) tokenTaken[k] = 1;
  for (let i = 0; i < toks.length; i++) {
    const p = contextPeople.get(toks[i].lower);
    if (!p || !p.canonical || !toks[i].up || tokenTaken[i]) continue;
    if (i > 0 && sc.joined(i) && toks[i - 1].up && sc.nameLike(i - 1, true)) continue; // part of another name
    merged.push({ a: i, b: i + 1, s: toks[i].s, e: toks[i].e, context: true, canonical: p.canonical, title: titled.get(i)?.title });
  }
  merged.sort((x, y) => x.s - y.s);

  // 8. Resolve gazetteer names by date, title and the people named in full.
  const anchors = anchorIndex(merged);
  const contextSurnames = new Set(merged.filter((o) => o.context && !o.ends && o.b - o.a >= 2).map((o) => toks[o.b - 1].lower));
  const supported = new Set(merged.filter((o) => !(o as { weak?: boolean }).weak).map((o) => o.canonical));
  const out: LeaderMention[] = [];
  for (const r of merged) {
    if (inZone(r.s, r.e)) continue;
    let person: PersonEntry | undefined;
    let canonical = r.canonical;
    if (r.ends) {
      person = resolve(r, anchors, contextSurnames, ctx.date, toks);
      if (!person) {
        if (r.context && r.kind === 'short') {
          // A titled name the gazetteer only knows as someone else's short form: keep it as context.
          const words = toks.slice(r.a, r.b).map((t) => t.t);
          if (r.b - r.a < 2) continue;
          canonical = contextCanonical(words, words.slice(1).map((_, k) => sc.gap(r.a + 1 + k)));
        } else continue;
      } else canonical = person.canonical;
    }
    if (!canonical) continue;
    if ((r as { weak?: boolean }).weak && !person && !hasSupport(r, supported)) continue;
    const span = unfoldSpan(folded, r.s, r.e, text);
    const surface = text.slice(span.start, span.end);
    if (index.notLeaders.has(surface.normalize('NFC')) || index.notLeaders.has(canonical)) continue;
    // The office only when held at the date ("Dilma Rousseff" after her term has none); the
    // country of the nearest term either way.
    const term: OfficeTerm | undefined = person ? termNear(person, ctx.date) : undefined;
    const held = person ? termAt(person, ctx.date) : undefined;
    const source: Source = person ? (person.user ? 'user' : 'gazetteer') : 'context';
    const m: LeaderMention = { start: span.start, end: span.end, text: surface, canonical, source };
    const title = r.title ? cleanTitle(text, folded, r.title, r.s) : undefined;
    if (title) m.title = title;
    if (held) m.office = held.office;
    if (term) m.country = (held ?? term).country;
    out.push(m);
  }
  return dedupeMentions(out);
}

/** A weak (said X) candidate needs the same name elsewhere with a title or as a full name. */
function hasSupport(r: Raw, supported: Set<string | undefined>): boolean {
  return supported.has(r.canonical);
}

/** The title as written in the original text (the folded copy lost its accents). */
function cleanTitle(text: string, folded: FoldedText, title: string, nameStart: number): string | undefined {
  // The title sits just before the name: search a short window, never the whole text.
  const from = Math.max(0, nameStart - title.length - 120);
  const k = folded.text.slice(from, nameStart).lastIndexOf(title);
  if (k < 0) return title;
  const s = from + k;
  const span = unfoldSpan(folded, s, s + title.length, text);
  return text.slice(span.start, span.end).replace(/[,\s]+$/, '');
}

/** Does the context run c (around short-form match g) name a different person than g's candidates? */
function namesSomeoneElse(toks: Token[], c: Raw, g: Raw): boolean {
  const extra = toks.slice(c.a, c.b).filter((t, k) => (c.a + k < g.a || c.a + k >= g.b) && t.t.length > 1 && !NAME_PARTICLES.has(t.lower) && !SUFFIXES.has(t.lower));
  if (!extra.length) return false;
  return !(g.ends ?? []).some((end) => extra.every((t) => ownName(end.person.canonical, t.lower)));
}

function dedupe(raws: Raw[]): Raw[] {
  const sorted = [...raws].sort((x, y) => x.s - y.s || (y.e - y.s) - (x.e - x.s));
  const out: Raw[] = [];
  for (const r of sorted) {
    const prev = out[out.length - 1];
    if (prev && r.s < prev.e) {
      // Keep the titled (stronger) one; else the longer.
      if (!prev.title && r.title) out[out.length - 1] = { ...r, s: Math.min(r.s, prev.s), e: Math.max(r.e, prev.e), a: Math.min(r.a, prev.a), b: Math.max(r.b, prev.b) };
      continue;
    }
    out.push(r);
  }
  return out;
}

function dedupeMentions(list: LeaderMention[]): LeaderMention[] {
  list.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: LeaderMention[] = [];
  for (const m of list) {
    const prev = out[out.length - 1];
    if (prev && m.start < prev.end) continue;
    out.push(m);
  }
  return out;
}
