// The bench's generators: deterministic in the seed, ~700-word articles covering the event taxonomy,
// and graphs of n nodes with 2–3 edges per node that graphology can load.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { generateArticle, generateArticles } from '../../bench/generate.ts';
import { generateGraph } from '../../bench/graphs.ts';
import { createRng } from '../../bench/prng.ts';

describe('createRng', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const seq = (seed: number) => Array.from({ length: 5 }, createRng(seed).next);
    expect(seq(7)).toEqual(seq(7));
    expect(seq(7)).not.toEqual(seq(8));
    expect(seq(7).every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('generateArticles', () => {
  const articles = generateArticles(40, 3);

  it('is deterministic in the seed, and article i does not depend on the count', () => {
    expect(generateArticles(40, 3)).toEqual(articles);
    expect(generateArticle(3, 17)).toEqual(articles[17]);
    expect(generateArticles(5, 4).map((a) => a.text)).not.toEqual(articles.slice(0, 5).map((a) => a.text));
  });

  it('writes about 700 words per article, each with a title and a "date YYYY-MM-DD" line', () => {
    for (const a of articles) {
      expect(a.words).toBeGreaterThanOrEqual(650);
      expect(a.words).toBeLessThanOrEqual(800);
      const [title, date] = a.text.split('\n');
      expect(title!.length).toBeGreaterThan(10);
      expect(date).toMatch(/^date \d{4}-\d{2}-\d{2}$/);
    }
    expect(new Set(articles.map((a) => a.file)).size).toBe(articles.length);
  });

  it('varies its sentences: quotes, denials, many reporting verbs and distinct texts', () => {
    const all = articles.map((a) => a.text).join('\n');
    expect(all).toMatch(/"[^"]+," [A-Z]/);
    expect(all).toMatch(/ denied that /);
    const verbs = new Set([...all.matchAll(/ (said|claimed|warned|insisted|alleged|confirmed|acknowledged|stressed) that /g)].map((m) => m[1]));
    expect(verbs.size).toBeGreaterThanOrEqual(5);
    expect(new Set(articles.map((a) => a.text)).size).toBe(articles.length);
  });

  it('reports events of every type of the taxonomy across the corpus', () => {
    const all = articles.map((a) => a.text).join('\n');
    for (const cue of [/ visited | travelled to /, / met | held talks /, / appealed to | called for /, / proposed | offered to /, / signed | agreed to /,
      / rejected the proposal | turned down /, / demanded /, / threatened /, / ordered /, / shelled | struck /, / captured | seized /,
      / advanced | pushed forward /, / withdrew | pulled /, / intercepted | shot down /, / deployed | sent additional troops /, / aid /]) {
      expect(all).toMatch(cue);
    }
  });
});

describe('generateGraph', () => {
  it('has n nodes with model attributes and 2–3 edges per added node, loadable by graphology', () => {
    const json = generateGraph(500, 9);
    expect(json.nodes).toHaveLength(500);
    expect(json.edges.length).toBeGreaterThanOrEqual(2 * 497);
    expect(json.edges.length).toBeLessThanOrEqual(3 * 500);
    const graph = Graph.from(json as never);
    expect(graph.order).toBe(500);
    for (const { attributes } of json.nodes) {
      expect(['Article', 'Actor', 'Place', 'Statement', 'Event']).toContain(attributes!.label);
      expect(Number.isFinite(attributes!.x)).toBe(true);
    }
    expect(generateGraph(500, 9)).toEqual(json);
  });
});
