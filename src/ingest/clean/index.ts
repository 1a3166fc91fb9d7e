// clean stage: RawArticle → CleanArticle. Pure: drops site furniture, keeps paragraphs, derives metadata.
import { contentId, type CleanArticle, type RawArticle } from '../../model/index.ts';

/** Cleans one raw article (minimal first version; furniture and metadata rules grow in this folder). */
export function cleanArticle(raw: RawArticle): CleanArticle {
  const paragraphs = raw.body
    .replace(/\r\n?/g, '\n')
    .split(/\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '' && !/^(advertisement|read more.*|join us on telegram.*)$/i.test(line));
  const text = paragraphs.join('\n\n');
  return {
    id: contentId('article', text.toLowerCase()),
    file: raw.file,
    title: raw.title ?? paragraphs[0] ?? '',
    source: raw.source ?? null,
    url: raw.url ?? null,
    published: raw.published ?? null,
    publishedInferred: false,
    text,
  };
}
