// Countries and blocs that can take part in talks: the canonical short English name used in the
// gold `party` values, with the written forms that stand for them in readouts (official names,
// aliases, demonyms, capitals and seats of government used as metonyms) and the titles their
// leaders carry. Pure data plus one compiled matcher (countryMentions) shared by the party finder
// and the commitment rules.

export type CountryKind = 'country' | 'bloc';
/** name: the country's name or an alias; demonym: "Chinese"; seat: a capital or seat of government standing for it. */
export type CountryFormKind = 'name' | 'demonym' | 'seat';

export interface CountryEntry {
  name: string;
  kind: CountryKind;
  aliases: string[];
  demonyms: string[];
  /** Capitals and seats of government used as metonyms: "Beijing", "the Kremlin". */
  seats: string[];
  /** Leader titles in use there (lower case), to resolve "the Prime Minister" when only one side has one. */
  titles: string[];
}

// One row per country: name | aliases | demonyms | seats | titles ('' = none; ';' separates).
// Titles default to president/prime minister/foreign minister unless given; a leading '=' replaces
// the default, otherwise the row's titles are added to it.
const ROWS = `
China|People's Republic of China;PRC;Mainland China|Chinese|Beijing;Zhongnanhai|=president;premier;general secretary;state councilor;foreign minister;vice president;vice premier
Vietnam|Viet Nam;Việt Nam;Socialist Republic of Viet Nam;Socialist Republic of Vietnam|Vietnamese|Hanoi;Hà Nội;Ha Noi|general secretary;state president;party chief;national assembly chairman
United States|United States of America;U.S.;US;USA;U.S.A.|American|Washington;White House|=president;vice president;secretary of state;national security adviser;secretary of defense
United Kingdom|UK;U.K.;Britain;Great Britain|British|London;Downing Street;Whitehall|=prime minister;foreign secretary;king;queen;deputy prime minister
Japan||Japanese|Tokyo|=prime minister;foreign minister;emperor;chief cabinet secretary
South Korea|Republic of Korea;ROK;Korea|South Korean;Korean|Seoul|
North Korea|Democratic People's Republic of Korea;DPRK|North Korean|Pyongyang|=chairman;supreme leader;foreign minister
Russia|Russian Federation|Russian|Moscow;Kremlin|=president;prime minister;foreign minister
Germany|Federal Republic of Germany|German|Berlin|=chancellor;federal chancellor;president;federal president;foreign minister
France|French Republic|French|Paris;Elysee;Élysée|
Australia|Commonwealth of Australia|Australian|Canberra|=prime minister;foreign minister;minister for foreign affairs;governor-general
Indonesia|Republic of Indonesia|Indonesian|Jakarta|=president;vice president;foreign minister;minister for foreign affairs
Brazil|Federative Republic of Brazil|Brazilian|Brasilia;Brasília;Planalto|=president;vice president;foreign minister
Argentina|Argentine Republic|Argentine;Argentinian|Buenos Aires;Casa Rosada|=president;vice president;foreign minister
Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi|Riyadh|=king;crown prince;foreign minister;custodian of the two holy mosques
Egypt|Arab Republic of Egypt|Egyptian|Cairo|
Israel|State of Israel|Israeli|Jerusalem|
Ukraine||Ukrainian|Kyiv;Kiev|
Turkey|Türkiye;Turkiye;Republic of Türkiye;Republic of Turkey|Turkish|Ankara|=president;vice president;foreign minister
India|Republic of India|Indian|New Delhi|
Canada||Canadian|Ottawa|=prime minister;foreign minister;governor general
Mexico|United Mexican States|Mexican|Mexico City|=president;foreign minister;foreign secretary
Philippines|Republic of the Philippines;the Philippines|Philippine;Filipino|Manila;Malacañang;Malacanang|=president;vice president;foreign secretary;president-elect
Laos|Lao PDR;Lao People's Democratic Republic|Lao;Laotian|Vientiane|general secretary
Cambodia|Kingdom of Cambodia|Cambodian|Phnom Penh|king
Thailand|Kingdom of Thailand|Thai|Bangkok|king
Malaysia||Malaysian|Kuala Lumpur;Putrajaya|king
Singapore|Republic of Singapore|Singaporean||
Myanmar|Burma|Myanmar;Burmese|Naypyidaw;Nay Pyi Taw|senior general
Brunei|Brunei Darussalam|Bruneian|Bandar Seri Begawan|=sultan;foreign minister
Timor-Leste|East Timor|Timorese|Dili|
Mongolia||Mongolian|Ulaanbaatar|
Kazakhstan||Kazakh|Astana|
Uzbekistan||Uzbek|Tashkent|
Kyrgyzstan|Kyrgyz Republic|Kyrgyz|Bishkek|
Tajikistan||Tajik|Dushanbe|
Turkmenistan||Turkmen|Ashgabat|
Pakistan||Pakistani|Islamabad|
Bangladesh||Bangladeshi|Dhaka|
Sri Lanka||Sri Lankan|Colombo|
Nepal||Nepali;Nepalese|Kathmandu|
Bhutan||Bhutanese|Thimphu|king
Maldives|the Maldives|Maldivian||
Afghanistan||Afghan|Kabul|
Iran|Islamic Republic of Iran|Iranian|Tehran|supreme leader
Iraq||Iraqi|Baghdad|
Syria|Syrian Arab Republic|Syrian|Damascus|
Jordan|Hashemite Kingdom of Jordan|Jordanian|Amman|=king;crown prince;prime minister;foreign minister
Lebanon||Lebanese|Beirut|
United Arab Emirates|UAE;the Emirates|Emirati|Abu Dhabi|=president;vice president;prime minister;foreign minister;crown prince
Qatar||Qatari|Doha|=emir;amir;prime minister;foreign minister
Kuwait||Kuwaiti|Kuwait City|=emir;amir;crown prince;prime minister;foreign minister
Bahrain||Bahraini|Manama|=king;crown prince;prime minister;foreign minister
Oman|Sultanate of Oman|Omani|Muscat|=sultan;foreign minister
Yemen||Yemeni|Sanaa;Sana'a|
Palestine|State of Palestine|Palestinian|Ramallah|
Cyprus||Cypriot|Nicosia|
Georgia||Georgian|Tbilisi|
Armenia||Armenian|Yerevan|
Azerbaijan||Azerbaijani|Baku|
Belarus||Belarusian|Minsk|
Moldova|Republic of Moldova|Moldovan|Chisinau|
Poland|Republic of Poland|Polish|Warsaw|
Czech Republic|Czechia|Czech|Prague|
Slovakia||Slovak|Bratislava|
Hungary||Hungarian|Budapest|
Romania||Romanian|Bucharest|
Bulgaria||Bulgarian|Sofia|
Greece|Hellenic Republic|Greek|Athens|
Italy|Italian Republic|Italian|Rome;Palazzo Chigi|
Spain|Kingdom of Spain|Spanish|Madrid;Moncloa|king
Portugal|Portuguese Republic|Portuguese|Lisbon|
Netherlands|the Netherlands;Holland|Dutch|The Hague;Amsterdam|king
Belgium||Belgian||king
Luxembourg||Luxembourgish||grand duke
Switzerland|Swiss Confederation|Swiss|Bern|
Austria||Austrian|Vienna|chancellor
Ireland|Republic of Ireland|Irish|Dublin|taoiseach
Denmark||Danish|Copenhagen|king;queen
Norway||Norwegian|Oslo|king
Sweden||Swedish|Stockholm|king
Finland||Finnish|Helsinki|
Iceland||Icelandic|Reykjavik|
Estonia||Estonian|Tallinn|
Latvia||Latvian|Riga|
Lithuania||Lithuanian|Vilnius|
Serbia||Serbian|Belgrade|
Croatia||Croatian|Zagreb|
Slovenia||Slovenian;Slovene|Ljubljana|
Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo|
Montenegro||Montenegrin|Podgorica|
North Macedonia|Macedonia|Macedonian|Skopje|
Albania||Albanian|Tirana|
Kosovo||Kosovar|Pristina|
Malta||Maltese|Valletta|
Monaco||Monegasque||prince
Liechtenstein||||prince
Andorra||Andorran||
San Marino||Sammarinese||
Vatican|Holy See;Vatican City|||=pope;secretary of state
New Zealand||New Zealander;Kiwi|Wellington|
Papua New Guinea|PNG|Papua New Guinean|Port Moresby|
Fiji||Fijian|Suva|
Solomon Islands||Solomon Islander|Honiara|
Vanuatu||Vanuatuan|Port Vila|
Samoa||Samoan|Apia|
Tonga||Tongan|Nuku'alofa|king
Kiribati||I-Kiribati|Tarawa|
Tuvalu||Tuvaluan|Funafuti|
Nauru||Nauruan||
Palau||Palauan|Ngerulmud|
Marshall Islands||Marshallese|Majuro|
Micronesia|Federated States of Micronesia|Micronesian|Palikir|
Colombia||Colombian|Bogota;Bogotá|
Venezuela||Venezuelan|Caracas|
Chile||Chilean|Santiago|
Peru||Peruvian|Lima|
Ecuador||Ecuadorian|Quito|
Bolivia||Bolivian|La Paz;Sucre|
Paraguay||Paraguayan|Asuncion;Asunción|
Uruguay||Uruguayan|Montevideo|
Guyana||Guyanese|Georgetown|
Suriname||Surinamese|Paramaribo|
Cuba||Cuban|Havana|
Dominican Republic||Dominican|Santo Domingo|
Haiti||Haitian|Port-au-Prince|
Jamaica||Jamaican|Kingston|
Trinidad and Tobago||Trinidadian|Port of Spain|
Barbados||Barbadian|Bridgetown|
Bahamas|the Bahamas|Bahamian|Nassau|
Dominica||||
Grenada||Grenadian||
Saint Lucia||Saint Lucian||
Saint Vincent and the Grenadines||Vincentian||
Saint Kitts and Nevis||||
Antigua and Barbuda||Antiguan||
Belize||Belizean|Belmopan|
Guatemala||Guatemalan|Guatemala City|
Honduras||Honduran|Tegucigalpa|
El Salvador||Salvadoran|San Salvador|
Nicaragua||Nicaraguan|Managua|
Costa Rica||Costa Rican|San Jose|
Panama||Panamanian|Panama City|
South Africa|Republic of South Africa|South African|Pretoria|
Nigeria||Nigerian|Abuja|
Kenya||Kenyan|Nairobi|
Ethiopia||Ethiopian|Addis Ababa|
Tanzania||Tanzanian|Dodoma|
Uganda||Ugandan|Kampala|
Rwanda||Rwandan|Kigali|
Burundi||Burundian|Gitega|
Ghana||Ghanaian|Accra|
Senegal||Senegalese|Dakar|
Ivory Coast|Côte d'Ivoire;Cote d'Ivoire;Côte d’Ivoire|Ivorian|Yamoussoukro;Abidjan|
Mali||Malian|Bamako|
Burkina Faso||Burkinabe|Ouagadougou|
Niger||Nigerien|Niamey|
Chad||Chadian|N'Djamena|
Cameroon||Cameroonian|Yaounde;Yaoundé|
Gabon||Gabonese|Libreville|
Republic of the Congo|Congo-Brazzaville|Congolese|Brazzaville|
Democratic Republic of the Congo|DRC;DR Congo;Congo-Kinshasa||Kinshasa|
Angola||Angolan|Luanda|
Zambia||Zambian|Lusaka|
Zimbabwe||Zimbabwean|Harare|
Mozambique||Mozambican|Maputo|
Malawi||Malawian|Lilongwe|
Madagascar||Malagasy|Antananarivo|
Mauritius||Mauritian|Port Louis|
Seychelles||Seychellois||
Comoros||Comorian|Moroni|
Namibia||Namibian|Windhoek|
Botswana||Botswanan;Motswana|Gaborone|
Lesotho||Basotho|Maseru|king
Eswatini|Swaziland|Swazi|Mbabane|king
Sudan||Sudanese|Khartoum|
South Sudan||South Sudanese|Juba|
Eritrea||Eritrean|Asmara|
Djibouti||Djiboutian||
Somalia||Somali|Mogadishu|
Libya||Libyan|Tripoli|
Tunisia||Tunisian|Tunis|
Algeria||Algerian|Algiers|
Morocco|Kingdom of Morocco|Moroccan|Rabat|king
Mauritania||Mauritanian|Nouakchott|
Gambia|the Gambia|Gambian|Banjul|
Guinea||Guinean|Conakry|
Guinea-Bissau||Bissau-Guinean|Bissau|
Sierra Leone||Sierra Leonean|Freetown|
Liberia||Liberian|Monrovia|
Togo||Togolese|Lome;Lomé|
Benin||Beninese|Porto-Novo|
Equatorial Guinea||Equatoguinean|Malabo|
Cape Verde|Cabo Verde|Cape Verdean|Praia|
Sao Tome and Principe|São Tomé and Príncipe|||
Central African Republic|CAR|Central African|Bangui|
Taiwan||Taiwanese|Taipei|
EU|European Union;European Commission;E.U.||Brussels|=president;commission president;high representative;council president
ASEAN|Association of Southeast Asian Nations|||=secretary-general;chair
African Union|AU|||=chairperson;commission chairperson
NATO|North Atlantic Treaty Organization|||=secretary general;secretary-general
United Nations|UN;U.N.|||=secretary-general;secretary general
Arab League|League of Arab States|||=secretary-general
World Health Organization|WHO|||=director-general
World Trade Organization|WTO|||=director-general
International Monetary Fund|IMF|||=managing director
World Bank|World Bank Group|||=president
`;

