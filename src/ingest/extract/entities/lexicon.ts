// General English lexicons for names in news text: titles, organisation and media heads, armed
// force nouns, place cues and source cues. Written here (no package carries them); none is keyed
// to any sample article.

/** Heads of a title ("President", "spokesman", "Chief of the General Staff"). Lower-cased. */
export const TITLE_HEADS = new Set([
  'president', 'vice-president', 'president-elect', 'minister', 'secretary', 'chancellor', 'adviser', 'advisor',
  'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'ambassador', 'general', 'gen.', 'lt.', 'col.', 'maj.',
  'capt.', 'sgt.', 'adm.', 'admiral', 'marshal', 'commander', 'commander-in-chief', 'chief', 'director', 'head',
  'chairman', 'chairwoman', 'chair', 'governor', 'gov.', 'mayor', 'senator', 'sen.', 'rep.', 'representative',
  'king', 'queen', 'prince', 'princess', 'pope', 'leader', 'officer', 'premier', 'colonel', 'major', 'lieutenant',
  'captain', 'sergeant', 'dr.', 'mr.', 'mrs.', 'ms.', 'prof.', 'aide', 'negotiator', 'diplomat', 'prosecutor',
  'judge', 'justice', 'speaker', 'ombudsman', 'commissioner', 'deputy', 'lawmaker', 'mp', 'analyst', 'correspondent',
  'reporter', 'editor', 'founder', 'ceo', 'emir', 'sheikh', 'sultan', 'patriarch', 'archbishop', 'bishop',
  'counterpart', 'mediator', 'chief-of-staff', 'attorney', 'official', 'commissar', 'ayatollah', 'secretary-general',
  'inspector', 'insp.', 'superintendent', 'supt.', 'constable', 'detective', 'det.', 'corporal', 'commodore',
  'inspector-general', 'magistrate', 'registrar', 'brig.', 'brigadier', 'cmdr.', 'cpl.', 'pvt.', 'lieut.', 'amb.', 'hon.', 'director-general', 'minister-president',
]);

/** Words that may stand inside a title before or between heads ("top", "foreign policy", "special"). */
export const TITLE_MODIFIERS = new Set([
  'top', 'senior', 'former', 'acting', 'interim', 'deputy', 'special', 'foreign', 'policy', 'defence', 'defense',
  'army', 'military', 'presidential', 'press', 'national', 'security', 'state', 'prime', 'first', 'vice', 'chief',
  'general', 'staff', 'of', 'the', 'for', 'affairs', 'interior', 'finance', 'economy', 'trade', 'justice', 'health',
  'intelligence', 'armed', 'forces', 'joint', 'supreme', 'executive', 'high', 'lead', 'main', 'regional', 'local',
  'white', 'house', 'kremlin', 'commander-in-chief', 'navy', 'air', 'force', 'ground', 'opposition', 'party',
  'majority', 'minority', 'whip', 'assistant', 'associate', 'managing', 'general-secretary',
  // Cabinet portfolios ("Communication Minister X", "Energy Secretary Y").
  'communication', 'communications', 'information', 'energy', 'education', 'agriculture', 'transport', 'labour', 'labor',
  'environment', 'culture', 'tourism', 'home', 'industry', 'mines', 'mining', 'petroleum', 'oil', 'water', 'housing', 'commerce',
  'sports', 'youth', 'telecommunications', 'digital', 'infrastructure', 'planning', 'development', 'cooperation', 'immigration',
  'migration', 'fisheries', 'budget', 'treasury', 'veterans', 'social', 'welfare', 'science', 'technology',
]);

/** Heads that make a capitalised phrase an organisation ("Ministry of Defence", "Security Council"). */
export const ORG_HEADS = new Set([
  'Ministry', 'Department', 'Council', 'Institute', 'Agency', 'Service', 'Services', 'Committee', 'Commission',
  'Office', 'Party', 'Bank', 'Union', 'Organization', 'Organisation', 'Association', 'Foundation', 'Court',
  'Parliament', 'Assembly', 'Congress', 'Senate', 'Duma', 'Rada', 'Government', 'Administration', 'University',
  'Company', 'Corporation', 'Corp.', 'Inc.', 'Group', 'Authority', 'Bureau', 'Guard', 'Command', 'Fund',
  'Coalition', 'Alliance', 'Network', 'Cabinet', 'Directorate', 'Secretariat', 'Staff', 'Police', 'Ministry',
  'Center', 'Centre', 'Forum', 'Movement', 'Front', 'Brigade', 'Battalion', 'Regiment', 'Division', 'Corps',
  'Force', 'Forces', 'Army', 'Navy', 'Militia', 'Nations', 'Mission', 'Programme', 'Program', 'Tribunal', 'Conference', 'Board', 'Institution', 'Federation',
  'Chamber', 'Exchange', 'Community', 'League', 'Society', 'Consortium', 'Partnership', 'Initiative', 'Bloc', 'Observatory', 'Embassy', 'Consulate', 'Presidency', 'Secretariat', 'Watch',
  // Company designators and business-line heads ("Aegean Bulk Management", "Harbor Shipping Ltd").
  'Fleet', 'Guards', 'Brigades', 'Legion',
  'Management', 'Shipmanagement', 'Shipping', 'Holdings', 'Ltd', 'Ltd.', 'Limited', 'LLC', 'PLC', 'Plc', 'GmbH', 'Airlines', 'Airways',
  'Energy', 'Mining', 'Industries', 'Technologies', 'Logistics', 'Petroleum', 'Telecom', 'Pharmaceuticals', 'Motors', 'Enterprises',
]);

