// The extract stage's seam: the Extractor port (model/pipeline.ts) and its default implementation.
// Another extractor (an LLM-backed one) implements the same `Extractor` and is chosen by the caller.
export type { ArticleDraft, Extractor } from '../../model/index.ts';
export { createRulesExtractor, extractWithRules, type RulesOptions } from './rules/index.ts';
