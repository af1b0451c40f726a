// The topic lexicon of GUIDELINES 5.5: which words name which field, and how the field of a
// pledge is chosen (the first specific field among the pledged actions; words that only name the
// relationship give `diplomacy`). Named instruments found by the agreements extractor bring their
// own field (RCEP -> trade, Belt and Road -> connectivity) and hide the words inside their names.

import type { Topic } from '../types';

/** specific: names a field; visit: a visit, whose field is its stated purpose; weak: a field only when nothing else is named. */
type Tier = 'specific' | 'visit' | 'weak';

interface TopicRule { topic: Topic; tier: Tier; words: string[]; acronyms?: string[] }

const RULES: TopicRule[] = [
  { topic: 'trade', tier: 'specific', words: [
    'econom\\w*', 'trade', 'trading', 'investments?', 'invest', 'investors?', 'financ\\w*', 'fiscal', 'monetary',
    'markets?', 'supply chains?', 'industrial chains?', 'industr\\w*', 'decoupling', 'de-risking', 'business\\w*', 'commerc\\w*',
    'goods', 'products', 'commodities', 'exports?', 'exported', 'exporting', 'imports?', 'imported', 'importing', 'customs', 'tariffs?',
    'agricultur\\w*', 'aquatic products', 'fruits?', 'grain', 'food security', 'free trade', 'Trans-Pacific',
    'Mercosur', 'Indo-Pacific Economic Framework', 'Canada-United States-Mexico Agreement', '(?:the|a|this|that|any|new) deals?', 'deals', 'multilateral trad\\w*', 'regional trade', 'minerals', 'manufacturing', 'supplies', 'wheat', 'rice', 'fertili[sz]ers?', 'value chains?', 'SMEs', 'small and medium-sized enterprises', 'Black Sea Grain Initiative'],
    acronyms: ['RCEP', 'CPTPP', 'EPA', 'FTA', 'WTO', 'CEPA', 'IPEF', 'USMCA', 'CUSMA', 'NAFTA', 'CETA'] },
  { topic: 'health', tier: 'specific', words: [
    'COVID\\w*', 'coronavirus', 'pandemics?', 'anti-pandemic', 'epidemics?', 'anti-epidemic', 'vaccin\\w*',
    'health', 'healthcare', 'health care', 'health security', 'medic(?:al|ine|ines)', 'hospitals?', 'diseases?', 'pharmaceutic\\w*', 'Ebola', 'malaria', 'HIV'],
    acronyms: ['WHO'] },
  { topic: 'security', tier: 'specific', words: [
    'security', 'defen[cs]e', 'militar\\w*', 'armed forces', 'terror\\w*', 'counter-terrorism', 'counterterror\\w*', 'non-?proliferation', 'arms control', 'intelligence', 'extremis\\w*',
    'nuclear', 'denucleari\\w*', 'Taiwan', 'one-China', 'separatis\\w*', 'Korean Peninsula', 'North Korea',
    'law enforcement', 'narcotics?', 'drugs?', 'trafficking', 'organi[sz]ed crime', 'crimes?', 'criminal',
    'conflicts?', 'wars?', 'bloodshed', 'hostilities', 'de-escalation', 'escalations?', 'ceasefire', 'cease-fire',
    'peace (?:process|talks|agreement|deal|plan|formula|initiative|negotiations|settlement|efforts)',
    '(?:just|lasting|durable|comprehensive|sustainable|genuine)(?:,?\\s+(?:and\\s+)?(?:just|lasting|durable|comprehensive|sustainable))?\\s+peace',
    'peace and security', 'peacekeeping', 'peace-?building', 'two-state', 'political solution', 'political settlement', 'weapons?', 'missiles?', 'invasion',
    'aggression', 'use of force', 'tensions?', 'sovereignty', 'territor(?:y|ies|ial)', 'deterrence', 'Taiwan Strait', 'violence', 'Ukrain(?:e|ian)\\s+(?:crisis|conflict|war|issue|question|situation)', '(?:in|on|for|with|to|of|against|around) Ukraine',
    'Ukrainian (?:people|refugees|territory|forces|army|crisis|conflict)', 'nuclear deal', 'Palestin\\w*', 'Daesh', 'hostages?', 'sanctions', 'Gaza', 'Hamas', 'Hezbollah', 'Houthis?',
    'cyber ?crimes?', 'cyber ?attacks?', 'illegal (?:war|annexation|occupation)', 'occupation', 'annexation'],
    acronyms: ['ISIS', 'ISIL', 'DPRK', 'AUKUS'] },
  { topic: 'maritime', tier: 'specific', words: [
    'maritime', 'South China Sea', 'East Sea', 'at sea', 'the sea', 'seas', 'sea lanes', 'navigation', 'naval',
    'fisher(?:y|ies|men)', 'fishing', 'coast guards?', 'territorial waters', 'sea borders?', 'Code of Conduct'],
    // A named sea ("the East China Sea", "the West Philippine Sea"); a longer name at the same place
    // ("Black Sea Grain Initiative") still wins.
    acronyms: ['UNCLOS', '(?:[A-Z][a-z]+\\s+){1,2}Sea'] },
  { topic: 'connectivity', tier: 'specific', words: [
    'Belt and Road', 'Two Corridors', 'connectivity', 'railways?', 'rail', 'railroads?', 'roads?', 'expressways?',
    'highways?', 'ports?', 'airports?', 'high-speed', 'metro', 'urban rail', 'tunnels?', 'infrastructure', 'flights?', 'airlines?', 'aviation', 'transport\\w*', 'logistics',
    'bridges?', 'corridors?', 'alignment of (?:their |the )?development strategies', 'development strategies',
    'standard-gauge'], acronyms: ['BRI'] },
  { topic: 'energy', tier: 'specific', words: [
    'energy', 'climate', 'clean', 'renewabl\\w*', 'emissions?', 'carbon', 'decarboni\\w*', 'green', 'oil', 'gas',
    'electricity', 'power grids?', 'solar', 'wind power', 'hydropower', 'net[- ]zero', 'environmental protection',
    'nuclear power(?: plants?| stations?)?', 'nuclear energy', 'nuclear reactors?', 'civil(?:ian)? nuclear', 'nuclear fuel', 'energy security', 'hydrogen', 'coal', 'biodiversity', 'Paris Agreement'], acronyms: ['LNG', 'OPEC', 'COP\\d*', 'SMRs?'] },
  { topic: 'technology', tier: 'specific', words: [
    'technolog\\w*', 'tech', 'digital\\w*', 'semiconductors?', 'chips?', 'artificial intelligence', 'cyber ?security', 'cyber\\w*',
    'innovation', 'science', 'scientific', 'lunar', 'space exploration', 'telecom\\w*', 'export controls?', 'satellites?', 'quantum', 'e-commerce', 'outer space', 'space cooperation', 'startups?'],
    acronyms: ['AI', '5G', 'ICT'] },
  { topic: 'culture', tier: 'specific', words: [
    'people-to-people', 'youth', 'young people', 'tourism', 'tourists?', 'education\\w*', 'students?', 'universit\\w*',
    'academic', 'schools?', 'training', 'human resources', 'media', 'cultur\\w*', 'sports?', 'popular support', 'mutual understanding between the (?:two )?(?:peoples|nations)', 'humanities',
    'exchanges between the (?:two )?peoples', 'local governments?', 'localities', 'mobility programmes?',
    'scholarships?', 'think tanks?', 'sister[- ]cit(?:y|ies)'] },
  { topic: 'diplomacy', tier: 'specific', words: [
    'high-level', 'strategic communication', 'political (?:mutual )?trust', 'mutual trust', 'inter-party',
    'party-to-party', 'exchanges between (?:the two )?parties', '(?:remain|stay|keep) in touch', 'speak(?:ing)? again',
    'exchanges? of (?:views|opinions)', 'diplomatic relations'] },
  { topic: 'diplomacy', tier: 'visit', words: [
    'visit(?:s|ed|ing)?', 'travel(?:s|led|ed)? to', 'be here', 'come to', 'trip to', 'tour of'] },
  { topic: 'multilateral', tier: 'specific', words: [
    'United Nations', 'multilateral\\w*', 'multipolar\\w*', 'globali[sz]ation', 'international and regional',
    'regional and international', 'international (?:affairs|issues|arena|community|system|order|law)',
    'global governance', 'global initiatives', 'Global (?:Development|Security|Civilization) Initiative',
    '2030 Agenda', 'sustainable development', 'Indo-Pacific', 'Quad', 'Mekong', 'Pacific Islands Forum', 'Commonwealth', 'European Union', 'Indian Ocean Rim', 'East Asia Summit', 'Security Council', 'Arab League', 'League of Arab States', 'African Union', 'Forum on China-Africa Cooperation', 'Summit of the Americas'],
    acronyms: ['UN', 'U\\.N\\.', 'ASEAN', 'G20', 'G-20', 'G7', 'G-7', 'BRICS', 'SCO', 'APEC', 'IORA', 'OSCE', 'NATO', 'AU', 'CHOGM', 'CELAC', 'FOCAC', 'GCC', 'OAS', 'OIC', 'ARF', 'EAS', 'SAARC', 'BIMSTEC', 'G77', 'G-77'] },
  { topic: 'other', tier: 'specific', words: [
    'humanitarian', 'human rights', 'aid', 'refugees?', 'displaced', 'migra\\w*', 'workers?', 'labou?r',
    'detain\\w*', 'detention', 'prisoners?', 'imprison\\w*', 'jailed', 'consular', '(?:the )?cases? of', 'nationals', 'diaspora', 'communit(?:y|ies) (?:in|abroad|living)',
    'women', "women's", 'gender', 'to account', 'accountab\\w*', 'disasters?', 'earthquakes?', 'relief', 'poverty', 'war legacy', 'war legacies', 'Agent Orange', 'dioxin',
    'unexploded ordnance', 'missing in action'], acronyms: ['UXO', 'MIA'] },
  { topic: 'other', tier: 'weak', words: ['assistance'] },
];