const DEFAULT_TITLES = ['president', 'prime minister', 'foreign minister'];
const split = (field: string | undefined): string[] => (field ?? '').split(';').map((s) => s.trim()).filter(Boolean);
const BLOCS = new Set(['EU', 'ASEAN', 'African Union', 'NATO', 'United Nations', 'Arab League',
  'World Health Organization', 'World Trade Organization', 'International Monetary Fund', 'World Bank']);

export const COUNTRIES: readonly CountryEntry[] = ROWS.trim().split('\n').map((row) => {
  const [name, aliases, demonyms, seats, titles] = row.split('|');
  const own = split(titles);
  const replace = (titles ?? '').startsWith('=');
  const titleList = replace ? split(titles.slice(1)) : [...DEFAULT_TITLES, ...own];
  return {
    name, kind: BLOCS.has(name) ? 'bloc' : 'country',
    aliases: split(aliases), demonyms: split(demonyms), seats: split(seats), titles: titleList,
  };
});

export const COUNTRY_BY_NAME: ReadonlyMap<string, CountryEntry> = new Map(COUNTRIES.map((c) => [c.name, c]));

const BY_ALIAS: ReadonlyMap<string, string> = new Map(COUNTRIES.flatMap((c) =>
  [c.name, ...c.aliases].map((a) => [a.normalize('NFC').toLowerCase().replace(/^the /, ''), c.name] as [string, string])));

