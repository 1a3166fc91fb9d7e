// Types of the ingest stages, in flow order: RawArticle → CleanArticle → Segment[] → ArticleDraft.
// ArticleDraft is one article's facts before cross-article resolution gives them graph ids.
import type { ActorKind, EventType, PlaceKind, Polarity, Role } from './types.ts';

/** What `read` yields: one document as found on disk, not yet cleaned. */
export interface RawArticle {
  /** File name as given (path), plus `#line` for a .jsonl record. */
  file: string;
  format: 'text' | 'markdown' | 'html';
  /** The body as read (decoded), HTML included for `html`. */
  body: string;
  title?: string | null;
  url?: string | null;
  published?: string | null;
  source?: string | null;
}

/** What `clean` yields: the article body without site furniture, plus its metadata. */
export interface CleanArticle {
  /** Stable id derived from the cleaned text, so a duplicate or re-ingest converges. */
  id: string;
  file: string;
  title: string;
  source: string | null;
  url: string | null;
  /** ISO date YYYY-MM-DD or null. */
  published: string | null;
  publishedInferred: boolean;
  /** The cleaned text. Every later offset refers to it. */
  text: string;
  /** Words in `text` (set by cleanArticle). */
  wordCount?: number;
}

/** A sentence of the cleaned text, with the quotations inside it. */
export interface Segment {
  index: number;
  /** Paragraph number (0-based) the sentence belongs to. */
  paragraph: number;
  start: number;
  end: number;
  /** `article.text.slice(start, end)`. */
  text: string;
  /**
   * Quotations inside the sentence: offsets of the quoted text without its quote marks (and without
   * the trailing , . ; : before the closing mark). A quotation spanning several sentences is recorded
   * on each sentence, clipped to it, and `whole` then gives the span of the entire quotation.
   */
  quotes: { start: number; end: number; text: string; whole?: { start: number; end: number } }[];
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** An entity as one article sees it. `key` is local to the draft. */
export interface DraftEntity {
  key: string;
  label: 'Actor' | 'Place';
  name: string;
  kind: ActorKind | PlaceKind;
  aliases: string[];
  title?: string | null;
  mentions: Span[];
  /** Actor: keys of actors it belongs to. */
  memberOf?: { key: string; role?: string | null }[];
  /** Place: key of the enclosing place in this draft, or a gazetteer-resolved parent. */
  partOf?: string | null;
  lat?: number | null;
  lon?: number | null;
  country?: string | null;
  geonameId?: number | null;
}

export interface DraftStatement {
  speaker: string | null;
  text: string;
  start: number;
  end: number;
  quote: boolean;
  verb: string;
  polarity: Polarity;
  date: string | null;
  /** Entity keys (and event indexes as `event:N`) the statement is about. */
  about: string[];
  sentence: string;
  via?: string[];
}

export interface DraftEvent {
  type: EventType;
  label: string;
  date: string | null;
  place: string | null;
  actors: { key: string; role: Role }[];
  evidence: (Span & { sentence: string })[];
  hypothetical: boolean;
}

/** What an Extractor yields for one article. */
export interface ArticleDraft {
  article: CleanArticle;
  wordCount: number;
  entities: DraftEntity[];
  statements: DraftStatement[];
  events: DraftEvent[];
  /** Keys of actors the article cites as its sources. */
  cites: string[];
}

/** The one swappable stage: rules today, an LLM-backed one later. Tests fake only this port. */
export interface Extractor {
  readonly name: string;
  extract(article: CleanArticle, segments: Segment[]): Promise<ArticleDraft>;
}

/** An entity already in the graph, given to `resolve` so a new article merges into it. */
export interface KnownEntity {
  id: string;
  label: 'Actor' | 'Place';
  name: string;
  kind: string;
  aliases: string[];
}
