// Builders for the statement/event/contradiction tests: a cleaned article from a short invented
// passage, its segments, and entity mentions found by surface form (no entity finder involved).
import type { ArticleDraft, CleanArticle, DraftEntity, Segment } from '../../../src/model/index.ts';
import { segmentArticle } from '../../../src/ingest/segment/index.ts';
import { MentionIndex } from '../../../src/ingest/extract/rules/mentions.ts';

export interface EntitySpec {
  key: string;
  name: string;
  label?: 'Actor' | 'Place';
  kind: DraftEntity['kind'];
  /** Surface forms to find in the text (every occurrence becomes a mention). */
  surfaces?: string[];
  title?: string;
}

/** A cleaned article with the given text and publication date. */
export function anArticle(text: string, published: string | null = '2025-03-13', file = 'test.txt'): CleanArticle {
  return { id: `article:${file}`, file, title: 'Test', source: null, url: null, published, publishedInferred: false, text };
}

/** Entities of `text`: each spec's surfaces, matched as whole words. */
export function entitiesOf(text: string, specs: EntitySpec[]): DraftEntity[] {
  return specs.map((s) => {
    const mentions = [];
    for (const surface of s.surfaces ?? [s.name]) {
      const re = new RegExp(`(?<![\\p{L}])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
      for (const m of text.matchAll(re)) mentions.push({ start: m.index, end: m.index + surface.length, text: surface });
    }
    return { key: s.key, label: s.label ?? 'Actor', name: s.name, kind: s.kind, aliases: [], title: s.title ?? null, mentions };
  });
}

/** Article, segments and mention index for a passage. */
export function passage(text: string, specs: EntitySpec[], published: string | null = '2025-03-13'): { article: CleanArticle; segments: Segment[]; mentions: MentionIndex; entities: DraftEntity[] } {
  const article = anArticle(text, published);
  const entities = entitiesOf(text, specs);
  return { article, segments: segmentArticle(article), mentions: new MentionIndex(entities), entities };
}

/** A draft with only what resolve needs. */
export function aDraft(article: CleanArticle, entities: DraftEntity[], rest: Partial<ArticleDraft> = {}): ArticleDraft {
  return { article, wordCount: article.text.split(/\s+/).length, entities, statements: [], events: [], cites: [], ...rest };
}

export const PEOPLE: EntitySpec[] = [
  { key: 'p:olga', name: 'Olga Varenko', kind: 'person', surfaces: ['Olga Varenko', 'Varenko'], title: 'Defence Minister' },
  { key: 'p:tomas', name: 'Tomas Brell', kind: 'person', surfaces: ['Tomas Brell', 'Brell'], title: 'President' },
  { key: 'o:ministry', name: 'Ministry of Roads', kind: 'organization', surfaces: ['Ministry of Roads'] },
  { key: 'm:herald', name: 'Daily Herald', kind: 'media', surfaces: ['Daily Herald'] },
  { key: 'c:norland', name: 'Norland', kind: 'country', surfaces: ['Norland'] },
  { key: 'c:estmark', name: 'Estmark', kind: 'country', surfaces: ['Estmark'] },
  { key: 'f:norland', name: 'Norlandic forces', kind: 'armed_force', surfaces: ['Norlandic forces', 'Norlandic troops'] },
  { key: 'pl:vessa', name: 'Vessa', label: 'Place', kind: 'town', surfaces: ['Vessa'] },
  { key: 'pl:karn', name: 'Karn region', label: 'Place', kind: 'region', surfaces: ['Karn region', 'Karn'] },
];
