// The resolve stage: drafts of many articles → the spec's Extraction. Entities first (one node per
// real entity), then statements and events take graph ids, events are coreferenced across
// articles, and statements about the same proposition are linked (CONTRADICTS / SUPPORTS).
import type { ArticleDraft, ArticleRecord, Extraction, KnownEntity } from '../../model/index.ts';
import { linkStatements } from './contradictions.ts';
import { resolveEntities } from './entities.ts';
import { resolveEvents } from './events.ts';
import { linkStatementEvents, resolveStatements } from './statements.ts';

/** Resolves the drafts of a run (and entities already in the graph) into one Extraction. */
export function resolveDrafts(drafts: ArticleDraft[], known: KnownEntity[] = []): Extraction {
  const entities = resolveEntities(drafts, known);
  const articles: ArticleRecord[] = drafts.map((d) => ({
    id: d.article.id,
    file: d.article.file,
    title: d.article.title,
    source: d.article.source,
    url: d.article.url,
    published: d.article.published,
    ...(d.article.publishedInferred ? { publishedInferred: true } : {}),
    wordCount: d.wordCount,
    text: d.article.text,
    cites: [...new Set(d.cites.map((k) => entities.idOf(d.article.id, k)).filter((x): x is string => Boolean(x)))],
  }));
  const statements = resolveStatements(drafts, entities);
  const events = resolveEvents(drafts, entities);
  linkStatementEvents(statements, events);
  const names = new Map<string, string>([...entities.actors, ...entities.places].map((e) => [e.id, e.name]));
  const links = linkStatements(statements, new Set(entities.actors.map((a) => a.id)), names, new Set(entities.places.map((p) => p.id)), entities.places, new Map(articles.map((a) => [a.id, a.text])));
  return {
    articles,
    actors: entities.actors,
    places: entities.places,
    statements,
    events,
    contradictions: links.contradictions,
    withinArticleContradictions: links.withinArticle,
    supports: links.supports,
  };
}
