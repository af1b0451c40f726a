// Word lists behind the leader rules: office titles and honorifics that stand before a name,
// the words that continue a title ("Minister of Foreign Affairs", "President of Mexico"), and
// capitalised words that are never part of a personal name (places, organisations, calendar).
// All lists are in folded (accent-free) lower case.

/** Office titles written before a name; longest phrases are tried first. */
export const OFFICE_TITLES = [
  'president', 'vice president', 'vice-president', 'president-elect', 'prime minister', 'prime minister-elect',
  'deputy prime minister', 'first deputy prime minister', 'premier', 'vice premier', 'executive vice premier',
  'chancellor', 'federal chancellor', 'federal president', 'vice chancellor', 'minister', 'foreign minister',
  'defence minister', 'defense minister', 'finance minister', 'trade minister', 'interior minister',
  'economy minister', 'health minister', 'deputy minister', 'deputy foreign minister', 'vice minister',
  'vice foreign minister', 'state councilor', 'state councillor', 'secretary', 'secretary of state',
  'general secretary', 'secretary-general', 'secretary general', 'deputy secretary', 'under secretary',
  'undersecretary', 'assistant secretary', 'permanent secretary', 'cabinet secretary', 'chief cabinet secretary',
  'deputy chief cabinet secretary', 'king', 'queen', 'crown prince', 'deputy crown prince', 'prince', 'princess',
  'emir', 'amir', 'sheikh', 'sheikha', 'sultan', 'ambassador', 'envoy', 'special envoy', 'spokesman',
  'spokeswoman', 'spokesperson', 'presidential spokesman', 'presidential spokesperson', 'press secretary',
  'governor', 'senator', 'sen.', 'congressman', 'congresswoman', 'mayor', 'chairman', 'chairwoman', 'chairperson',
  'chair', 'vice chairman', 'vice chair', 'director', 'director-general', 'director general', 'commissioner',
  'high representative', 'speaker', 'adviser', 'advisor', 'national security adviser', 'national security advisor',
  'security adviser', 'counselor', 'counsellor', 'general', 'gen.', 'admiral', 'adm.', 'lieutenant general',
  'lt. gen.', 'marshal', 'field marshal', 'colonel', 'commander', 'chief of staff', 'chief executive',
  'ceo', 'head of state', 'leader', 'opposition leader', 'party leader', 'first minister', 'taoiseach', 'tanaiste',
  'pm', 'fm', 'vice-chairman', 'vice-premier', 'vice-minister', 'deputy', 'delegate', 'representative',
  'first secretary', 'second secretary', 'councilor', 'councillor', 'lord', 'baroness', 'dame', 'sir',
  'aide', 'presidential aide', 'diplomat', 'top diplomat', 'chief negotiator', 'negotiator', 'lawmaker',
  'legislator', 'mp', 'consul', 'consul general', 'prime minister-designate', 'president-designate',
  'foreign minister-designate', 'chief executive officer', 'managing director', 'executive director',
  'presidents', 'prime ministers', 'premiers', 'ministers', 'foreign ministers', 'chancellors', 'kings',
  'counterpart', 'chief', 'army chief', 'party chief', 'head of government', 'foreign secretary', 'home secretary',
  'defence secretary', 'defense secretary', 'treasury secretary', 'attorney general', 'justice minister',
  'emperor', 'empress', 'grand duke', 'president of the republic', 'state president', 'acting president',
  'interim president', 'caretaker prime minister', 'acting prime minister',
]

/** Courtesy words before a name (no office in themselves). */
export const HONORIFICS = [
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'mr', 'mrs', 'ms', 'dr', 'professor', 'h.e.', 'hon', 'hon.',
  'the hon', 'the hon.', 'the honourable', 'the honorable', 'his excellency', 'her excellency', 'his majesty',
  'her majesty', 'his royal highness', 'her royal highness', 'hrh', 'shri', 'smt.', 'smt', 'sri', 'ibu', 'bapak',
  'pak', 'madam', 'madame', 'comrade', 'monsieur', 'herr', 'frau', 'senor', 'senora', 'datuk', 'dato', "dato'",
  'tan sri', 'tun', 'sheikh', 'samdech', 'khun', 'excellency',
];