interface CompiledRule { topic: Topic; tier: Tier; re: RegExp }
const COMPILED: CompiledRule[] = RULES.flatMap((r) => {
  const out: CompiledRule[] = [{ topic: r.topic, tier: r.tier, re: new RegExp(`(?<![\\w-])(?:${r.words.join('|')})(?![\\w-])`, 'gi') }];
  if (r.acronyms?.length) out.push({ topic: r.topic, tier: r.tier, re: new RegExp(`(?<![\\w-])(?:${r.acronyms.join('|')})(?![\\w-])`, 'g') });
  return out;
});

interface TopicHit { start: number; end: number; topic: Topic; tier: Tier }

/** Topic a named instrument brings (undefined: it names only the relationship, e.g. a partnership). */
export function agreementTopic(name: string): Topic | undefined {
  const own = firstHit(lexiconHits(name), 0, name.length, 'specific');
  return own?.topic === 'diplomacy' ? undefined : own?.topic;
}

// "Two Corridors and One Economic Circle" is an alignment of development strategies, not trade,
// although its name says "Economic": the phrase rule (first, longest) settles that.
function lexiconHits(text: string): TopicHit[] {
  const hits: TopicHit[] = [];
  for (const r of COMPILED) {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(text); m; m = r.re.exec(text)) hits.push({ start: m.index, end: m.index + m[0].length, topic: r.topic, tier: r.tier });
  }
  // Earliest first; at the same place the longer phrase ("energy security", "Security Council") wins.
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TopicHit[] = [];
  let reach = -1;
  for (const h of hits) if (h.start >= reach) { kept.push(h); reach = h.end; }
  return kept;
}

