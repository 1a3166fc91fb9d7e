// What writeExtraction reports: counts of what changed, and the articles that did not land.
import type { WriteCounters } from '../../db/write.ts';
import type { GroupLimits } from './group.ts';

export interface WriteFailure {
  /** Article id, or "(links)" for the cross-article batch. */
  article: string;
  file: string;
  error: string;
}

export interface WriteStats extends WriteCounters {
  /** Articles whose transaction committed. */
  articles: number;
  /** Cross-article links (CONTRADICTS/SUPPORTS) left out because an endpoint's article failed. */
  skippedLinks: number;
  failed: WriteFailure[];
  ms: number;
  /** Set when Neo4j went away during the write: why. Articles after that point were not attempted. */
  unavailable?: string;
}

export interface WriteOptions {
  /** Called after each article batch (for a progress bar). */
  onArticle?: (done: number, total: number, failure: WriteFailure | null) => void;
  /** `ingestedAt` of new Article nodes (ISO); default now. */
  now?: string;
  /** Aborted by the caller when the server is gone: the write in flight and the rest give up at once. */
  signal?: AbortSignal;
  /** Articles / rows per transaction (default 50 / 20,000); `{ articles: 1 }` writes one article per transaction. */
  group?: Partial<GroupLimits>;
}
