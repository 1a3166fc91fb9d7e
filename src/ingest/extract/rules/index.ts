// The default, offline Extractor: entities (findEntities) then statements and events by rules.
import type { ArticleDraft, CleanArticle, Extractor, Segment } from '../../../model/index.ts';
import { findEntities } from '../entities/index.ts';
import { findEvents, type EventOptions } from '../events/index.ts';
import { findStatements } from '../statements/index.ts';
import { MentionIndex } from './mentions.ts';

export type RulesOptions = EventOptions;

/** Runs the rule stages on one cleaned, segmented article. Pure and synchronous. */
export function extractWithRules(article: CleanArticle, segments: Segment[], options: RulesOptions = {}): ArticleDraft {
  const { entities, cites } = findEntities(article, segments);
  const mentions = new MentionIndex(entities);
  return {
    article,
    wordCount: article.text.split(/\s+/).filter(Boolean).length,
    entities,
    statements: findStatements(article, segments, mentions),
    events: findEvents(article, segments, mentions, options),
    cites,
  };
}

/** The rules-based Extractor (no network, no model). */
export function createRulesExtractor(options: RulesOptions = {}): Extractor {
  return {
    name: 'rules',
    extract: (article, segments) => Promise.resolve(extractWithRules(article, segments, options)),
  };
}
