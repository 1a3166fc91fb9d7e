// The graph model of ../shared/spec/graph-model.md (mirrored in docs/graph-model.md) as types:
// node labels, relationship types, kinds, event types and the Extraction JSON. Imports nothing.

/** Node labels of the graph. Labels reach Cypher only from this union, never from data. */
export const NODE_LABELS = ['Article', 'Actor', 'Place', 'Statement', 'Event'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Relationship types of the graph. Types reach Cypher only from this union, never from data. */
export const REL_TYPES = [
  'STATED',
  'ABOUT',
  'CONTRADICTS',
  'SUPPORTS',
  'PARTICIPATED_IN',
  'LOCATED_IN',
  'PART_OF',
  'MEMBER_OF',
  'MENTIONS',
  'REPORTS',
  'CITES',
] as const;
export type RelType = (typeof REL_TYPES)[number];

export const ACTOR_KINDS = ['person', 'organization', 'media', 'country', 'armed_force', 'group'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const PLACE_KINDS = ['country', 'region', 'city', 'town', 'village', 'facility', 'other'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const POLARITIES = ['affirms', 'denies'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const ROLES = ['agent', 'target', 'participant'] as const;
export type Role = (typeof ROLES)[number];

/** Event taxonomy with its CAMEO root code. */
export const EVENT_TYPES = {
  visit: '04',
  meeting: '04',
  appeal: '02',
  proposal: '03',
  agreement: '05',
  rejection: '12',
  demand: '10',
  threat: '13',
  order: '17',
  attack: '19',
  capture: '19',
  advance: '19',
  withdrawal: '08',
  interception: '19',
  deployment: '15',
  aid: '07',
} as const;
export type EventType = keyof typeof EVENT_TYPES;
export const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPES) as EventType[];

/** A character span of an article's cleaned text. `text === article.text.slice(start, end)`. */
export interface Mention {
  article: string;
  start: number;
  end: number;
  text: string;
}

/** A span of evidence with the sentence that holds it (provenance of REPORTS edges). */
export interface Evidence extends Mention {
  /** The whole sentence the span sits in, verbatim. */
  sentence?: string;
}

export interface ArticleRecord {
  id: string;
  /** File name (basename) the article came from; for .jsonl, `name.jsonl#line`. */
  file: string;
  title: string;
  /** Publisher. */
  source: string | null;
  url: string | null;
  /** ISO date (YYYY-MM-DD) or null. */
  published: string | null;
  /** True when `published` was inferred from the text rather than stated. */
  publishedInferred?: boolean;
  wordCount: number;
  /** The cleaned text: every offset of the extraction refers to it. */
  text: string;
  /** Actor ids of the sources the article relies on (CITES). */
  cites?: string[];
}

export interface ActorRecord {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  title?: string | null;
  description?: string | null;
  /** MEMBER_OF edges: this actor belongs to another (a minister to a government, a force to a country). */
  memberOf?: { id: string; role?: string | null }[];
  mentions: Mention[];
}

export interface PlaceRecord {
  id: string;
  name: string;
  kind: PlaceKind;
  aliases: string[];
  /** Id of the enclosing place (PART_OF), or null. */
  partOf: string | null;
  lat?: number | null;
  lon?: number | null;
  /** Country name the place is in. */
  country?: string | null;
  /** GeoNames id when the gazetteer knew it. */
  geonameId?: number | null;
  mentions: Mention[];
}

export interface StatementRecord {
  id: string;
  article: string;
  /** Actor id of the speaker, or null when unattributed. */
  speaker: string | null;
  /** The claim itself: verbatim span of the article's cleaned text. */
  text: string;
  quote: boolean;
  verb: string;
  polarity: Polarity;
  date: string | null;
  start: number;
  end: number;
  /** Ids of actors, places and events the statement is about. */
  about: string[];
  /** The sentence that holds the claim, verbatim. */
  sentence?: string;
  /** Actor ids through whom the claim is reported ("Reuters, citing officials"). */
  via?: string[];
}

export interface EventRecord {
  id: string;
  type: EventType;
  label: string;
  /** ISO date, YYYY-MM, or null when the text does not fix it. */
  date: string | null;
  cameo: string;
  /** Place id or null. */
  place: string | null;
  actors: { id: string; role: Role }[];
  evidence: Evidence[];
  /** Hypothetical, conditional or future: reported, not asserted. */
  hypothetical?: boolean;
}

export interface StatementLink {
  a: string;
  b: string;
  reason: string;
}

/** The extraction JSON of the spec: what `extract --format json` prints and `write` consumes. */
export interface Extraction {
  articles: ArticleRecord[];
  actors: ActorRecord[];
  places: PlaceRecord[];
  statements: StatementRecord[];
  events: EventRecord[];
  /** CONTRADICTS between statements of different articles (the spec's list, as the gold's corpus.json). */
  contradictions: StatementLink[];
  /** CONTRADICTS inside one article (the gold's `within_article_contradictions`). An extension of the spec. */
  withinArticleContradictions?: StatementLink[];
  /** Agreement between statements (SUPPORTS). An extension of the spec. */
  supports: StatementLink[];
}

export function emptyExtraction(): Extraction {
  return { articles: [], actors: [], places: [], statements: [], events: [], contradictions: [], supports: [] };
}