/** This table's name for a country written another way ("UAE", "Holy See", "Türkiye"), if known. */
export function canonicalCountry(name: string): string | undefined {
  return COUNTRY_BY_NAME.has(name) ? name : BY_ALIAS.get(name.normalize('NFC').toLowerCase().replace(/^the /, ''));
}

/** Organisations that can be the subject of a pledge but are not themselves a side in bilateral talks. */
export function isBloc(name: string): boolean {
  return COUNTRY_BY_NAME.get(name)?.kind === 'bloc';
}

export interface CountryMention {
  start: number;
  end: number;
  country: string;
  form: CountryFormKind;
}

interface Form {
  surface: string; country: string; form: CountryFormKind;
  /** The surface ends in a letter or digit, so a letter right after it glues it to another word. */
  endsInWord: boolean;
}

const FIRST_WORD = /^[\p{L}\p{M}]+/u;

// Index of written forms by their first word; each list is longest first so "South Korea" beats
// "Korea" and "North Korean" beats "Korean". Both NFC and NFD spellings are indexed.
const FORMS_BY_FIRST_WORD: Map<string, Form[]> = (() => {
  const index = new Map<string, Form[]>();
  const add = (surface: string, country: string, form: CountryFormKind) => {
    for (const s of new Set([surface, surface.normalize('NFC'), surface.normalize('NFD')])) {
      const bare = s.replace(/^the /, '');
      const first = FIRST_WORD.exec(bare)?.[0];
      if (!first) continue;
      const list = index.get(first) ?? [];
      if (!list.some((f) => f.surface === bare)) list.push({ surface: bare, country, form, endsInWord: /[\p{L}\p{N}]$/u.test(bare) });
      index.set(first, list);
    }
  };
  for (const c of COUNTRIES) {
    add(c.name, c.name, 'name');
    for (const a of c.aliases) add(a, c.name, 'name');
    for (const d of c.demonyms) add(d, c.name, 'demonym');
    for (const s of c.seats) add(s, c.name, 'seat');
  }
  for (const list of index.values()) list.sort((a, b) => b.surface.length - a.surface.length);
  return index;
})();

