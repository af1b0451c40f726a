// The wording of pledges (GUIDELINES 5.2 and 5.4) as a table of cues, plus the frames that stop
// a cue from counting (beliefs, predictions, accounts of the talks, thanks) and the clause
// boundaries that end a frame's reach. Each cue has a strength and a kind; the kind tells the
// engine where the acting side is named (before the cue, after it, or nowhere) and whether the
// cue embeds a clause whose own modals do not carry the pledge.

import type { Strength } from '../types';

export type CueKind =
  | 'modal'      // will / shall / would: firm when an actor is its subject
  | 'norm'       // should / must / need to / have to: aspirational, actor subject
  | 'willing'    // is willing / ready / prepared to, stands ready to, would like to ...
  | 'want'       // wants (X) to: willing, X acts when named
  | 'firm'       // committed, pledged, decided, is scheduled to, ...
  | 'policy'     // supports, opposes, abides by, adheres to: a standing policy (firm)
  | 'agree'      // agreed to / on: firm, binds both
  | 'agreeWith'  // "X agreed with this": firm, both, topic of what was agreed
  | 'agreeThat'  // agreed that ...: strength of the embedded modal
  | 'hope'       // hopes that X will: aspirational, X acts
  | 'hopeTo'     // hopes to, looks forward to: aspirational, subject acts
  | 'call'       // called on / urged / asked / requested X to: aspirational, X acts (else the other side)
  | 'propose'    // proposed / suggested (that X): aspirational, X acts (else both)
  | 'importance' // it is important to, the importance of doing, the need to: aspirational
  | 'position'   // a stated position that ... must: aspirational, subject's
  | 'priority';  // the priority / interest is to: aspirational

export interface CueRule {
  kind: CueKind;
  strength: Strength;
  re: RegExp;
  /** Lower-case stems one of which every match contains: a cheap test before the regex runs. */
  keys: string[];
}

const rule = (kind: CueKind, strength: Strength, keys: string, source: string, flags = 'gi'): CueRule =>
  ({ kind, strength, keys: keys.split(' ').map((k) => k.replace(/_/g, ' ')), re: new RegExp(source, flags) });