function firstHit(hits: TopicHit[], from: number, to: number, tier: Tier, except?: Topic): TopicHit | undefined {
  return hits.find((h) => h.start >= from && h.start < to && h.tier === tier && h.topic !== except);
}

export interface TopicInput {
  /** The sentence. */
  text: string;
  /** Where the pledged action starts (the deciding cue); text before it is the subject zone. */
  actionStart: number;
  /** Named instruments in the sentence (offsets relative to it) with their field, if they bring one. */
  instruments?: { start: number; end: number; topic?: Topic }[];
}

// Ends the clause that states a visit's purpose: the next coordinated clause or sentence end.
const CLAUSE_END = /,\s|\s(?:and|but)\s(?:the|he|she|they|we|I|it)\b|;/g;

export interface TopicChoice {
  topic: Topic;
  /** False when no field is named at all and `diplomacy` is only the default. */
  named: boolean;
}

// "a high-level economic dialogue", "the strategic dialogue on trade": a mechanism takes the field
// it is about, not the relationship word that qualifies it.
const MECHANISM = /^(?:[\s,]+(?:and\s+)?[\w-]+){0,4}?\s+(?:dialogues?|mechanisms?|committees?|commissions?|councils?|consultations?|working\s+groups?|forums?|task\s+forces?)(?:\s+on(?:\s+[\w-]+){1,4})?/i;
/** "On the East Sea issue, ...", "Regarding trade, ...": a leading phrase that names the field. */
const LEADING_TOPIC = /^(?:On|Regarding|Concerning|As\s+(?:for|to|regards)|With\s+(?:regard|respect)\s+to|In\s+terms\s+of|Turning\s+to|In\s+the\s+(?:area|field|sphere)s?\s+of)\s+(?!the\s+(?:occasion|sidelines|margins|basis|eve)\b|behalf\b)[^,;]{2,80},\s/;

