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

const SPECS: Record<EventType, TriggerSpec> = {
  visit: { verbs: ['visit', 'tour', 'travel|travelled|travelling|traveled|traveling', 'arrive'], phrases: ['visits?', 'trips?', 'landed in', 'flew to', 'appearance (?:on|at) the front(?:line|s)?', 'appearance at'] },
  meeting: {
    verbs: ['meet|met', 'negotiate', 'hold talks|held talks|holding talks'],
    phrases: ['meetings?', 'talks', 'negotiations', 'summit', '(?:phone |telephone )?call(?:s)?[”"]? with', 'phone call', 'spoke by phone'],
  },
  appeal: { verbs: ['urge', 'plead|pled', 'implore', 'appeal'], phrases: ['called on', 'calls on', 'calling on', 'called for', 'calls for'] },
  proposal: { verbs: ['propose', 'offer'], phrases: ['proposals?', 'offers?', 'put forward'] },
  agreement: { verbs: ['agree', 'accept', 'endorse', 'sign', 'approve', 'ratify'], phrases: ['agreements?', 'accords?'] },
  rejection: { verbs: ['reject', 'refuse', 'rebuff', 'slam|slammed|slamming'], phrases: ['rejections?', 'refusals?', 'poured cold water on', 'pours cold water on'] },
  demand: { verbs: ['demand'], phrases: ['demands', 'ultimatums?', 'list of conditions'] },
  threat: { verbs: ['threaten'], phrases: ['threats?'] },
  order: { verbs: ['order', 'decree', 'instruct'], phrases: ['decrees?'] },
  attack: {
    verbs: ['attack', 'strike|struck|striking|strikes', 'shell|shelled|shelling', 'bomb', 'bombard', 'assault', 'raid', 'invade', 'storm', 'encircle', 'fight|fought|fighting'],
    phrases: ['attacks?', 'strikes?', 'shelling', 'bombings?', 'bombardments?', 'assaults?', 'raids?', 'incursions?', 'invasion', '(?:counter)?offensives?', 'crossed into', 'crossing into', 'fighting',
      '(?:fired|fires|firing|launched|launches|launching)(?: [\\w-]+){0,4} (?:missiles?|rockets?|drones?|shells?|mortars?|projectiles?)'],
  },
  capture: {
    verbs: ['capture', 'seize', 'recapture', 'retake|retook|retaken|retaking', 'occupy|occupied', 'overrun|overran'],
    phrases: ['captures?', 'seizure', 'recapture', '(?:took|taken|take|takes|taking|seized|gained|regained) control of', 'fell to', 'have taken', 'has taken', 'had taken'],
  },
  advance: {
    verbs: ['advance'],
    phrases: ['advances?', 'push(?:ed|es|ing)? (?:deeper|further|forward|into|through|towards?|on)', 'gains', 'gained ground', 'gaining ground', 'closing in on', 'close in on', 'closed in on', 'breakthrough', 'tighten(?:ed|ing|s)? (?:their |its )?grip', 'moved into', 'progress(?:ed)?'],
  },
  withdrawal: {
    verbs: ['withdraw|withdrew|withdrawn', 'retreat', 'evacuate'],
    phrases: ['withdrawals?', 'retreats?', 'pull(?:ed|ing|s)? back', 'pull(?:ed|ing|s)? out', 'pullback', 'lost ground', 'losing ground', 'los(?:t|ing) (?:most of |much of |some of )?(?:the |their |its )?territory'],
  },
  interception: { verbs: ['intercept', 'repel|repelled|repelling'], phrases: ['interceptions?', 'sh(?:o|oo)t down', 'shooting down', 'downed'] },
  deployment: { verbs: ['deploy', 'dispatch', 'bolster', 'reinforce'], phrases: ['deployments?', 'reinforcements?', 'sent (?:in )?(?:\\w+ ){0,2}(?:troops|soldiers|forces|units)'] },
  aid: { verbs: [], phrases: ['(?:military|economic|financial|humanitarian|security|foreign|us|u\\.s\\.) aid', 'aid (?:to|for|package)', 'assistance', 'arms deliveries', 'weapons deliveries', 'sharing intelligence', 'share intelligence'] },
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
  { at: /^(?:talks|negotiations)(?! (?:with|between)\b)/i },
  { at: /^(?:talks|negotiations)\b/i, before: /\b(?:peace|future|possible|broader|further)\s+$/i },
];

/** Short verbs for labels ("Russia captures Sudzha"). */
export const LABEL_VERBS: Record<EventType, string> = {
  visit: 'visits', meeting: 'meets', appeal: 'appeals to', proposal: 'proposes to', agreement: 'agrees with', rejection: 'rejects',
  demand: 'makes demands of', threat: 'threatens', order: 'orders', attack: 'attacks', capture: 'captures', advance: 'advances on',
  withdrawal: 'withdraws from', interception: 'intercepts', deployment: 'deploys to', aid: 'aids',
};