// Compound wordings come first: a span taken by one rule is not matched again by a later one
// ("would be ready to" is willing, not the firm "would").
export const CUE_RULES: CueRule[] = [
  rule('willing', 'willing', 'willing ready prepared keen eager', String.raw`\b(?:(?:is|are|was|were|be|been|remains?|remained|would\s+be|will\s+be)\s+(?:\w+ly\s+|also\s+|still\s+|always\s+|now\s+)?(?:willing|ready|prepared|keen|eager)|stands?\s+ready|stood\s+ready|standing\s+ready)\s+to\b`),
  // Headline style without the copula: "Xi says China ready to work with Vietnam".
  rule('willing', 'willing', 'willing ready', String.raw`\b(?:ready|willing)\s+to\b`),
  rule('willing', 'willing', 'like_to love_to', String.raw`\b(?:would|will)\s+(?:like|love)\s+to\b`),
  rule('willing', 'willing', 'willingness readiness desire intent wish keenness eagerness openness', String.raw`\b(?:(?:expressed|voiced|reaffirmed|reiterated|conveyed|showed|affirmed|underlined|underscored|stressed|emphasi[sz]ed|indicated|demonstrated|confirmed|signalled|signaled)\s+(?:\S+\s+){0,3}?(?:willingness|readiness|desire|intention|intent|wish|keenness|eagerness|openness)|(?:willingness|readiness|intention|intent|desire|keenness|eagerness)\s+to)\b`),
  rule('willing', 'willing', 'interest', String.raw`\binterest(?:ed)?\s+in\s+(?!the\b|a\b|an\b)[a-z]+ing\b`),
  rule('willing', 'willing', 'wish intend seek sought plan aim offer', String.raw`\b(?:wishes|wished|intends|intended|intend|seeks|seek|sought|plans|planned|aims|aimed|offers|offered)\s+to\b`),
  rule('want', 'willing', 'want', String.raw`\b(?:wants|wanted|want)\s+(?:[\p{Lu}][\p{L}.]*\s+){0,3}to\b`, 'gu'),
  rule('want', 'willing', 'want', String.raw`\b(?:wants|wanted|want)\s+to\b`),
  rule('hopeTo', 'aspirational', 'hope forward', String.raw`\b(?:hopes|hoped|hope)\s+to\b|\blook(?:s|ed|ing)?\s+forward\s+to\b`),
  rule('hope', 'aspirational', 'hop expressed', String.raw`\b(?:hopes|hoped|hoping|hope)\s+(?:that|for)\b|\b(?:hopes|hoped|hope)(?=\s+(?:(?:the|both|all|his|her|its|their|our)\b|[A-Z]))|\bexpressed\s+(?:\S+\s+){0,2}?hopes?\b|\bit\s+is\s+(?:\w+\s+)?hoped\b`),
  rule('agreeWith', 'firm', 'agree', String.raw`\bagreed\s+with\s+(?:this|that|it|the\s+(?:proposal|suggestion|idea|view)|him|her)\b`),
  rule('agreeThat', 'firm', 'agree concur confirmed', String.raw`\b(?:agreed|concurred|confirmed)\s+that\b`),
  rule('agree', 'firm', 'agree concur', String.raw`\b(?:agreed|agree|agrees|concurred|concur)\s+(?:in\s+principle\s+|unanimously\s+|jointly\s+)?(?:to|on|upon)\b`),
  rule('importance', 'aspirational', 'necessary important essential imperative crucial vital urgent importance significance', String.raw`\bit\s+is\s+(?:\w+\s+)?(?:necessary|important|essential|imperative|crucial|vital|urgent|of\s+(?:\w+\s+)?(?:importance|significance))\s+(?:for\s+(?:\S+\s+){1,3})?to\s+\w+`),
  rule('importance', 'aspirational', 'importance', String.raw`\bimportance\s+of\b`),
  rule('importance', 'aspirational', 'need', String.raw`\b(?:the|an?|urgent|pressing)\s+need\s+(?:to|for)\b`),
  rule('priority', 'aspirational', 'priorit interest goal aim objective', String.raw`\b(?:priority|priorities|interest|interests|goal|aim|objective)\s+(?:now\s+|here\s+)?(?:is|are)\s+to\s+\w+|\bpriority\s+to\s+[a-z]+\b`),
  rule('position', 'aspirational', 'position view recognition', String.raw`\bposition\s+(?:is\s+)?that\b|\bshared?\s+(?:the|a|their)\s+(?:common\s+)?(?:view|recognition|understanding)\s+that\b`),
  rule('firm', 'firm', 'decided resolved vow pledg undert promis determined', String.raw`\b(?:decided|resolved|vowed|vow|vows|pledged|pledges|pledge|undertook|undertakes|promised|promises|determined)\s+to\b|\bpledged\b`),
  rule('firm', 'firm', 'commit', String.raw`\b(?:committed|commits|commit|recommitted)\s+(?:themselves\s+|itself\s+|himself\s+|herself\s+)?to\b|(?<=\b(?:is|are|was|were|be|been|remain|remains|remained|stay|stays|stayed)\s+(?:\w+ly\s+|also\s+|all\s+|still\s+|at present\s+)*)(?:re)?committed\b|\brecommitted\b`),
  rule('firm', 'firm', 'commitment determination', String.raw`\bcommitments?\s+to\b|\b(?:reaffirm|affirm|reiterat|renew|restat|convey|express|underlin|underscor|emphasi|highlight|confirm|stress|voic)\w*\s+(?:\S+\s+){0,4}?commitment\b|\bdetermination\s+to\b`),
  rule('firm', 'firm', 'scheduled due set_to invitation task direct instruct', String.raw`\b(?:is|are|was|were)\s+(?:scheduled|due|set)\s+to\b(?!\s+(?:the|a|an|its|their|his|her|this|that|these|those)\b)|\baccept(?:ed|s|ing)?\s+(?:[^\s.;,]+\s+){0,5}?invitation\b|(?<=\binvitations?\b[^.;]{0,100})\baccepted\s+it\b|\b(?:tasked|directed|instructed)\s+(?:\S+\s+){1,3}?(?:to|with)\b`),
  rule('firm', 'firm', 'working efforts consistent', String.raw`\b(?:is|are|was|were|been)\s+working\s+(?:to|on|with|together|towards?)\b|\b(?:continued|ongoing|continuous|sustained|intensified)\s+(?:\S+\s+)?efforts\b|\bis\s+consistent\s+with\s+(?:its|their|our)\s+policy\b`),
  rule('policy', 'firm', 'support', String.raw`\b(?:expressed|reaffirmed|reiterated|voiced|conveyed|pledged|affirmed|declared|offered|underscored|underlined|emphasi[sz]ed|stressed|highlighted|confirmed)\s+(?:\S+\s+){0,3}?support\s+(?:for|to)\b`),
  rule('policy', 'firm', 'support oppos', String.raw`\b(?:supports|supported)\b(?!\s+by\b)|\b(?:firmly|fully|strongly|always|resolutely|consistently|jointly)\s+(?:supports?|opposes?|opposed)\b`),
  // "They opposed any attempts to ...": reported speech of a standing opposition (an actor subject is required).
  rule('policy', 'firm', 'opposed opposition', String.raw`(?<!\bas\s)\bopposed\b(?!\s+by\b)|\b(?:expressed|reaffirmed|reiterated|voiced|conveyed|affirmed|declared|underscored|underlined|emphasi[sz]ed|stressed|restated|confirmed)\s+(?:\S+\s+){0,3}?opposition\s+to\b`),
  rule('policy', 'firm', 'support oppose', String.raw`(?<=\b(?:sides|countries|leaders|we|they|both|We|They)\s+)(?:support|oppose)\b`),
  rule('policy', 'firm', 'oppose abid abide adher pursue', String.raw`\bopposes\b|\b(?:abides|abide|abided)\s+by\b|\b(?:adheres|adhere|adhered)\s+to\b|\bpursues\b|\bfirmly\s+pursue\b`),
  rule('call', 'aspirational', 'call urg request asked encourag', String.raw`(?<!\b(?:the|a|phone|telephone|video|this|that|their|his|her|our|last|first)\s)\bcall(?:s|ed)?\s+(?:on|upon|for)\b(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)|\burg(?:es|ed|e)\b|\brequested\b|\brequests\s+(?:that|the)\b|\basked\s+(?!about\b|for\s+(?:his|her)\b)|\bencourag(?:es|ed|e)\b`),
  rule('propose', 'aspirational', 'propos suggest', String.raw`(?<!\b(?:the|a|an)\s)\b(?:propos(?:es|ed|e)|suggest(?:s|ed)?)\b(?!\s+by\b)`),
  rule('norm', 'aspirational', 'should must ought need have_to has_to', String.raw`\b(?:should|must|ought\s+to)\b|\b(?:need|needs)\s+to\b|\b(?:have|has)\s+to\b`),
  rule('modal', 'firm', "will shall would 'll", String.raw`\b(?:will|shall|would)\b(?!\s+have\b)|'ll\b`),
];