/** Titles that are only honorifics: a name after them still needs no office to count. */
export const STRONG_HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'h.e.', 'shri', 'ibu', 'bapak', 'pak', 'comrade']);

/** Words that may continue a title after "of"/"for"/"to": portfolios, bodies, places. */
export const TITLE_CONTINUATION = new Set([
  'foreign', 'affairs', 'defence', 'defense', 'finance', 'health', 'commerce', 'industry', 'culture', 'information',
  'state', 'trade', 'interior', 'home', 'justice', 'economy', 'economic', 'education', 'energy', 'environment',
  'agriculture', 'labour', 'labor', 'transport', 'planning', 'investment', 'development', 'tourism', 'security',
  'national', 'public', 'international', 'cooperation', 'science', 'technology', 'and', 'the', 'of', 'for',
  'european', 'commission', 'council', 'union', 'republic', 'kingdom', 'federation', 'federal', 'people', "people's",
  'peoples', 'socialist', 'democratic', 'islamic', 'arab', 'united', 'states', 'nations', 'emirates', 'general',
  'assembly', 'government', 'communist', 'party', 'central', 'committee', 'cabinet', 'office', 'ministry',
  'department', 'treasury', 'revenue', 'immigration', 'citizenship', 'veterans', 'women', 'youth', 'sports',
  'communications', 'digital', 'resources', 'natural', 'water', 'mines', 'petroleum', 'oil', 'gas', 'housing',
  'urban', 'rural', 'social', 'welfare', 'family', 'children', 'intelligence', 'armed', 'forces', 'staff',
  'navy', 'army', 'air', 'force', 'police', 'bank', 'reserve', 'monetary', 'fund', 'organization', 'organisation',
  'world', 'asian', 'african', 'american', 'pacific', 'association', 'southeast', 'nations', 'two', 'holy',
  'mosques', 'custodian', 'crown', 'overseas', 'relations', 'external', 'commonwealth', 'dominion', 'principality',
  'sultanate', 'grand', 'duchy', 'territory', 'province', 'region', 'autonomous', 'special', 'administrative',
  'house', 'representatives', 'senate', 'parliament', 'congress', 'legislative', 'supreme', 'court',
]);

