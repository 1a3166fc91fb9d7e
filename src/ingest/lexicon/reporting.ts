// Reporting verbs and their complement frames, denial cues and source nouns for statement extraction.
// General English vocabulary (no names); frames follow common reporting-verb grammar.
import { buildFormMap } from './inflect.ts';

/** How a reporting verb takes its claim. */
export type Frame =
  | 'clause' // said (that) P, said: "Q"
  | 'object-clause' // told X (that) P
  | 'np' // reported the capture of …, denied the claim, proposed a zone
  | 'to' // urged X to P, threatened to P, vowed to P
  | 'as' // described X as Y
  | 'of' // accused X of P
  | 'on'; // (participle only) focusing on P

interface VerbInfo {
  frames: readonly Frame[];
  /** Takes a clause without "that" ("X said Kyiv would …"); other clause verbs need "that" or a colon. */
  bare?: boolean;
  denial?: boolean;
  /** Only a reporting verb as a participle after a comma (", focusing on …"). */
  participleOnly?: boolean;
  /** NP objects count only when they name a claim ("rejected claims that …", not "rejected the plan"). */
  claimObjectOnly?: boolean;
}

const VERBS: Record<string, VerbInfo & { forms?: string }> = {
  say: { frames: ['clause'], bare: true, forms: 'said|says|saying' },
  tell: { frames: ['object-clause'], forms: 'told|telling|tells' },
  claim: { frames: ['clause', 'np'], bare: true },
  state: { frames: ['clause'] },
  report: { frames: ['clause', 'np'] },
  announce: { frames: ['clause', 'np'] },
  add: { frames: ['clause'], bare: true },
  warn: { frames: ['clause', 'object-clause'], bare: true },
  deny: { frames: ['clause', 'np'], denial: true },
  assert: { frames: ['clause'], bare: true },
  insist: { frames: ['clause'], bare: true },
  stress: { frames: ['clause'] },
  emphasize: { frames: ['clause'] },
  emphasise: { frames: ['clause'] },
  note: { frames: ['clause'] },
  confirm: { frames: ['clause'] },
  acknowledge: { frames: ['clause'] },
  admit: { frames: ['clause'], forms: 'admitted|admitting' },
  allege: { frames: ['clause'] },
  argue: { frames: ['clause'], bare: true },
  suggest: { frames: ['clause'], bare: true },
  hint: { frames: ['clause'], bare: true },
  highlight: { frames: ['clause', 'np'] },
  underline: { frames: ['clause'] },
  explain: { frames: ['clause'] },
  declare: { frames: ['clause'] },
  reiterate: { frames: ['clause'] },
  maintain: { frames: ['clause'] },
  contend: { frames: ['clause'] },
  concede: { frames: ['clause'] },
  predict: { frames: ['clause'], bare: true },
  reveal: { frames: ['clause'] },
  write: { frames: ['clause'], bare: true, forms: 'wrote|written|writing|writes' },
  tweet: { frames: ['clause'], bare: true },
  estimate: { frames: ['clause'], bare: true },
  assess: { frames: ['clause'], forms: 'assessed|assesses|assessing' },
  believe: { frames: ['clause'], bare: true },
  urge: { frames: ['to', 'clause'] },
  demand: { frames: ['clause'] },
  threaten: { frames: ['to'] },
  vow: { frames: ['to', 'clause'] },
  pledge: { frames: ['to', 'clause'] },
  promise: { frames: ['to', 'clause'] },
  propose: { frames: ['np', 'clause'] },
  accuse: { frames: ['of'] },
  describe: { frames: ['as'] },
  characterize: { frames: ['as'] },
  characterise: { frames: ['as'] },
  frame: { frames: ['as'] },
  portray: { frames: ['as'] },
  brand: { frames: ['as'] },
  call: { frames: ['as'] },
  reject: { frames: ['np'], denial: true, claimObjectOnly: true },
  dismiss: { frames: ['np'], denial: true, claimObjectOnly: true, forms: 'dismissed|dismisses|dismissing' },
  refute: { frames: ['np', 'clause'], denial: true, claimObjectOnly: true },
  dispute: { frames: ['np', 'clause'], denial: true, claimObjectOnly: true },
  repeat: { frames: ['np'], claimObjectOnly: true },
  focus: { frames: ['on'], participleOnly: true, forms: 'focusing|focussing' },
};

const FORMS = buildFormMap(Object.entries(VERBS).map(([lemma, v]) => (v.forms ? `${lemma}|${v.forms}` : lemma)));

/** The lemma and frames of a reporting verb form ("claimed" → claim), or undefined. */
export function reportingVerb(form: string): ({ lemma: string } & VerbInfo) | undefined {
  const lemma = FORMS.get(form.toLowerCase());
  if (!lemma) return undefined;
  const info = VERBS[lemma];
  return info ? { lemma, ...info } : undefined;
}

/** Participial reporting forms that attach a claim to the main clause's subject (", saying …"). */
export const PARTICIPIAL = new Set([
  'saying', 'adding', 'stressing', 'emphasizing', 'emphasising', 'noting', 'warning', 'claiming', 'insisting',
  'arguing', 'vowing', 'highlighting', 'underlining', 'focusing', 'framing', 'describing', 'calling', 'denying',
  'asserting', 'suggesting', 'explaining', 'declaring', 'accusing', 'urging', 'pledging', 'promising',
]);

/** Nouns of a claim owned by its speaker: "X's claim that P", "his warning that P". */
export const CLAIM_NOUNS = new Set([
  'claim', 'claims', 'assertion', 'assertions', 'statement', 'warning', 'denial', 'allegation', 'allegations',
  'assessment', 'argument', 'suggestion', 'insistence', 'contention', 'pledge', 'promise', 'prediction',
]);

/** Nouns that make an anonymous source: their statements have no named speaker. */
export const SOURCE_NOUNS = new Set([
  'officials', 'official', 'sources', 'source', 'reports', 'report', 'analysts', 'experts', 'observers',
  'bloggers', 'witnesses', 'residents', 'diplomats', 'people', 'intelligence', 'footage', 'media', 'critics',
  'lawmakers', 'authorities', 'spokesperson', 'police', 'rescuers', 'medics', 'doctors', 'investigators',
  'prosecutors', 'monitors', 'activists', 'journalists', 'correspondents',
]);

/** Words before a form that show it is a noun, not a verb ("a report", "recent claims"). */
export const NOUN_MARKERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'recent',
  'latest', 'previous', 'new', 'such', 'any', 'no', 'some', 'joint', 'official', 'earlier', 'first', 'last', 'of',
  'in', 'on', 'for', 'with', 'by', 'from', 'whose',
]);

/** Auxiliaries and adverbs allowed between a subject and its reporting verb. */
export const VERB_LEAD = new Set([
  'has', 'have', 'had', 'also', 'however', 'previously', 'repeatedly', 'reportedly', 'then', 'later', 'earlier',
  'already', 'again', 'further', 'continued', 'continues', 'to', 'publicly', 'once', 'now', 'has', 'recently',
  'did', 'does', 'do', 'would', 'will', 'could', 'had', 'is', 'was', 'has',
]);

/** Subordinators that open a clause ending at the first comma ("Though X said P, …"). */
export const SUBORDINATORS = new Set([
  'though', 'although', 'while', 'as', 'when', 'after', 'before', 'since', 'because', 'if', 'whereas', 'whilst',
  'once', 'unless', 'until',
]);