/** Frames whose content is an account, an evaluation, thanks or a belief, not a pledge. */
export const BLOCKERS = new RegExp(String.raw`\b(?:expressed\s+(?:\S+\s+){0,2}?(?:belief|confidence|conviction|satisfaction|gratitude|appreciation|thanks)|believ(?:e|es|ed|ing)|confident|convinced|expects?|expected|predicted|forecasts?|welcom(?:e|es|ed|ing)|congratulat(?:e|es|ed|ing)|thank(?:s|ed)?|appreciat(?:e|es|ed)|grateful|prais(?:e|es|ed)|invit(?:e|es|ed)|(?:extend|issu|renew|deliver|convey)(?:ed|s)?\s+(?:\S+\s+){0,3}?invitations?|briefed|informed|updated|reviewed|discuss(?:ed|es)?|exchanged|took\s+note|attach(?:ed|es)?\s+(?:great\s+|high\s+)?importance|spoke\s+highly|speaks\s+highly|regard(?:s|ed)|recalled|condemn(?:s|ed)?|assessed|satisfied)\b`, 'gi');

/**
 * Where one clause ends and another begins: a frame's or a modal's reach stops here.
 * ", adding that ...", "; ", ", and it is hoped", " and agreed to ..." (a new main verb).
 */
export const BOUNDARIES = new RegExp(String.raw`;\s+|,\s+(?:and\s+|but\s+|while\s+)?(?:adding|noting|saying|stressing|stating|pointing\s+out|emphasi[sz]ing|underlining|affirming|expressing)\b(?:\s+that)?|,\s+(?:[Aa]nd|[Bb]ut|while|whereas)\s+(?=(?:it|he|she|they|we|I|the|both|his|her|its|their)\b|[\p{Lu}])|\s+and\s+(?=(?:the|both|the\s+two)\s+(?:two\s+)?(?:sides|leaders|countries|presidents|ministers|heads\s+of\s+state)\b|(?:he|she|they|we)\s+[a-z]+(?:ed|s)\b)|\s+(?:and|but)\s+(?:also\s+|further\s+|then\s+)?(?=(?:agreed|expressed|said|stressed|called|urged|proposed|pledged|reaffirmed|vowed|added|noted|underlined|underscored|emphasi[sz]ed|stated|affirmed|welcomed|encouraged|committed|decided|invited|thanked|accepted|condemned|outlined|discussed|exchanged|looked|hoped|asked|requested|suggested|highlighted|reiterated|voiced|conveyed|appreciated|praised|congratulated)\b)`, 'gu');

