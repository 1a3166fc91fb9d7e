// Trigger words of the event taxonomy (spec "Event types"): general English verbs (inflected here),
// nouns and fixed phrases, chosen from the types' definitions and CAMEO's verb classes. No names.
import type { EventType } from '../../model/index.ts';
import { buildFormMap } from './inflect.ts';

interface TriggerSpec {
  /** Verb lemmas, inflected ("capture" → captures, captured, capturing); "lemma|irregular|forms". */
  verbs?: string[];
  /** Nouns and fixed phrases, matched as written (regex source allowed). */
  phrases?: string[];
}

/** Giving verbs and supply nouns of the aid patterns (CAMEO 07 "provide aid"). */
const GIVE = 'pledg(?:ed|es|ing|e)|promis(?:ed|es|ing|e)|sen(?:t|d|ds|ding)|deliver(?:ed|s|ing)?|donat(?:ed|es|ing|e)|provid(?:ed|es|ing|e)|releas(?:ed|es|ing|e)|airlift(?:ed|s|ing)?|allocat(?:ed|es|ing|e)|dispatch(?:ed|es|ing)?|flew|fl(?:y|ies|ying)';
const SUPPLY = 'aid|funding|funds|assistance|food|medicines?|medical supplies|rations|supplies|tents|blankets|relief|grants?|loans?|water purification|shelter kits';
/** Armed people as a moved or leaving object or subject (deployments, withdrawals). */
const FORCE_NOUN = 'troops|soldiers|forces|units|battalions?|brigades?|regiments?|companies of|divisions?|border guards|guards|police(?: officers)?|officers|peacekeepers|observers|marines|commandos|paratroopers|reinforcements|fighters|artillery|tanks|air defen[cs]e(?: systems?)?|batteries';
/** Military ships and aircraft that are sent or moved (not drones or missiles, which are fired). */
const MILITARY_CRAFT = 'warships?|frigates?|corvettes?|destroyers?|submarines?|patrol (?:boats?|vessels?|ships?)|naval vessels?|coast ?guard (?:vessels?|ships?|cutters?)|(?:fighter )?jets|aircraft carriers?|helicopters|bombers';
/** What an attack hits or destroys: positions, posts, vehicles, ships, buildings. */
const MILITARY_TARGET = 'positions?|posts?|outposts?|targets?|bases?|depots?|convoys?|camps?|checkpoints?|tanks?|vehicles?|trucks?|ships?|vessels?|tankers?|carriers?|boats?|command posts?|headquarters|bunkers?|trenches|barracks|hospitals?|schools?|homes?|houses?|buildings?|stations?|bridges?|airfields?|airports?|ports?|power plants?|infrastructure|villages?';
const CUT = 'cut|cuts|cutting|halv(?:ed|es|ing|e)|slash(?:ed|es|ing)?|suspend(?:ed|s|ing)?|reduc(?:ed|es|ing|e)|froze|freez(?:es|ing|e)|withh(?:eld|old|olds|olding)';