/** Country and territory names (folded), also as parts of titles ("President of Mexico"). */
export const PLACES = new Set([
  'afghanistan', 'albania', 'algeria', 'andorra', 'angola', 'argentina', 'armenia', 'australia', 'austria',
  'azerbaijan', 'bahamas', 'bahrain', 'bangladesh', 'barbados', 'belarus', 'belgium', 'belize', 'benin', 'bhutan',
  'bolivia', 'bosnia', 'herzegovina', 'botswana', 'brazil', 'brunei', 'darussalam', 'bulgaria', 'burkina', 'faso',
  'burundi', 'cambodia', 'cameroon', 'canada', 'chad', 'chile', 'china', 'colombia', 'comoros', 'congo', 'costa',
  'rica', 'croatia', 'cuba', 'cyprus', 'czechia', 'czech', 'denmark', 'djibouti', 'dominica', 'dominican', 'ecuador',
  'egypt', 'salvador', 'eritrea', 'estonia', 'eswatini', 'ethiopia', 'fiji', 'finland', 'france', 'gabon', 'gambia',
  'georgia', 'germany', 'ghana', 'greece', 'grenada', 'guatemala', 'guinea', 'guyana', 'haiti', 'honduras',
  'hungary', 'iceland', 'india', 'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy', 'jamaica', 'japan',
  'jordan', 'kazakhstan', 'kenya', 'kiribati', 'korea', 'kosovo', 'kuwait', 'kyrgyzstan', 'laos', 'lao', 'latvia',
  'lebanon', 'lesotho', 'liberia', 'libya', 'liechtenstein', 'lithuania', 'luxembourg', 'madagascar', 'malawi',
  'malaysia', 'maldives', 'mali', 'malta', 'mauritania', 'mauritius', 'mexico', 'micronesia', 'moldova', 'monaco',
  'mongolia', 'montenegro', 'morocco', 'mozambique', 'myanmar', 'namibia', 'nauru', 'nepal', 'netherlands',
  'zealand', 'nicaragua', 'niger', 'nigeria', 'macedonia', 'norway', 'oman', 'pakistan', 'palau', 'palestine',
  'panama', 'papua', 'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia',
  'rwanda', 'samoa', 'marino', 'saudi', 'arabia', 'senegal', 'serbia', 'seychelles', 'sierra', 'leone',
  'singapore', 'slovakia', 'slovenia', 'solomon', 'somalia', 'africa', 'spain', 'sri', 'lanka', 'sudan',
  'suriname', 'sweden', 'switzerland', 'syria', 'taiwan', 'tajikistan', 'tanzania', 'thailand', 'timor', 'leste',
  'togo', 'tonga', 'trinidad', 'tobago', 'tunisia', 'turkey', 'turkiye', 'turkmenistan', 'tuvalu', 'uganda',
  'ukraine', 'uruguay', 'uzbekistan', 'vanuatu', 'vatican', 'venezuela', 'vietnam', 'viet', 'nam', 'yemen',
  'zambia', 'zimbabwe', 'hong', 'kong', 'macao', 'macau', 'europe', 'asia', 'america', 'britain', 'england',
  'scotland', 'wales', 'us', 'u.s.', 'usa', 'uk', 'eu', 'un', 'asean', 'nato', 'g20', 'g7', 'beijing', 'hanoi',
  'washington', 'moscow', 'tokyo', 'seoul', 'london', 'paris', 'berlin', 'brussels', 'canberra', 'jakarta',
  'manila', 'bangkok', 'delhi', 'new', 'york', 'ottawa', 'cairo', 'ankara', 'kyiv', 'kiev', 'riyadh', 'tehran',
  'pyongyang', 'taipei', 'singapore', 'sydney', 'minsk', 'geneva', 'toulouse', 'shanghai', 'zhongnanhai',
  'kremlin', 'gaza', 'jerusalem', 'ha', 'noi', 'mercosur', 'xinhua', 'vna', 'reuters', 'afp', 'ap', 'kyodo',
  'yonhap', 'tass', 'bernama', 'antara', 'ani', 'pti', 'mofa', 'white', 'downing', 'street', 'elysee',
]);

/** Nationality adjectives (folded lower case): they precede titles and are never names. */
export const NATIONALITIES = new Set([
  'afghan', 'albanian', 'algerian', 'american', 'angolan', 'argentine', 'argentinian', 'armenian', 'australian',
  'austrian', 'azerbaijani', 'bahraini', 'bangladeshi', 'belarusian', 'belgian', 'bolivian', 'bosnian', 'brazilian',
  'british', 'bruneian', 'bulgarian', 'burmese', 'cambodian', 'cameroonian', 'canadian', 'chilean', 'chinese',
  'colombian', 'congolese', 'croatian', 'cuban', 'cypriot', 'czech', 'danish', 'dutch', 'ecuadorian', 'egyptian',
  'emirati', 'estonian', 'ethiopian', 'european', 'filipino', 'finnish', 'french', 'georgian', 'german', 'ghanaian',
  'greek', 'hungarian', 'icelandic', 'indian', 'indonesian', 'iranian', 'iraqi', 'irish', 'israeli', 'italian',
  'jamaican', 'japanese', 'jordanian', 'kazakh', 'kenyan', 'korean', 'kuwaiti', 'kyrgyz', 'lao', 'laotian', 'latvian',
  'lebanese', 'libyan', 'lithuanian', 'malaysian', 'maltese', 'mexican', 'moldovan', 'mongolian', 'moroccan',
  'mozambican', 'myanmar', 'nepalese', 'nepali', 'nigerian', 'norwegian', 'omani', 'pakistani', 'palestinian',
  'panamanian', 'paraguayan', 'peruvian', 'philippine', 'polish', 'portuguese', 'qatari', 'romanian', 'russian',
  'rwandan', 'saudi', 'senegalese', 'serbian', 'singaporean', 'slovak', 'slovenian', 'somali', 'spanish',
  'sri', 'lankan', 'sudanese', 'swedish', 'swiss', 'syrian', 'taiwanese', 'tajik', 'tanzanian', 'thai', 'tunisian',
  'turkish', 'turkmen', 'ugandan', 'ukrainian', 'uruguayan', 'uzbek', 'venezuelan', 'vietnamese', 'yemeni',
  'zambian', 'zimbabwean', 'kiwi', 'us', 'u.s', 'uk', 'eu', 'un', 'asean', 'arab', 'african', 'asian', 'gulf',
]);