/**
 * "... welcomed the progress and will continue to ...": a new predicate of the same subject. It
 * ends an account or a plain pledge, but not a hope ("it is hoped that Japan will ... and will").
 */
export const WEAK_BOUNDARIES = /\s+and\s+(?:also\s+|further\s+)?(?=(?:will|would|shall|is|are|stands?|supports?|opposes?|remains?)\b)/g;

/** A participial opener ends at its comma: "Expressing appreciation ..., PM Albanese agreed to". */
export const PARTICIPIAL_OPENER = /^(?:[A-Z][a-z]+ing|In\s+\w+ing|After\s+\w+ing)\b[^,;]{0,150},\s+/;

/** Words that may stand between a subject and its modal: "China will also further ...". */
export const ADVERBS_BEFORE = /(?:\s+(?:also|further|still|always|then|now|jointly|both|all|certainly|definitely|surely|soon|therefore|thus|each|together|firmly|fully|strongly|resolutely|consistently|not|in turn|accordingly|has|have|had|does|do|did|is|are|was|were|been|will|would|continues? to|continued to))+\s*$/;
/** A speech tag inside the clause: "China, Xi added, stands ready". */
export const SPEECH_PARENTHETICAL = /,\s*[^,]{1,50}?\s(?:said|added|noted|stressed|says|adds|pointed out|stated)\s*,\s*$/;
/** Nouns that name an acting party: "the Vietnamese side will", "Mercosur members should". */
export const ACTOR_NOUN = /(?<![\w-])(?:sides?|government|governments|leaders?|countries|country|nations?|peoples?|delegations?|ministers?|ministry|officials|teams?|members|parties|administration|authorities|states|both|two|counterparts?|presidents?|premiers?|[Ww]e|I|[Hh]e|[Ss]he|[Tt]hey|[Yy]ou)\s*$/;

// Courtesies, not acts: remembering, thanking, greetings conveyed or sent, success wished.
const COURTESY_VERB = String.raw`(?:remember|thank|congratulate|convey|wish|pay\s+tribute|(?:extend|send|express)\s+(?:\w+\s+){0,3}?(?:greetings|regards|congratulations|condolences|thanks|gratitude|wishes|sympathy|appreciation))\b`;
/** The infinitive after an addressee is a courtesy: "asked Li to convey his greetings". */
export const COURTESY_INFINITIVE = new RegExp(String.raw`^[^.;]{0,60}?\bto\s+(?:\w+ly\s+)?${COURTESY_VERB}`, 'i');
/** The pledged verb is a courtesy: "We will always remember this support", "asked Li to convey greetings". */
export const COURTESY_AFTER = new RegExp(String.raw`^(?:\s+(?:\w+\s+)?(?:to|also|always|further|once again|again|continue to|be able to|sincerely|warmly)\b)*\s+${COURTESY_VERB}`, 'i');
/** A will that forecasts an effect: "will bring more opportunities", "will double within two years". */
export const FORECAST_AFTER = /^\s+(?:\w+ly\s+)?(?:become|bring|double|triple|surpass|exceed|grow|face|witness|make\s+(?:new\s+(?:and\s+)?)?(?:greater\s+|great\s+)?achievements|inevitably)\b/i;
/** "have adhered to" is an account of the past, "has always supported" a standing policy. */
export const PERFECT_BEFORE = /\b(?:have|has|had)\s+(?:\w+ly\s+)?$/i;
export const STANDING = /\b(?:always|consistently|all along|long|firmly|never)\b/i;

/** -ing words that are not a gerund naming an action after "the importance of". */
export const NOT_GERUNDS = new Set(['ongoing', 'during', 'including', 'regarding', 'concerning', 'following', 'according',
  'notwithstanding', 'pending', 'upcoming', 'remaining', 'existing', 'leading', 'growing', 'emerging', 'outstanding',
  'meeting', 'thing', 'something', 'nothing', 'anything', 'everything', 'morning', 'evening', 'wellbeing', 'shipping',
  'funding', 'spring', 'string', 'ceiling', 'sibling', 'understanding', 'standing', 'longstanding', 'far-reaching']);
