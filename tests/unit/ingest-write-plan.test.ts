// planWrites: each article's batch holds the article and everything it needs; links come after.
import { describe, expect, it } from 'vitest';
import type { WriteBatch } from '../../src/db/write.ts';
import { planWrites } from '../../src/ingest/write/plan.ts';
import { batchRows, groupArticles, mergeBatches } from '../../src/ingest/write/group.ts';
import { extractionAll } from '../fixtures/extraction-all.ts';

const nodeIds = (b: WriteBatch, label: string) => b.nodes.find((n) => n.label === label)?.rows.map((r) => r.id) ?? [];
const relKeys = (b: WriteBatch, type: string) => b.rels.filter((g) => g.type === type).flatMap((g) => g.rows.map((r) => `${r.from}>${r.to}`));

describe('planWrites', () => {
  const plan = planWrites(extractionAll());
  const [one, two] = plan.articles;

  it('makes one batch per article, in order, nodes before relationships', () => {
    expect(plan.articles.map((a) => a.file)).toEqual(['fx1.txt', 'fx2.txt']);
    expect(one!.batch.nodes.map((n) => n.label)).toEqual(['Article', 'Actor', 'Place', 'Event', 'Statement']);
  });

  it('puts into an article batch every node its edges need, and only its own statements', () => {
    expect(nodeIds(one!.batch, 'Statement')).toEqual(['stmt:1']);
    expect(nodeIds(two!.batch, 'Statement')).toEqual(['stmt:2', 'stmt:3']);
    expect(nodeIds(one!.batch, 'Event')).toEqual(['event:kessel-capture']);
    for (const a of plan.articles) {
      const present = new Set(a.batch.nodes.flatMap((n) => n.rows.map((r) => r.id)));
      for (const g of a.batch.rels) for (const r of g.rows) expect(present.has(r.from) && present.has(r.to), `${g.type} ${r.from}>${r.to}`).toBe(true);
    }
  });

  it('writes an Actor+Place id with both labels and the event once per reporting article', () => {
    expect(nodeIds(one!.batch, 'Actor')).toContain('country:veloria');
    expect(relKeys(one!.batch, 'REPORTS')).toContain('article:fx1>event:kessel-capture');
    expect(relKeys(two!.batch, 'REPORTS')).toContain('article:fx2>event:kessel-capture');
  });

  it('leaves cross-article edges to the links batch', () => {
    for (const a of plan.articles) for (const t of ['CONTRADICTS', 'SUPPORTS', 'PART_OF', 'MEMBER_OF']) expect(relKeys(a.batch, t)).toEqual([]);
    expect(relKeys(plan.links, 'CONTRADICTS')).toEqual(['stmt:2>stmt:1']);
    expect(relKeys(plan.links, 'PART_OF').sort()).toEqual(['place:kessel>place:tarn-valley', 'place:tarn-valley>country:veloria']);
    expect(nodeIds(plan.links, 'Statement')).toEqual([]);
  });

  it('never puts a null into a property row', () => {
    const all = [...plan.articles.map((a) => a.batch), plan.links];
    for (const b of all) for (const n of b.nodes) for (const r of n.rows) for (const v of Object.values(r.props)) expect(v).not.toBeNull();
  });
});

describe('planWrites with contradictions inside one article', () => {
  it('writes withinArticleContradictions as CONTRADICTS links too', () => {
    const ex = extractionAll();
    ex.withinArticleContradictions = [{ a: 'stmt:3', b: 'stmt:2', reason: 'one affirms what the other denies' }];
    const plan = planWrites(ex);
    expect(relKeys(plan.links, 'CONTRADICTS').sort()).toEqual(['stmt:2>stmt:1', 'stmt:3>stmt:2']);
  });
});

describe('groupArticles / mergeBatches', () => {
  const plan = planWrites(extractionAll());

  it('groups consecutive articles within the article and row limits', () => {
    expect(groupArticles(plan.articles).map((g) => g.map((a) => a.file))).toEqual([['fx1.txt', 'fx2.txt']]);
    expect(groupArticles(plan.articles, { articles: 1, rows: 5000 }).map((g) => g.length)).toEqual([1, 1]);
    // A row limit below one article's rows still gives that article its own group.
    expect(groupArticles(plan.articles, { articles: 50, rows: 1 }).map((g) => g.length)).toEqual([1, 1]);
  });

  it('merges rows per label and type, each node and edge once, nodes sorted by id', () => {
    const merged = mergeBatches(plan.articles.map((a) => a.batch));
    expect(merged.nodes.map((n) => n.label)).toEqual(['Article', 'Actor', 'Place', 'Event', 'Statement']);
    for (const label of ['Article', 'Actor', 'Place', 'Event', 'Statement']) {
      const each = new Set(plan.articles.flatMap((a) => nodeIds(a.batch, label)));
      const ids = nodeIds(merged, label);
      expect(ids).toEqual([...each].sort());
    }
    for (const type of ['MENTIONS', 'REPORTS', 'PARTICIPATED_IN', 'ABOUT']) {
      const each = new Set(plan.articles.flatMap((a) => relKeys(a.batch, type)));
      expect(new Set(relKeys(merged, type)).size).toBe(each.size);
    }
    expect(batchRows(merged)).toBeLessThan(plan.articles.reduce((n, a) => n + batchRows(a.batch), 0));
  });
});