/** Heads of organisations that are armed forces ("Rapid Support Forces", "National Guard"). */
export const ARMED_HEADS = new Set(['Forces', 'Force', 'Army', 'Guard', 'Guards', 'Brigade', 'Brigades', 'Battalion', 'Regiment', 'Corps', 'Division', 'Navy', 'Militia', 'Legion', 'Fleet']);

/** Compass and position words that start a region's name ("North Darfur", "Western Cape"). */
export const COMPASS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower', 'Greater']);

/** Lower-case nouns after a name that make it a facility or feature ("the Halfaya bridge", "Antonov airport"). */
export const FACILITY_NOUNS = new Set(['bridge', 'airport', 'airfield', 'airbase', 'dam', 'plant', 'base', 'port', 'station', 'square', 'street', 'road', 'highway', 'river', 'lake', 'mountain', 'refinery', 'hospital', 'stadium', 'palace', 'mine', 'railway', 'crossing', 'checkpoint']);

/** Heads that make an organisation a media outlet ("Fox News", "Kyiv Post", "Associated Press"). */
export const MEDIA_HEADS = new Set([
  'News', 'Times', 'Post', 'Press', 'Journal', 'Herald', 'Telegraph', 'Gazette', 'Tribune', 'Daily', 'Radio',
  'TV', 'Television', 'Broadcasting', 'Channel', 'Media', 'Guardian', 'Independent', 'Observer', 'Standard',
  'Economist', 'Mirror', 'Express', 'Chronicle', 'Wire', 'Insider', 'Review', 'Monitor', 'Today',
]);

/** Seats of power named for the government that sits there (metonymy). Country given by ISO code. */
export const GOVERNMENT_SEATS: Record<string, string> = {
  Kremlin: 'RU', 'White House': 'US', Pentagon: 'US', 'Downing Street': 'GB', Elysee: 'FR', 'Élysée': 'FR',
  Bankova: 'UA', Zhongnanhai: 'CN', 'Blue House': 'KR', Knesset: 'IL', 'Quai d’Orsay': 'FR',
};

/** Nouns that turn a demonym into an armed force ("Russian forces", "Ukrainian troops"). */
export const FORCE_NOUNS = new Set(['forces', 'troops', 'soldiers', 'army', 'units', 'servicemen', 'fighters', 'military', 'navy', 'marines', 'paratroopers', 'infantry', 'peacekeepers', 'commandos']);
/** Words allowed between the demonym and the force noun ("Russian armed forces"). */
export const FORCE_MODIFIERS = new Set(['military', 'armed', 'special', 'ground', 'regular', 'elite', 'airborne', 'assault', 'defence', 'defense', 'border']);

/** Prepositions after which a country or city name locates rather than acts. */
export const LOCATIVE = new Set(['in', 'inside', 'into', 'across', 'from', 'within', 'throughout', 'near', 'at', 'towards', 'toward', 'around', 'outside', 'through', 'beyond', 'along', 'entered', 'invade', 'invaded', 'crossed']);
/** Extra prepositions that locate a city (not a country): "landed in Moscow", "a trip to Kyiv", "drones over Kursk". */
export const CITY_LOCATIVE = new Set(['to', 'over', 'of', 'struck', 'hit']);

/** Nouns after "X’s" that make X a location ("Russia’s Kursk region", "Russia’s border"). */
export const PLACE_NOUNS = new Set(['region', 'regions', 'border', 'borders', 'territory', 'soil', 'capital', 'city', 'oblast', 'province', 'frontier', 'airspace', 'coast', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'interior', 'heartland', 'village', 'town', 'towns', 'villages', 'cities', 'side']);

/** Words after a name that make it a first-level region ("Kursk region", "Sumy Oblast"). */
export const REGION_WORDS = new Set(['region', 'Region', 'Oblast', 'oblast', 'Province', 'province', 'Krai', 'krai', 'Governorate', 'governorate', 'State', 'District', 'district', 'County', 'county', 'Prefecture', 'Canton', 'Voivodeship', 'Republic']);