/** Organisation words: a capitalised run followed by one of these names a body, not a person. */
export const ORGANISATION_WORDS = new Set([
  'bureau', 'agency', 'ministry', 'affairs', 'committee', 'council', 'commission', 'office', 'department',
  'institute', 'university', 'company', 'group', 'bank', 'fund', 'association', 'organization', 'organisation',
  'corporation', 'party', 'front', 'movement', 'forum', 'centre', 'center', 'foundation', 'news', 'times', 'post',
  'daily', 'press', 'airport', 'station', 'port', 'stadium', 'hotel', 'hall', 'palace', 'pavilion', 'house',
  'square', 'street', 'road', 'avenue', 'province', 'county', 'city', 'district', 'prefecture', 'state', 'region',
  'summit', 'conference', 'meeting', 'dialogue', 'initiative', 'agreement', 'treaty', 'plan', 'strategy',
  'partnership', 'declaration', 'statement', 'games', 'olympics', 'cup', 'award', 'prize', 'doctrine', 'thought',
  'league', 'club', 'team', 'championship', 'motors', 'electric', 'dynamics', 'airlines', 'airways', 'holdings',
  'debate', 'justice', 'prize',
  'watch', 'rights', 'coalition', 'alliance', 'media', 'tribune', 'herald', 'journal', 'gazette', 'observer',
  'monitor', 'review', 'insider', 'wire', 'shimbun', 'telegraph', 'guardian', 'mail', 'express', 'globe', 'star',
  'government', 'administration', 'cabinet', 'parliament', 'assembly', 'congress', 'senate', 'court', 'army',
  'navy', 'forces', 'guard', 'police', 'service', 'services', 'network', 'channel', 'television', 'radio',
]);

