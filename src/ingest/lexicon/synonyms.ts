// Predicate groups that WordNet does not join but news about conflicts uses as one claim, and light
// verbs that never carry a proposition. General vocabulary, not keyed to any article.

/** Phrasal and near-synonym groups: every form in a group names the same predicate. */
export const PREDICATE_GROUPS: Record<string, readonly string[]> = {
  encircled: ['surround', 'surrounded', 'encircle', 'encircled', 'encirclement', 'cut off', 'trapped', 'trap', 'besieged', 'besiege', 'pocketed', 'cornered', 'blockaded'],
  captured: ['capture', 'captured', 'seize', 'seized', 'taken', 'took', 'recaptured', 'retaken', 'retook', 'occupied', 'liberated', 'fell'],
  withdrew: ['withdraw', 'withdrawing', 'withdrew', 'withdrawn', 'retreat', 'retreated', 'retreating', 'pulling back', 'pulled back', 'pull back', 'pulled out'],
  advanced: ['advance', 'advanced', 'advancing', 'gained ground', 'pushed', 'pushing'],
  destroyed: ['destroyed', 'destroy', 'wiped out', 'annihilated'],
  killed: ['killed', 'kill', 'died', 'dead'],
};

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