/** Cue nouns before "of X" for a settlement ("the village of X"). */
export const SETTLEMENT_CUES: Record<string, 'village' | 'town' | 'city' | 'region' | 'other'> = {
  village: 'village', villages: 'village', settlement: 'village', hamlet: 'village', town: 'town', towns: 'town',
  city: 'city', port: 'city', region: 'region', province: 'region', outskirts: 'other', suburb: 'other', district: 'other',
};

/** Place-like heads of a facility name ("Kennedy Center", "Zaporizhzhia Nuclear Plant"). */
export const FACILITY_HEADS = new Set(['Center', 'Centre', 'Plant', 'Station', 'Airport', 'Airfield', 'Base', 'Bridge', 'Port', 'Dam', 'Square', 'Street', 'Avenue', 'Stadium', 'Hospital', 'Palace', 'Cathedral', 'Tower', 'Refinery', 'Terminal', 'Harbour', 'Harbor', 'Hall', 'Arena', 'Mine', 'Depot', 'Facility', 'Complex',
  'Mosque', 'Church', 'Temple', 'Shrine', 'Museum', 'House', 'Castle', 'Fort', 'Prison', 'Barracks']);

/** Heads of water bodies and sea features, places even without a cue ("Taiwan Strait", "Red Sea", "Scarborough Shoal"). */
export const WATER_HEADS = new Set(['Strait', 'Straits', 'Sea', 'Gulf', 'Bay', 'Ocean', 'Shoal', 'Reef', 'Lagoon', 'Canal', 'Peninsula', 'Island', 'Islands', 'Archipelago', 'Atoll', 'Cape']);

/** Regional adjectives that, before a lower-case noun, name no actor or place ("European carmakers", "Arab diplomat", "West African supply"). */
export const REGIONAL_ADJECTIVES = new Set(['European', 'African', 'Asian', 'Arab', 'Arabian', 'Latin', 'Western', 'Eastern', 'Nordic', 'Baltic', 'Balkan', 'Caribbean', 'Pacific', 'Atlantic', 'Mediterranean', 'Middle', 'Sahelian', 'Scandinavian', 'Philippine', 'Gulf', 'Islamic', 'Muslim', 'Christian', 'Jewish', 'Sunni', 'Shia', 'Shiite']);

/** Seats of international institutions: the city acting stands for the institution, not its host country. */
export const INSTITUTION_SEATS: Record<string, string> = { Brussels: 'European Union' };

/** Time-zone abbreviations of publication lines ("Published: 10:32 GMT"): never entities. */
export const TIME_ZONES = new Set(['GMT', 'UTC', 'BST', 'CET', 'CEST', 'EST', 'EDT', 'PST', 'PDT', 'CST', 'CDT', 'IST', 'JST', 'AEST', 'MSK', 'EAT', 'WAT', 'CAT', 'SAST']);

/** Reporting verbs right after a name, which make an unknown name a speaker. */
export const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'claimed', 'claims', 'stated', 'warned', 'wrote', 'tweeted', 'announced', 'insisted', 'denied', 'argued', 'noted', 'asserted', 'urged', 'confirmed', 'reported', 'reports', 'posted', 'replied', 'explained']);

/** Cues that make an organisation a media outlet when it is the source ("according to X", "X reported"). */
export const MEDIA_CUE_BEFORE = /(?:according to|reported by|told|sourced from|interview with|quoted by|cited by|published by|in an interview with)\s+(?:the\s+)?$/i;
export const MEDIA_CUE_AFTER = /^\s*(?:reported|reports|,?\s*citing|cited|interview|broadcast|published)\b/i;

/** Connectors allowed inside a capitalised name ("Institute for the Study of War"). */
export const CONNECTORS = new Set(['of', 'for', 'the', 'de', 'del', 'la', 'al', 'bin', 'von', 'van', 'der', 'du']);

/** Month and weekday names: capitalised, never entities. */
export const CALENDAR_WORDS = new Set(
  'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' '),
);

/** Lower-case nouns for companies and bodies: "the think tank X", "X, the German parts maker," make X an organisation. */
export const ORG_NOUNS = new Set(['company', 'firm', 'maker', 'carmaker', 'automaker', 'manufacturer', 'producer', 'supplier', 'miner', 'bank', 'lender', 'insurer', 'carrier', 'airline', 'retailer', 'group', 'agency', 'tank', 'charity', 'watchdog', 'regulator', 'consultancy', 'conglomerate', 'giant', 'startup', 'operator', 'organisation', 'organization', 'body', 'broadcaster', 'newspaper', 'outlet', 'union', 'party', 'militia', 'movement', 'institute', 'office']);