/** GUIDELINES 5.5: the first specific field among the pledged actions, else `diplomacy`. */
export function topicOf(input: TopicInput): TopicChoice {
  const choice = topicOfAction(input);
  const lead = LEADING_TOPIC.exec(input.text);
  if (lead && lead[0].length <= input.actionStart) {
    const named = lexiconHits(lead[0]).find((h) => h.tier === 'specific' && h.topic !== 'diplomacy');
    if (named) return { topic: named.topic, named: true };
  }
  return choice;
}

function topicOfAction(input: TopicInput): TopicChoice {
  const { text, actionStart } = input;
  let hits = lexiconHits(text);
  const instruments = input.instruments ?? [];
  if (instruments.length) {
    hits = hits.filter((h) => !instruments.some((a) => h.start < a.end && a.start < h.end));
    for (const a of instruments) if (a.topic) hits.push({ start: a.start, end: a.end, topic: a.topic, tier: 'specific' });
    hits.sort((a, b) => a.start - b.start);
  }
  for (const h of hits) {
    if (h.start < actionStart) continue;
    if (h.tier === 'specific') {
      if (h.topic === 'diplomacy') {
        const mechanism = MECHANISM.exec(text.slice(h.end));
        const field = mechanism && firstHit(hits, h.end, h.end + mechanism[0].length, 'specific', 'diplomacy');
        if (field) return { topic: field.topic, named: true };
      }
      return { topic: h.topic, named: true };
    }
    if (h.tier === 'visit') {
      // A visit's field is its stated purpose (a business delegation, a summit) or the visitor's
      // portfolio ("the Minister for Trade"); otherwise it is diplomacy.
      CLAUSE_END.lastIndex = h.end;
      const end = CLAUSE_END.exec(text)?.index ?? text.length;
      const purpose = firstHit(hits, h.end, end, 'specific', 'diplomacy') ?? firstHit(hits, 0, actionStart, 'specific', 'diplomacy');
      return { topic: purpose?.topic ?? 'diplomacy', named: true };
    }
  }
  // Nothing named in the action: the field may be named by the subject ("ASEAN ... is willing to").
  const before = firstHit(hits, 0, actionStart, 'specific');
  if (before) return { topic: before.topic, named: true };
  const weak = firstHit(hits, actionStart, text.length, 'weak');
  return weak ? { topic: weak.topic, named: true } : { topic: 'diplomacy', named: false };
}