const UPPER = /\p{Lu}/u;
const WORD_AT = /[\p{L}\p{M}]+/uy;
const GLUED = /[\p{L}\p{M}\p{N}_]/u;
// "Latin America", "North American", "inter-Korean": a region or compound, not the country.
const REGION_PREFIX = /(?:Latin|North|South|Central|Pan|[Ii]nter|Sino|Euro)[ -]$/;

/**
 * Every mention of a country or bloc in text[from, to): names, aliases, demonyms and seats,
 * longest form first, not glued to letters. A possessive or a scraped plural "s" after a name
 * ("China's", "Chinas") still counts. Linear: one map lookup per capitalised word.
 */
export function countryMentions(text: string, from = 0, to = text.length): CountryMention[] {
  const out: CountryMention[] = [];
  for (let at = from; at < to; at++) {
    // Candidates start with a capital that is not glued to a letter before it (a plain loop:
    // this runs over whole files, and a Unicode look-behind regex costs several times more).
    const code = text.charCodeAt(at);
    if (code < 65 || (code > 90 && code < 192)) continue;
    if (code >= 192 && !UPPER.test(text[at])) continue;
    if (at > 0 && gluedAt(text, at - 1)) continue;
    const word = wordAt(text, at);
    // "Chinas": a possessive that lost its apostrophe is looked up without the "s".
    const forms = word ? FORMS_BY_FIRST_WORD.get(word) ?? (word.endsWith('s') ? FORMS_BY_FIRST_WORD.get(word.slice(0, -1)) : undefined) : undefined;
    if (!forms || REGION_PREFIX.test(text.slice(Math.max(0, at - 8), at))) continue;
    for (const f of forms) {
      if (!text.startsWith(f.surface, at)) continue;
      let end = at + f.surface.length;
      if (end > to) continue;
      if (f.endsInWord && end < text.length && gluedAt(text, end)) {
        // "Chinas" (apostrophe lost in scraping) is still China; any other glue is another word.
        if (!(f.form !== 'demonym' && text[end] === 's' && !GLUED.test(text[end + 1] ?? ' '))) continue;
        end++;
      }
      out.push({ start: at, end, country: f.country, form: f.form });
      at = end - 1;
      break;
    }
  }
  return out;
}

/** GLUED.test(text[i]), without the regex for ASCII. */
function gluedAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  return GLUED.test(text[i]);
}

/** The letters (and marks) from `at`, as WORD_AT reads them; ASCII words without the regex. */
function wordAt(text: string, at: number): string | undefined {
  let j = at;
  for (; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) continue;
    if (c >= 128) { WORD_AT.lastIndex = at; return WORD_AT.exec(text)?.[0]; }
    break;
  }
  return j > at ? text.slice(at, j) : undefined;
}