const SPECS: Record<EventType, TriggerSpec> = {
  visit: { verbs: ['visit', 'tour', 'travel|travelled|travelling|traveled|traveling', 'arrive'], phrases: ['visits?', 'trips?', 'landed in', 'flew to', 'appearance (?:on|at) the front(?:line|s)?', 'appearance at'] },
  meeting: {
    verbs: ['meet|met', 'negotiate', 'hold talks|held talks|holding talks'],
    phrases: ['meetings?', 'talks', 'negotiations', 'summit', '(?:phone |telephone )?call(?:s)?[”"]? with', 'phone call',
      '(?:spoke|spoken|speaks|speaking|talked|talking) (?:by (?:tele)?phone|on the (?:tele)?phone) (?:with|to)', '(?:was|were|been|being) received (?:\\w+ )?by'],
  },
  appeal: {
    verbs: ['urge', 'plead|pled', 'implore', 'appeal'],
    // "asked the council to meet", "pressed allies to lift": asking another party to act (not "asked not to be named").
    phrases: ['called on', 'calls on', 'calling on', 'called for', 'calls for', 'ask(?:ed|s|ing)? for',
      "(?:ask(?:ed|s|ing)?|press(?:ed|es|ing))(?= (?!not\\b|ahead\\b|on\\b)(?:the )?(?:[\\w.'’-]+ ){1,4}?to (?!be\\b)[a-z])"],
  },
  proposal: { verbs: ['propose', 'offer', 'invite'], phrases: ['proposals?', 'offers?', 'put forward'] },
  agreement: { verbs: ['agree', 'accept', 'endorse', 'sign', 'approve', 'ratify'], phrases: ['agreements?', 'accords?'] },
  rejection: {
    verbs: ['reject', 'refuse', 'rebuff', 'dismiss', 'slam|slammed|slamming', 'veto|vetoed|vetoes|vetoing'],
    phrases: ['rejections?', 'refusals?', 'poured cold water on', 'pours cold water on',
      'block(?:ed|s|ing)? (?:[\\w-]+ ){0,3}?(?:statements?|proposals?|resolutions?|deals?|packages?|plans?|bids?|motions?|agreements?|decisions?|sanctions|measures|versions?|texts?)'],
  },
  demand: { verbs: ['demand'], phrases: ['demands', 'ultimatums?', 'list of conditions', '(?:gave|given|give|gives|giving) (?:[\\w-]+ ){1,3}[“"]?(?:a |an )?(?:clear |final |firm )?(?:deadline|ultimatum|\\d+ (?:days|hours|weeks) to)'] },
  // "warned that X would/will …", "warned X against …", "vowed to …": a threat, not a report.
  threat: { verbs: ['threaten'], phrases: ['threats?', 'warn(?:ed|s|ing)? (?:[\\w-]+ ){0,2}against', 'warn(?:ed|s|ing)? (?:on \\w+ )?that(?=[^.;]*?\\b(?:will|would|shall)\\b)', 'vow(?:ed|s|ing)? (?:[\\w-]+ ){0,4}?to'] },
  order: { verbs: ['order', 'decree', 'instruct', 'suspend', 'revoke'], phrases: ['decrees?'] },
  attack: {
    verbs: ['attack', 'strike|struck|striking|strikes', 'shell|shelled|shelling', 'bomb', 'bombard', 'assault', 'raid', 'invade', 'storm', 'encircle', 'fight|fought|fighting', 'ram|rammed|ramming', 'ambush'],
    phrases: ['attacks?', 'strikes?', 'shelling', 'bombings?', 'bombardments?', 'assaults?', 'raids?', 'incursions?', 'invasion', '(?:counter)?offensives?', 'crossed into', 'crossing into', 'fighting',
      '(?:fired|fires|firing|launched|launches|launching)(?: [\\w-]+){0,4} (?:missiles?|rockets?|drones?|shells?|mortars?|projectiles?)',
      '(?:fired|fires|firing|used|uses|using|turned) (?:[\\w-]+ ){0,2}(?:water cannons?|tear ?gas|rubber bullets|live (?:ammunition|rounds)|stun grenades)',
      // Small-arms and artillery fire: "opened fire on", "fired first at", "an exchange of fire", "exchanged fire".
      'open(?:ed|s|ing)? fire', '(?:fired|fires|firing) (?:first |back |again )?(?:on|upon|into|at(?! (?:least|most|about|around)\\b))',
      'fired first', 'exchang(?:ed|es|ing|e) (?:heavy |artillery |gun |small-arms )?fire', 'exchanges? of (?:heavy |artillery |gun |small-arms )?fire',
      '(?:border|armed|deadly|fierce|heavy|military|brief|fresh|new|violent|bloody) clash(?:es)?',
      'clash(?:ed|es)? (?:between|with) (?:[\\w-]+ ){0,3}(?:troops|forces|soldiers|army|fighters|rebels|militants|police|units|militias?)',
      // Military targets of "hit"/"destroyed": not "hit by sanctions", "destroyed evidence".
      `(?:hit|hits|hitting|destroy(?:ed|s|ing)?) (?:[\\w'’-]+ ){0,3}?(?:${MILITARY_TARGET})`],
  },
  capture: {
    verbs: ['capture', 'seize', 'recapture', 'retake|retook|retaken|retaking', 'occupy|occupied', 'overrun|overran'],
    phrases: ['captures?', 'seizure', 'recapture', '(?:took|taken|take|takes|taking|seized|gained|regained|assumed|established) (?:full |complete |total |effective )?control (?:of|over)', 'fell to', 'have taken', 'has taken', 'had taken'],
  },
  advance: {
    verbs: ['advance'],
    phrases: ['advances?', 'push(?:ed|es|ing)? (?:deeper|further|forward|into|through|towards?|on)', 'gains', 'gained ground', 'gaining ground', 'closing in on', 'close in on', 'closed in on', 'breakthrough', 'tighten(?:ed|ing|s)? (?:their |its )?grip', 'moved into', 'progress(?:ed)?'],
  },
  withdrawal: {
    verbs: ['withdraw|withdrew|withdrawn', 'retreat', 'evacuate'],
    // Troops that flee a fight withdraw; civilians who flee do not (a military noun must lead).
    phrases: ['withdrawals?', 'retreats?', 'pull(?:ed|ing|s)? back', 'pull(?:ed|ing|s)? out', 'pullback', 'lost ground', 'losing ground', 'los(?:t|ing) (?:most of |much of |some of )?(?:the |their |its )?territory',
      '(?<=\\b(?:troops|soldiers|forces|units|army|fighters|militants|survivors|defenders|garrison|paramilitaries)\\s+(?:had\\s+|have\\s+|has\\s+)?)(?:fled|flee|fleeing)(?= (?:to|towards?|from|back|into|across)\\b)',
      // Forces leaving a named place ("peacekeepers left X") and positions given up ("abandoned two outposts").
      `(?<=\\b(?:${FORCE_NOUN})\\s+(?:had\\s+|have\\s+|has\\s+)?)(?:left|leave|leaves|leaving)(?= (?:the )?[A-Z])`,
      'abandon(?:ed|s|ing)? (?:[\\w-]+ ){0,3}?(?:positions?|posts?|outposts?|bases?|trenches|lines?|checkpoints?|garrisons?)',
      '(?<=\\b(?:positions?|posts?|outposts?|bases?|trenches|checkpoints?)\\s+(?:were|was|had been|have been|has been)\\s+(?:\\w+ly\\s+)?)abandoned'],
  },
  interception: {
    verbs: ['intercept', 'repel|repelled|repelling', 'expel|expelled|expelling'],
    phrases: ['interceptions?', 'sh(?:o|oo)t down', 'shooting down', 'downed', '(?:drove|driven|drive|drives|driving|chased|chase|chasing) (?:[\\w-]+ ){0,3}?(?:off|away)\\b', 'scrambl(?:ed|es|ing|e) (?:[\\w-]+ ){0,2}(?:jets|fighters|aircraft|planes|interceptors)'],
  },
  deployment: {
    verbs: ['deploy', 'dispatch', 'bolster', 'reinforce'],
    // "sent a patrol vessel", "moved additional border guards to": forces, units and military craft as the object.
    phrases: ['deployments?', 'reinforcements?', `(?:sent|send|sends|sending|dispatched|moved|moves|moving|move) (?:in )?(?:[\\w-]+ ){0,3}?(?:${FORCE_NOUN}|${MILITARY_CRAFT})`],
  },
  // Aid given, pledged or cut: a giving verb with a supply noun (or a sum) as its object within a few words.
  aid: {
    verbs: [],
    phrases: ['(?:military|economic|financial|humanitarian|security|foreign|emergency|us|u\\.s\\.) aid', 'aid (?:to|for|package)', 'assistance', 'arms deliveries', 'weapons deliveries', 'sharing intelligence', 'share intelligence',
      `(?:${GIVE}) (?:[\\w$€£.,'’-]+ ){0,6}?(?:${SUPPLY})`, `(?:${GIVE}) (?:(?:some|nearly|about|almost|over|more than|a further|an additional) )?(?:[$€£]|US\\$)?\\d[\\d.,]*(?: (?:million|billion|m|bn))?(?: (?:dollars|euros|pounds|yen|yuan))?`,
      `(?:${CUT}) (?:[\\w'’-]+ ){0,4}?(?:aid|funding|funds|rations|assistance|food aid|supplies)`],
  },
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One compiled trigger pattern per event type (case-insensitive, word-bounded). */
export const TRIGGERS: readonly { type: EventType; re: RegExp }[] = Object.entries(SPECS).map(([type, spec]) => {
  const forms = [...buildFormMap(spec.verbs ?? []).keys()].map(escape);
  const alts = [...(spec.phrases ?? []), ...forms].sort((a, b) => b.length - a.length);
  return { type: type as EventType, re: new RegExp(`(?<![\\w-])(?:${alts.join('|')})(?![\\w-])`, 'gi') };
});

/**
 * Matches that look like triggers but are not events: `at` is tested on the text from the trigger
 * on, `before` (when given) on the text just before it ("in order to", "advanced technology",
 * "demands that must be met").
 */
export const FALSE_TRIGGERS: readonly { at: RegExp; before?: RegExp }[] = [
  { at: /^order(?= to\b)/i, before: /\bin\s+$/i },
  { at: /^advanced(?= (?!into|to|on|toward|towards|beyond|deeper|further|westward|eastward|northward|southward|and|in\b|,)\w)/i },
  { at: /^met\b/i, before: /\b(?:be|been|being|is|are|was|were)\s+$/i },
  { at: /^(?:talks?|meetings?)(?= (?:about|of) (?:a|an|the)? ?(?:possible|potential|future))/i },
  { at: /^(?:fighting|fight)\b/i, before: /\b(?:troops|soldiers|forces)\s+$/i },
  { at: /^assault(?= (?:groups?|troops|units?|brigades?|forces|rifles?|teams?|squads?)\b)/i },
  { at: /^negotiating(?= (?:position|power|table|team|stance|leverage|strength)\b)/i },
  // Talks and negotiations count when they name their parties ("talks with X", "talks between X and Y").
  { at: /^(?:talks|negotiations)(?!(?: (?:on|over|about)(?: [\w-]+){1,4}?)? (?:with|between)\b)/i },
  // "rejected claims that …", "dismissed reports that …": a denial of a proposition is a statement, not an event.
  // So is characterising one ("dismissed the allegation as 'cynical'").
  { at: /^(?:reject|dismiss|refus|rebuff)\w* (?:the |these |those |such |that |this |its |their |his |her |[\w-]+['’]s? )?(?:[\w-]+ )?(?:claims?|reports?|allegations?|accusations?|suggestions?|assertions?|accounts?|rumou?rs?|explanations?|charges?|version|narrative)(?: (?:that|of|as)\b)/i },
  // "halt attacks", "stop the shelling", "fled fighting": the event named is stopped or escaped, not reported.
  { at: /^[a-z]/i, before: /\b(?:halt|halting|stop|stopping|cease|ceasing|end|ending|suspend|refrain\s+from|fled|flee|fleeing|escaped|escaping|displaced\s+by)\s+(?:(?:all|the|its|their|further|any)\s+)*(?:[\w-]+\s+)?$/i },
  // "could not establish who fired first": an open question names no event.
  { at: /^[a-z]/i, before: /\b(?:establish|determine|know|knows|knew|clear|unclear|verify|confirm|tell|say|investigat\w*|asked|ask|wonder\w*)\s+who\s+(?:had\s+|has\s+)?$/i },
  // "missiles fired at shipping": a reduced relative describing munitions, not an attack of its own.
  { at: /^(?:fired|launched)\b/i, before: /\b(?:missiles?|rockets?|drones?|shells?|projectiles?|rounds|bullets|shots|torpedoes)\s+$/i },
  // "the two discussed Turkish aid": a topic of talks is not an event.
  { at: /^[a-z]/i, before: /\b(?:discuss(?:ed|es|ing)?|debat(?:ed|es|ing|e))\s+(?:[\w-]+\s+){0,2}$/i },
  // "a pause in fighting", "an end to the shelling": the event named is the one that stops.
  { at: /^[a-z]/i, before: /\b(?:pause|halt|lull|end|stop|cessation|break)\s+(?:in|to|of)\s+(?:the\s+)?$/i },
  // Weapons, not attacks: "came with car bombs", "a roadside bomb".
  { at: /^bombs?\b/i, before: /\b(?:car|roadside|barrel|cluster|truck|suicide|pipe|petrol|nail)\s+$/i },
  // Expelling troops or diplomats ends a presence; interceptions drive off vessels, aircraft or drones.
  { at: /^expel\w* (?:[\w-]+ ){0,2}(?:troops|forces|soldiers|diplomats?|ambassadors?|envoys?|journalists?|staff|peacekeepers|missions?|officials?)\b/i },
  // "threatened regional stability": a danger to an abstraction, not a threat against an actor.
  { at: /^threat\w* (?:the )?(?:[\w-]+ )?(?:stability|peace|security|lives|livelihoods|future|economy|recovery|talks|process)\b/i },
  // "sent troops" is a deployment, "sent a letter" no aid.
  { at: /^(?:sent|send|sends|sending|dispatched) (?:[\w-]+ ){0,3}?(?:letters?|messages?|signals?|notes?|delegations?|envoys?)\b/i },
  { at: /^(?:talks|negotiations)\b/i, before: /\b(?:peace|future|possible|broader|further)\s+$/i },
  // "offered no evidence", "offered his condolences": nothing is proposed.
  { at: /^offer\w* (?:no|little|few|scant|neither|any|(?:(?:his|her|their|its|our|my) )?(?:condolences|sympath\w*|thoughts|prayers|comment|details|evidence|proof|explanation|apolog\w*))\b/i },
  // "will meet its obligations", "met with criticism": a standard or a reaction, not a meeting.
  { at: /^(?:meet|meets|meeting|met) (?:(?:its|their|his|her|our|the|all|these|those|such|any) )?(?:[\w-]+ )?(?:obligations?|commitments?|targets?|goals?|demands?|needs?|deadlines?|requirements?|criteria|standards?|expectations?|conditions?|costs?|quotas?)\b/i },
  { at: /^met with (?:[\w-]+ )?(?:criticism|resistance|scepticism|skepticism|silence|protests?|anger|opposition|approval|applause|dismay|derision|disbelief)\b/i },
  // "on orders from the capital", "under orders": a mandate, not an order event.
  { at: /^orders?\b/i, before: /\b(?:on|under|awaiting|acting on)\s+(?:the\s+)?$/i },
  // Weather: "in a storm", "the storm" (the verb "stormed" stays an attack).
  { at: /^storms?\b/i, before: /\b(?:a|the|tropical|winter|severe|heavy|violent|sand|snow|dust)\s+$/i },
  // Evacuating civilians is protection, not a military withdrawal.
  { at: /^evacuat\w* (?:[\w,.-]+ ){0,4}?(?:residents|civilians|people|villagers|families|children|patients|inhabitants|citizens|nationals|tourists|passengers|workers)\b/i },
  // Abstract objects: "destroyed evidence", "hit by sanctions" (the latter has no target noun anyway).
  { at: /^destroy\w* (?:[\w-]+ ){0,2}(?:evidence|documents|records|hopes?|trust|confidence|reputations?|careers?|credibility)\b/i },
];

/** Short verbs for labels ("Russia captures Sudzha"). */
export const LABEL_VERBS: Record<EventType, string> = {
  visit: 'visits', meeting: 'meets', appeal: 'appeals to', proposal: 'proposes to', agreement: 'agrees with', rejection: 'rejects',
  demand: 'makes demands of', threat: 'threatens', order: 'orders', attack: 'attacks', capture: 'captures', advance: 'advances on',
  withdrawal: 'withdraws from', interception: 'intercepts', deployment: 'deploys to', aid: 'aids',
};
