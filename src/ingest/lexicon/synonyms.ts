// Predicate groups that WordNet does not join but news about conflicts uses as one claim, and light
// verbs that never carry a proposition. General vocabulary, not keyed to any article.

/** Phrasal and near-synonym groups: every form in a group names the same predicate. */
export const PREDICATE_GROUPS: Record<string, readonly string[]> = {
  encircled: ['surround', 'surrounded', 'encircle', 'encircled', 'encirclement', 'cut off', 'trapped', 'trap', 'besieged', 'besiege', 'pocketed', 'cornered', 'blockaded'],
  captured: ['capture', 'captured', 'seize', 'seized', 'taken', 'took', 'recaptured', 'retaken', 'retook', 'occupied', 'liberated', 'fell', 'fallen', 'fall',
    'overrun', 'overran', 'stormed', 'control', 'controls', 'controlled', 'taken control', 'took control', 'take control', 'seized control'],
  expelled: ['expel', 'expelled', 'drive off', 'driven off', 'drove off', 'driven away', 'drove away', 'chased away', 'chased off', 'forced out',
    'repelled', 'repulsed', 'leave', 'withdrew from'],
  altered: ['alter', 'altered', 'rig', 'rigged', 'tamper', 'tampered', 'tampering', 'manipulated', 'falsified', 'doctored', 'fabricated'],
  offered: ['offer', 'offered', 'bribe', 'bribed'],
  withdrew: ['withdraw', 'withdrawing', 'withdrew', 'withdrawn', 'retreat', 'retreated', 'retreating', 'pulling back', 'pulled back', 'pull back', 'pulled out'],
  advanced: ['advance', 'advanced', 'advancing', 'gained ground', 'pushed', 'pushing'],
  destroyed: ['destroyed', 'destroy', 'wiped out', 'annihilated'],
  // Casualty claims: a toll ("22 bodies", "no casualties", "no losses among our personnel") counts as deaths.
  killed: ['killed', 'kill', 'kills', 'killing', 'died', 'dead', 'slain', 'slew', 'perished', 'lost their lives', 'bodies', 'casualties', 'losses', 'death toll', 'fatalities'],
  injured: ['injured', 'injure', 'injuring', 'injuries', 'wounded', 'wounding', 'hurt', 'medical attention'],
  intercepted: ['intercept', 'intercepted', 'intercepts', 'intercepting', 'downed', 'shot down', 'shoot down', 'shooting down', 'brought down'],
  // Hits, shelling and fire are one claim ("did not fire a single shell" / "mortar rounds hit the camp"); irregular
  // forms ("struck") WordNet's index does not list. Only verb forms for strikes and fire: the nouns ("drone
  // strikes", "a fire on board") name a weapon or a blaze, not a claim that something was hit (see VERB_ONLY).
  shelled: ['shell', 'shells', 'shelled', 'shelling', 'bombarded', 'bombardment', 'bombed', 'bombing', 'hit', 'struck', 'attacked', 'targeted', 'targeting',
    'fire', 'fired', 'firing', 'opened fire', 'open fire'],
};

/** Group words that name the predicate only as verbs ("did not fire", not "no fire on board"). */
export const VERB_ONLY: ReadonlySet<string> = new Set(['fire']);

/** Event nouns that, with "took place" or "occurred", claim the event happened ("no drone strike had taken place"). */
export const EVENT_NOUNS: Readonly<Record<string, string>> = {
  strike: 'shelled', strikes: 'shelled', attack: 'shelled', attacks: 'shelled', shelling: 'shelled', bombing: 'shelled', raid: 'shelled', raids: 'shelled',
  clash: 'shelled', clashes: 'shelled', interception: 'intercepted', withdrawal: 'withdrew', capture: 'captured',
};

/**
 * Status-quo phrases that deny a change of hands or of place: "remains under the control of",
 * "still in the hands of", "held its ground", "stayed on station". Each names the negation of a group.
 */
export const STATUS_QUO: readonly [RegExp, string][] = [
  [/\b(?:remains?|remained|still|firmly)\b(?:\s+\w+){0,2}\s+(?:under\s+(?:the\s+)?(?:\w+\s+)?control|in\s+the\s+hands)\b/i, 'captured'],
  [/\bin\s+the\s+hands\s+of\b/i, 'captured'],
  [/\b(?:our|their)\s+(?:soldiers|troops|forces|units)\s+(?:are|remain)\s+(?:still\s+)?in\b/i, 'captured'],
  [/\b(?:held|holds|hold)\s+(?:its|their|our)\s+ground\b|\b(?:stayed|remained|stays|remains)\s+(?:on\s+station|in\s+place|inside|there)\b/i, 'expelled'],
];

/** Verbs and adjectives too general to name a proposition. */
export const LIGHT_WORDS = new Set([
  'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', 'have', 'has', 'had', 'do', 'does', 'did', 'say', 'said', 'says',
  'make', 'made', 'get', 'got', 'go', 'went', 'come', 'came', 'will', 'would', 'can', 'could', 'may', 'might', 'must',
  'should', 'shall', 'remain', 'remains', 'continue', 'continued', 'become', 'seem', 'appear', 'keep', 'want', 'wants',
  'need', 'try', 'trying', 'use', 'used', 'include', 'including', 'give', 'given', 'put', 'set', 'let', 'see', 'seen',
  'know', 'think', 'tell', 'told', 'also', 'now', 'still', 'only', 'more', 'most', 'very', 'other', 'new', 'good',
  'well', 'first', 'last', 'next', 'many', 'much', 'such', 'own', 'same', 'able', 'likely', 'clear', 'clearly',
  'doing', 'done', 'facing', 'face', 'hold', 'held', 'mark', 'marks', 'show', 'showed', 'take', 'taking', 'takes',
  'significant', 'possible', 'potential', 'recent', 'high', 'great', 'large', 'small', 'long', 'early', 'late',
  'number', 'whole', 'full', 'total', 'real', 'several', 'various', 'certain', 'main', 'key', 'major',
]);