/** Capitalised words that are never a personal name (sentence starters, calendar, roles). */
export const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'we', 'they', 'i', 'you', 'his', 'her', 'their', 'our', 'this', 'that',
  'these', 'those', 'and', 'or', 'but', 'in', 'on', 'at', 'to', 'for', 'of', 'with', 'by', 'from', 'as', 'after',
  'before', 'during', 'while', 'when', 'both', 'all', 'each', 'other', 'also', 'today', 'yesterday', 'tomorrow',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mr', 'mrs', 'ms', 'dr', 'president', 'minister',
  'premier', 'chancellor', 'king', 'queen', 'prince', 'secretary', 'general', 'ambassador', 'prime', 'vice',
  'deputy', 'foreign', 'state', 'chairman', 'chair', 'leader', 'leaders', 'government', 'party', 'ministry',
  'office', 'council', 'committee', 'commission', 'house', 'department', 'agency', 'embassy', 'parliament',
  'congress', 'summit', 'meeting', 'talks', 'conference', 'forum', 'dialogue', 'statement', 'readout', 'photo',
  'video', 'source', 'editor', 'reporter', 'question', 'answer', 'journalist', 'moderator', 'interpreter',
  'translator', 'host', 'participants', 'audience', 'operator', 'q', 'hon', 'his', 'excellency', 'majesty',
  'highness', 'federal', 'head', 'crown', 'custodian', 'spokesman', 'spokesperson', 'spokeswoman', 'pm', 'fm',
  'comrade', 'both', 'sides', 'side', 'country', 'countries', 'nation', 'nations', 'people', 'peoples', 'initiative',
  'agreement', 'partnership', 'treaty', 'plan', 'strategy', 'year', 'day', 'week', 'month', 'new', 'former',
  'central', 'national', 'international', 'joint', 'first', 'second', 'third', 'fourth', 'fifth', 'special',
  'advisor', 'adviser', 'director', 'chief', 'governor', 'mayor', 'senator', 'speaker', 'commissioner', 'envoy',
  'shri', 'ibu', 'sheikh', 'emir', 'sultan', 'republic', 'kingdom', 'union', 'federation', 'communist', 'socialist',
  'democratic', 'islamic', 'arab', 'united', 'states', 'european', 'presidential', 'royal', 'cabinet', 'defence',
  'defense', 'affairs', 'trade', 'finance', 'health', 'security', 'economic', 'relations', 'cooperation', 'here',
  'there', 'however', 'meanwhile', 'moreover', 'furthermore', 'according', 'yes', 'no', 'not', 'thank', 'thanks',
  'please', 'let', 'if', 'so', 'then', 'now', 'since', 'until', 'under', 'over', 'between', 'among', 'against',
  'about', 'into', 'through', 'across', 'without', 'within', 'along', 'following', 'regarding', 'concerning',
  'including', 'speaking', 'noting', 'adding', 'saying', 'stressing', 'separately', 'earlier', 'later', 'last',
  'next', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'middle', 'great',
  'grand', 'holy', 'sea', 'ocean', 'river', 'city', 'province', 'county', 'region', 'district', 'gulf', 'bay',
  'island', 'islands', 'strait', 'peninsula', 'pavilion', 'hall', 'palace', 'square', 'building', 'headquarters',
  'olympic', 'olympics', 'games', 'winter', 'summer', 'spring', 'autumn', 'fall', 'covid', 'pandemic',
  // Headline verbs in Title Case ("Xi Meets Biden", "Wang Yi Holds Talks").
  'meets', 'holds', 'hosts', 'talks', 'calls', 'speaks', 'visits', 'receives', 'says', 'urges', 'welcomes',
  'discusses', 'pledges', 'vows', 'agrees', 'signs', 'congratulates', 'thanks', 'holds', 'sends', 'attends',
  'extraordinary', 'plenipotentiary', 'designate', 'emeritus', 'elect',
]);

/** Endings of common nouns and adjectives that are not personal names ("Countries", "Cooperation"). */
export const COMMON_WORD_ENDING = /(?:ies|tion|tions|ment|ments|ness|ity|ship|ence|ance|ings|ism|ists|ives|ures|ated|ized|ised|ful|less|ously|ally)$/i;

/** Multi-word place names whose words could pass for names ("Ha Noi", "Phnom Penh", "Sri Lanka"). */
export const PLACE_PHRASES = [
  'ha noi', 'ho chi minh', 'hai phong', 'da nang', 'lao cai', 'hong kong', 'new york', 'new delhi', 'sri lanka',
  'kuala lumpur', 'phnom penh', 'buenos aires', 'rio de janeiro', 'sao paulo', 'tel aviv', 'abu dhabi', 'addis ababa',
  'san francisco', 'los angeles', 'hai duong', 'quang ninh', 'bac ninh', 'can tho', 'nay pyi taw', 'naypyidaw',
  'vientiane', 'ulan bator', 'ulaanbaatar', 'dar es salaam', 'port moresby', 'santo domingo', 'san jose', 'la paz',
  'costa rica', 'el salvador', 'sierra leone', 'timor leste', 'papua new guinea', 'burkina faso', 'puerto rico',
  'cape town', 'le havre', 'xi an', 'xian', 'da lat', 'hue', 'nha trang', 'vung tau', 'binh duong', 'dong nai',
  'long an', 'ben tre', 'an giang', 'kien giang', 'ca mau', 'lang son', 'cao bang', 'ha giang', 'ha long', 'ha nam',
  'ha tinh', 'nam dinh', 'thai binh', 'thai nguyen', 'ninh binh', 'phu quoc', 'mong cai',
];

