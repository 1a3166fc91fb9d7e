// One report of a fact: publisher, date and title, then the sentence, highlighted inside the full
// article text when a server is available. Article text is untrusted: Text nodes and <mark> only.
import type { ArticleView } from '../../model/api.ts';
import { api } from '../api-client.ts';
import type { Report } from '../relations.ts';
import type { App } from './app.ts';
import { el, highlightedText, setChildren } from './dom.ts';

const articles = new Map<string, Promise<ArticleView>>();

function loadArticle(id: string): Promise<ArticleView> {
  let p = articles.get(id);
  if (!p) {
    p = api.article(id);
    p.catch(() => articles.delete(id));
    articles.set(id, p);
  }
  return p;
}

/** The sentence with the claim marked (or the whole sentence when the claim is not inside it). */
function sentenceBlock(sentence: string, claim: string | null): HTMLElement {
  const at = claim ? sentence.indexOf(claim) : -1;
  const ranges = at >= 0 && claim ? [{ start: at, end: at + claim.length }] : [{ start: 0, end: sentence.length }];
  const block = el('blockquote', { class: 'sentence' });
  block.appendChild(highlightedText(sentence, ranges));
  return block;
}

/** The article text with the fact's span marked and the other facts' spans lightly marked. */
function articleBlock(view: ArticleView, key: string, report: Report): HTMLElement {
  const own = view.spans.filter((s) => s.nodeId === key);
  const focus = own.length ? own : report.start !== null && report.end !== null ? [{ start: report.start, end: report.end }] : [];
  const overlaps = (s: { start: number; end: number }): boolean => focus.some((f) => s.start < f.end && f.start < s.end);
  const others = view.spans.filter((s) => s.nodeId !== key && !overlaps(s)).map((s) => ({ start: s.start, end: s.end, className: 'other' }));
  const box = el('div', { class: 'article-text', tabindex: '0', 'aria-label': `Text of ${view.title}` });
  box.appendChild(highlightedText(view.text, [...focus.map((f) => ({ start: f.start, end: f.end, className: 'focus' })), ...others]));
  // Scroll the highlighted sentence into the middle of the box once it is laid out.
  requestAnimationFrame(() => {
    const mark = box.querySelector('mark.focus');
    if (mark instanceof HTMLElement) box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - box.clientHeight / 3);
  });
  return box;
}

/** Render one report; in server mode the full article is fetched and shown with the span marked. */
export function renderProvenance(app: App, key: string, report: Report, claim: string | null): HTMLElement {
  const title = el('button', { type: 'button', class: 'linklike', text: report.title });
  title.addEventListener('click', () => app.graph.hasNode(report.article) && app.select(report.article, true));
  const line = el('div', { class: 'source-line' }, el('strong', { text: report.source ?? 'unknown outlet' }), report.published ? ` · ${report.published} · ` : ' · ', title);
  const body = el('div', { class: 'provenance-body' });
  if (report.sentence) body.append(sentenceBlock(report.sentence, claim));
  const item = el('div', { class: 'provenance', 'data-article': report.article }, line, body);
  if (app.serverMode) {
    const holder = el('div', { class: 'muted', text: 'Loading article…' });
    item.append(holder);
    loadArticle(report.article)
      .then((view) => setChildren(holder, articleBlock(view, key, report)))
      .then(() => holder.classList.remove('muted'))
      .catch((err: unknown) => (holder.textContent = `Article unavailable: ${err instanceof Error ? err.message : String(err)}`));
  }
  return item;
}

/** The full text of an article with every extracted span marked (server mode only). */
export function renderArticleText(articleId: string): HTMLElement {
  const holder = el('section', { class: 'muted' }, el('h3', { text: 'Text' }), 'Loading article…');
  loadArticle(articleId)
    .then((view) => {
      const box = el('div', { class: 'article-text', tabindex: '0', 'aria-label': `Text of ${view.title}`, id: 'article-full-text' });
      box.appendChild(highlightedText(view.text, view.spans.map((s) => ({ start: s.start, end: s.end, className: 'other' }))));
      holder.classList.remove('muted');
      setChildren(holder, el('h3', { text: 'Text' }), el('p', { class: 'source-line', text: [view.source, view.published, view.url].filter(Boolean).join(' · ') }), box);
    })
    .catch((err: unknown) => setChildren(holder, `Article unavailable: ${err instanceof Error ? err.message : String(err)}`));
  return holder;
}
