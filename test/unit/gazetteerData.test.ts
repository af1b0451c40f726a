// The bundled office gazetteer as data: well-formed terms, no two holders of a single-holder office
// on the same day, and known facts of who held which office on a given day.
import * as assert from 'node:assert/strict';
import offices from '../../src/core/gazetteer/data/offices.json';
import schema from '../../src/core/gazetteer/data/offices.schema.json';
import type { OfficeTerm } from '../../src/core/types';
import { corpusNames, readGold } from './corpusFiles';

interface StoredTerm extends OfficeTerm { shared?: boolean }
const terms: StoredTerm[] = offices.offices;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const AS_OF = '2026-12-01';

function isRealDay(d: string): boolean {
  if (!DATE.test(d)) return false;
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
}

const inOffice = (t: OfficeTerm, day: string) => t.from <= day && (t.to === undefined || day <= t.to);

/** People holding `office` of `country` on `day` (the office name is matched exactly). */
function holders(country: string, office: string, day: string): string[] {
  return terms.filter((t) => t.country === country && t.office === office && inOffice(t, day)).map((t) => t.person);
}

const fold = (s: string) => s.normalize('NFC').toLowerCase();
const termKey = (t: OfficeTerm) => `${t.country} / ${t.office}`;

describe('office gazetteer data', () => {
  it('has several hundred terms', () => {
    assert.ok(terms.length >= 500, `only ${terms.length} terms`);
  });

  it('gives every term a person, office, country and a valid from date not after to', () => {
    for (const t of terms) {
      const where = JSON.stringify(t);
      for (const k of ['person', 'office', 'country'] as const) {
        assert.equal(typeof t[k], 'string', `${k} missing in ${where}`);
        assert.ok(t[k].trim().length > 0 && t[k] === t[k].trim(), `${k} blank or padded in ${where}`);
      }
      assert.ok(isRealDay(t.from), `bad from in ${where}`);
      if (t.to !== undefined) {
        assert.ok(isRealDay(t.to), `bad to in ${where}`);
        assert.ok(t.from <= t.to, `from after to in ${where}`);
      }
      // The data is as of 2026-12-01 (docs/gazetteer.md): a later end day would be a forecast.
      assert.ok(t.to === undefined || t.to <= AS_OF, `to in the future (omit it while in office) in ${where}`);
    }
  });

  it('uses only the fields of the JSON Schema, with string lists for aliases and titles', () => {
    const def = schema.definitions.officeTerm;
    const allowed = new Set(Object.keys(def.properties));
    for (const t of terms) {
      for (const k of Object.keys(t)) assert.ok(allowed.has(k), `unknown field ${k} in ${JSON.stringify(t)}`);
      for (const k of def.required) assert.ok(k in t, `missing ${k} in ${JSON.stringify(t)}`);
      for (const list of [t.aliases, t.titles]) {
        if (list === undefined) continue;
        assert.ok(Array.isArray(list) && list.length > 0, `empty list in ${JSON.stringify(t)}`);
        assert.equal(new Set(list).size, list.length, `duplicate in ${JSON.stringify(list)}`);
        for (const s of list) assert.ok(typeof s === 'string' && s.trim() === s && s.length > 0, `bad entry ${JSON.stringify(s)}`);
      }
      if (t.aliases) assert.ok(!t.aliases.includes(t.person), `person repeated as alias: ${t.person}`);
    }
  });

  it('never has two people in a single-holder office on the same day', () => {
    const byOffice = new Map<string, StoredTerm[]>();
    for (const t of terms) byOffice.set(termKey(t), [...(byOffice.get(termKey(t)) ?? []), t]);
    let checked = 0;
    for (const [office, list] of byOffice) {
      const shared = list.some((t) => t.shared);
      assert.ok(list.every((t) => Boolean(t.shared) === shared), `${office}: shared flag must be on every term or none`);
      if (shared) continue;
      const sorted = [...list].sort((a, b) => a.from.localeCompare(b.from));
      for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1];
        const next = sorted[i];
        assert.ok(prev.to !== undefined && prev.to < next.from,
          `${office}: ${prev.person} (${prev.from}..${prev.to ?? 'now'}) overlaps ${next.person} (from ${next.from})`);
        checked++;
      }
    }
    assert.ok(checked > 300, `only ${checked} successions checked`);
  });

  it('names one person one way: a canonical name is never another person\'s alias', () => {
    const people = new Set(terms.map((t) => fold(t.person)));
    for (const t of terms) {
      for (const a of t.aliases ?? []) {
        assert.ok(!people.has(fold(a)) || fold(a) === fold(t.person), `alias ${a} of ${t.person} is itself a canonical person`);
      }
    }
  });

  it('keeps titles and honorifics out of aliases (GUIDELINES: the surface is the name only)', () => {
    const honorific = /^(Mr|Mrs|Ms|Dr|H\.E|Sir|Lord|Shri|Sheikh|Prince|Princess|King|Queen|Sultan|Al-Sultan|Emir|Samdech|Dato'?|Datuk|Tan Sri|Tun|Haji|Daw|Ayatollah|Professor|President|Premier|Chancellor|General|Senior General)\b/;
    for (const t of terms) {
      // A name that itself opens with such a word (Sheikh Hasina) may keep it in its variants.
      const own = t.person.split(' ')[0];
      for (const a of t.aliases ?? []) assert.ok(!honorific.test(a) || a.startsWith(`${own} `), `alias ${JSON.stringify(a)} of ${t.person} starts with a title`);
    }
  });

  it('gives the same aliases to every term of one person', () => {
    const seen = new Map<string, string>();
    for (const t of terms) {
      const key = JSON.stringify(t.aliases ?? []);
      const before = seen.get(t.person);
      assert.ok(before === undefined || before === key, `${t.person} has different aliases on different terms`);
      seen.set(t.person, key);
    }
  });

  it('gives every term of one office the same titles', () => {
    const seen = new Map<string, string>();
    for (const t of terms) {
      const key = JSON.stringify(t.titles ?? []);
      const before = seen.get(termKey(t));
      assert.ok(before === undefined || before === key, `${termKey(t)} has different titles on different terms`);
      seen.set(termKey(t), key);
    }
  });

  const facts: [string, string, string, string][] = [
    // [country, office, day, holder]
    ['China', 'Premier of the State Council', '2021-06-04', 'Li Keqiang'],
    ['China', 'Premier of the State Council', '2023-03-10', 'Li Keqiang'],
    ['China', 'Premier of the State Council', '2023-03-11', 'Li Qiang'],
    ['China', 'Premier of the State Council', '2024-10-12', 'Li Qiang'],
    ['China', 'Premier of the State Council', '2012-05-01', 'Wen Jiabao'],
    ['China', "President of the People's Republic of China", '2021-02-08', 'Xi Jinping'],
    ['China', "President of the People's Republic of China", '2011-01-19', 'Hu Jintao'],
    ['China', 'Minister of Foreign Affairs', '2021-12-02', 'Wang Yi'],
    ['China', 'Minister of Foreign Affairs', '2023-03-07', 'Qin Gang'],
    ['China', "Vice President of the People's Republic of China", '2020-01-01', 'Wang Qishan'],
    ['Vietnam', 'General Secretary of the Communist Party of Vietnam Central Committee', '2021-02-08', 'Nguyen Phu Trong'],
    ['Vietnam', 'General Secretary of the Communist Party of Vietnam Central Committee', '2024-10-12', 'To Lam'],
    ['Vietnam', 'President of Vietnam', '2024-11-01', 'Luong Cuong'],
    ['Vietnam', 'President of Vietnam', '2023-06-01', 'Vo Van Thuong'],
    ['Vietnam', 'Prime Minister of Vietnam', '2022-01-13', 'Pham Minh Chinh'],
    ['Vietnam', 'Chairman of the National Assembly', '2022-06-01', 'Vuong Dinh Hue'],
    ['Vietnam', 'Minister of Foreign Affairs', '2019-05-01', 'Pham Binh Minh'],
    ['United States', 'President of the United States', '2018-03-01', 'Donald Trump'],
    ['United States', 'President of the United States', '2023-03-29', 'Joe Biden'],
    ['United States', 'President of the United States', '2015-09-04', 'Barack Obama'],
    ['United States', 'President of the United States', '2025-06-01', 'Donald Trump'],
    ['United Kingdom', 'Prime Minister of the United Kingdom', '2024-03-12', 'Rishi Sunak'],
    ['United Kingdom', 'Prime Minister of the United Kingdom', '2022-10-01', 'Liz Truss'],
    ['Japan', 'Prime Minister of Japan', '2012-09-25', 'Yoshihiko Noda'],
    ['Japan', 'Prime Minister of Japan', '2023-12-17', 'Fumio Kishida'],
    ['South Korea', 'President of South Korea', '2018-03-01', 'Moon Jae-in'],
    ['Germany', 'Chancellor of Germany', '2014-08-27', 'Angela Merkel'],
    ['Germany', 'Chancellor of Germany', '2025-06-01', 'Friedrich Merz'],
    ['Australia', 'Prime Minister of Australia', '2017-03-05', 'Malcolm Turnbull'],
    ['Brazil', 'President of Brazil', '2016-10-03', 'Michel Temer'],
    ['Philippines', 'President of the Philippines', '2023-01-01', 'Ferdinand Marcos Jr.'],
    ['Saudi Arabia', 'King of Saudi Arabia', '2015-09-04', 'Salman bin Abdulaziz Al Saud'],
    ['Egypt', 'President of Egypt', '2023-01-01', 'Abdel Fattah el-Sisi'],
    ['Israel', 'Prime Minister of Israel', '2022-09-01', 'Yair Lapid'],
    ['Thailand', 'Prime Minister of Thailand', '2024-10-01', 'Paetongtarn Shinawatra'],
    ['Singapore', 'Prime Minister of Singapore', '2024-05-15', 'Lawrence Wong'],
    ['EU', 'President of the European Commission', '2024-02-18', 'Ursula von der Leyen'],
    ['UN', 'Secretary-General of the United Nations', '2016-06-01', 'Ban Ki-moon'],
  ];
  for (const [country, office, day, person] of facts) {
    it(`${office} (${country}) on ${day} is ${person}`, () => {
      assert.deepEqual(holders(country, office, day), [person]);
    });
  }

  const vacant: [string, string, string][] = [
    // Between two holders: nobody, not both.
    ['South Korea', 'President of South Korea', '2025-05-01'],
    ['Vietnam', 'President of Vietnam', '2024-04-15'],
  ];
  for (const [country, office, day] of vacant) {
    it(`${office} (${country}) is vacant (or acting) on ${day}`, () => {
      assert.deepEqual(holders(country, office, day), []);
    });
  }

  it('knows every leader canonical of the gold corpus as a person', () => {
    const people = new Set(terms.map((t) => fold(t.person)));
    const missing = new Set<string>();
    let checked = 0;
    for (const name of corpusNames()) {
      for (const l of readGold<{ leaders: { canonical: string }[] }>(name).leaders) {
        checked++;
        if (!people.has(fold(l.canonical))) missing.add(`${l.canonical} (${name})`);
      }
    }
    assert.ok(checked > 40, `only ${checked} gold leaders checked`);
    assert.deepEqual([...missing], []);
  });
});
