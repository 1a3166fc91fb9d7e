// Links a resolved batch to statements of earlier batches and runs: the same linker as within a batch
// (linkStatements) over the batch's statements plus the related earlier ones, keeping only the pairs
// with one statement on each side (pairs inside the batch are already in the Extraction; pairs of two
// earlier statements were the business of the run that wrote them).
import type { Extraction, StatementLink, StatementRecord } from '../../model/index.ts';
import { linkStatements } from './contradictions.ts';

/** Earlier statements as the graph holds them, with the ids and names of what they are about. */
export interface EarlierStatements {
  statements: StatementRecord[];
  actorIds: string[];
  placeIds: string[];
  names: ReadonlyMap<string, string>;
}

/** CONTRADICTS / SUPPORTS between the batch's statements and earlier ones (never two earlier ones). */
export function linkToEarlier(batch: Extraction, earlier: EarlierStatements): { contradictions: StatementLink[]; supports: StatementLink[] } {
  const own = new Set(batch.statements.map((s) => s.id));
  const others = earlier.statements.filter((s) => !own.has(s.id));
  if (!others.length || !own.size) return { contradictions: [], supports: [] };
  const names = new Map(earlier.names);
  for (const e of [...batch.actors, ...batch.places]) names.set(e.id, e.name);
  const links = linkStatements(
    [...batch.statements, ...others],
    new Set([...batch.actors.map((a) => a.id), ...earlier.actorIds]),
    names,
    new Set([...batch.places.map((p) => p.id), ...earlier.placeIds]),
    batch.places,
    new Map(batch.articles.map((a) => [a.id, a.text])),
  );
  const across = (l: StatementLink): boolean => own.has(l.a) !== own.has(l.b);
  return { contradictions: links.contradictions.filter(across), supports: links.supports.filter(across) };
}
