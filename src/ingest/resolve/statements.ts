// Statements of all drafts with graph ids: speaker, about and via keys mapped through the resolved
// entities; the id is a function of the article and the claim's span, so a re-ingest converges.
import { contentId, type ArticleDraft, type EventRecord, type StatementRecord } from '../../model/index.ts';
import type { ResolvedEntities } from './entities.ts';

/** Gives every draft statement its graph id and resolves its entity keys to ids. */
export function resolveStatements(drafts: ArticleDraft[], entities: ResolvedEntities): StatementRecord[] {
  const out: StatementRecord[] = [];
  for (const d of drafts) {
    const aid = d.article.id;
    const ids = (keys: string[]): string[] => [...new Set(keys.map((k) => entities.idOf(aid, k)).filter((x): x is string => Boolean(x)))];
    for (const s of d.statements) {
      const speaker = s.speaker ? entities.idOf(aid, s.speaker) : null;
      const via = s.via ? ids(s.via) : [];
      out.push({
        id: contentId('statement', aid, s.start, s.end),
        article: aid,
        speaker,
        text: s.text,
        quote: s.quote,
        verb: s.verb,
        polarity: s.polarity,
        date: s.date,
        start: s.start,
        end: s.end,
        about: ids(s.about).filter((x) => x !== speaker),
        sentence: s.sentence,
        ...(via.length ? { via } : {}),
      });
    }
  }
  return out;
}

/** Adds to each statement's `about` the events reported inside its claim (ABOUT → Event). Mutates `statements`. */
export function linkStatementEvents(statements: StatementRecord[], events: EventRecord[]): void {
  const byArticle = new Map<string, { id: string; start: number; end: number }[]>();
  for (const e of events) {
    for (const v of e.evidence) {
      const list = byArticle.get(v.article) ?? [];
      list.push({ id: e.id, start: v.start, end: v.end });
      byArticle.set(v.article, list);
    }
  }
  for (const s of statements) {
    for (const v of byArticle.get(s.article) ?? []) {
      const inter = Math.min(s.end, v.end) - Math.max(s.start, v.start);
      if (inter > 0 && inter >= 0.5 * Math.min(s.end - s.start, v.end - v.start) && !s.about.includes(v.id)) s.about.push(v.id);
    }
  }
}