/** Short forms that are English function words: only a title right before makes them a name ("Vice Premier He"). */
export const FUNCTION_WORDS = new Set(['he', 'she', 'it', 'we', 'to', 'in', 'on', 'at', 'an', 'as', 'by', 'do', 'go', 'me', 'my', 'no', 'of', 'or', 'so', 'up', 'us', 'be', 'is', 'if', 'the', 'and', 'but', 'for', 'can', 'will', 'may', 'am']);
/** Short forms that are also common words: they need a title or an earlier full mention. */
export const COMMON_SURNAMES = new Set([
  'moon', 'bishop', 'king', 'rice', 'brown', 'young', 'key', 'long', 'rich', 'law', 'price', 'major', 'may', 'lee',
  'kim', 'son', 'park', 'li', 'ma', 'guard', 'wing', 'power', 'hope', 'little', 'gray', 'grey', 'green', 'white',
  'black', 'rose', 'church', 'ball', 'sun', 'jiang', 'abe', 'hu', 'wen', 'lam', 'prince', 'duke', 'baker', 'cook',
  'smith', 'hill', 'wood', 'sharif', 'english', 'hunt', 'gates', 'cooper', 'craft', 'cannon', 'carter', 'don', 'man',
  'mai', 'min', 'mark', 'cruz', 'costa', 'gil', 'lu', 'lin', 'dai', 'ding', 'dong', 'hong', 'han', 'cho', 'chung',
  'chan', 'chang', 'chen', 'guo', 'gao', 'liu', 'mao', 'meng', 'hui', 'hua', 'jia', 'cui', 'liang', 'dam', 'ha', 'hue',
  'hung', 'binh', 'manh', 'minh', 'nyo', 'nyan', 'hor', 'hoi', 'kan', 'amr', 'ali', 'asif', 'dar', 'khan', 'ahmed',
  'hamid', 'hasan', 'ibrahim', 'ismail', 'mohamed', 'mohammed', 'muhammad', 'abdullah', 'khalid', 'faisal', 'hamad',
  'khaled', 'abdul', 'john', 'donald', 'michel', 'philippe', 'gabriel', 'nathan', 'jonathan', 'peters', 'moreno',
  'garcia', 'fernandez', 'castro', 'hussein', 'hussain', 'mahmud', 'moni', 'carr', 'austin', 'harris', 'johnson',
  'lai', 'pak', 'blok', 'lew', 'kirk', 'flynn', 'bolton', 'gallant', 'champagne', 'joly', 'marty',
]);
/** Verbs (and "who") after a full name that make it a person acting in the text. */
export const ACTION_VERBS = new Set([
  'said', 'says', 'added', 'noted', 'held', 'had', 'has', 'met', 'meets', 'spoke', 'speaks', 'told', 'expressed', 'stressed',
  'thanked', 'congratulated', 'welcomed', 'called', 'urged', 'visited', 'received', 'attended', 'agreed', 'invited',
  'discussed', 'praised', 'reaffirmed', 'underscored', 'emphasized', 'emphasised', 'pointed', 'asked', 'briefed',
  'affirmed', 'proposed', 'announced', 'wrote', 'stated', 'declared', 'hosted', 'accepted', 'conveyed', 'highlighted',
  'underlined', 'voiced', 'appreciated', 'thanks', 'who', 'whose', 'will', 'would', 'is', 'was',
]);
export const SPEECH_VERBS = new Set(['said', 'says', 'added', 'noted', 'stressed', 'told', 'asked', 'stated', 'explained', 'emphasized', 'emphasised', 'underlined', 'remarked', 'recalled', 'pointed']);
