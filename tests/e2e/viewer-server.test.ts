// E2E against `newsgraph serve` on the ingested sample articles (plus one invented hostile article),
// in Debian's Chromium at small viewports: drawing, search -> statement in its article, filters and
// dates, contested pair, Cypher read and refused write, export, URL restore, inert article markup.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiGraph } from '../../src/model/api.ts';
import { freshDb } from '../helpers/db.ts';
import { countDrawnPixels, launchBrowser } from './helpers/browser.ts';
import type { BrowserSession } from './helpers/browser.ts';
import { REPO, buildViewer } from './helpers/build.ts';
import { ingest, serve } from './helpers/newsgraph.ts';
import type { Served } from './helpers/newsgraph.ts';

const SEEDS = [resolve(REPO, '../shared/seeds'), resolve(REPO, 'samples/kursk-2025-03')].find((p) => existsSync(p)) ?? '';

// Invented article whose text carries markup payloads: they must show as text and never run.
const HOSTILE = `Harbour talks stall in Veldmark

Harbour minister Ilsa Dorn said on Monday, 3 March 2031, that the talks had stalled <script>window.__pwned = 1</script> after a night of shelling.
The Veldmark port authority denied that any ship was damaged <img src=x onerror="window.__pwned = 2"> and said the harbour stays open.
`;

let server: Served;
let browser: BrowserSession;
let tmp: string;

// Chromium logs every non-2xx fetch as a console error; the refused Cypher write is one on purpose.
const realErrors = (): string[] => browser.errors.filter((e) => !/Failed to load resource: the server responded with a status of 4\d\d/.test(e));

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`${server.url}/${query}`);
  await page.waitForFunction(() => window.__newsgraph?.ready === true, null, { timeout: 30_000 });
}

const visibleCount = (page: Page): Promise<number> => page.evaluate(() => window.__newsgraph?.visibleCount() ?? -1);

beforeAll(async () => {
  buildViewer();
  const db = await freshDb();
  await db.close();
  tmp = mkdtempSync(join(tmpdir(), 'newsgraph-e2e-'));
  const hostile = join(tmp, 'hostile-markup.txt');
  writeFileSync(hostile, HOSTILE);
  const neo4j = inject('neo4j');
  await ingest(neo4j, [SEEDS, hostile]);
  server = await serve(neo4j);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('viewer against newsgraph serve', () => {
  it('draws the served graph; search leads to a statement highlighted in its article (800x600)', async () => {
    const api = (await (await fetch(`${server.url}/api/graph`)).json()) as ApiGraph;
    expect(api.nodes.length).toBeGreaterThan(10);
    const page = await browser.newPage(800, 600);
    await open(page);
    expect(await page.evaluate(() => window.__newsgraph?.serverMode)).toBe(true);
    const total = await page.evaluate(() => window.__newsgraph?.order() ?? 0);
    expect(total).toBe(api.nodes.length);
    await page.waitForTimeout(500);
    expect(await countDrawnPixels(page)).toBeGreaterThan(2000);

    // Search for a statement by the start of its text, select it with the keyboard.
    const statement = await page.evaluate(() => (window.__newsgraph?.nodes('Statement') ?? []).map((n) => String(n.name)).find((n) => n.length > 25));
    expect(statement).toBeTruthy();
    const query = (statement ?? '').slice(0, 24);
    await page.fill('#search', query);
    await page.waitForSelector('#suggestions li[role="option"][data-key]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (window.__newsgraph?.state() as { selected: string | null }).selected)).not.toBeNull();
    expect(await page.locator('#pane-details .badge').first().textContent()).toBe('Statement');
    const mark = page.locator('#pane-details .article-text mark.focus').first();
    await mark.waitFor({ timeout: 15_000 });
    const marked = (await mark.textContent()) ?? '';
    const article = (await page.locator('#pane-details .article-text').first().textContent()) ?? '';
    expect(marked.length).toBeGreaterThan(5);
    expect(article.length).toBeGreaterThan(marked.length);
    expect(article).toContain(marked);
    expect(await page.textContent('#pane-details .source-line')).toMatch(/\d{4}-\d{2}-\d{2}|unknown outlet|\w/);
    expect(realErrors()).toEqual([]);
    await page.close();
  });

  it('filters by label and date, lists the encirclement dispute, runs Cypher (390x844)', async () => {
    const page = await browser.newPage(390, 844);
    await open(page);
    const total = await visibleCount(page);
    await page.click('#toggle-sidebar');
    await page.uncheck('#f-label-Statement');
    const withoutStatements = await visibleCount(page);
    expect(withoutStatements).toBeLessThan(total);
    await page.check('#f-label-Statement');
    await page.keyboard.press('Escape');

    const dates = (await page.evaluate(() => (window.__newsgraph?.nodes() ?? []).map((n) => n.date).filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d)).sort())) as string[];
    expect(dates.length).toBeGreaterThan(2);
    const first = dates[0] ?? '';
    await page.fill('#tl-from', first);
    await page.fill('#tl-to', first);
    await page.locator('#tl-to').dispatchEvent('change');
    await page.locator('#tl-from').dispatchEvent('change');
    const narrowed = await visibleCount(page);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(total);
    await page.click('#tl-clear');

    await page.click('#tab-contested');
    const pairs = page.locator('#pane-contested li.pair');
    expect(await pairs.count()).toBeGreaterThan(0);
    expect(await page.textContent('#pane-contested')).toMatch(/encircl/i);

    await page.click('#tab-cypher');
    await page.waitForSelector('#cypher-editor .cm-content');
    await page.click('#cypher-editor .cm-content');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('MATCH (a:Actor) RETURN a.name AS name, a LIMIT 5');
    await page.click('#cypher-run');
    await page.waitForSelector('#cypher-table tbody tr');
    expect(await page.locator('#cypher-table tbody tr').count()).toBeGreaterThan(0);
    await expect.poll(() => visibleCount(page)).toBeLessThanOrEqual(5);
    // The query is part of the URL: a reload runs it again.
    await page.waitForTimeout(300);
    await page.reload();
    await page.waitForFunction(() => window.__newsgraph?.ready === true, null, { timeout: 30_000 });
    await page.click('#tab-cypher');
    await page.waitForSelector('#cypher-table tbody tr');
    expect(await page.textContent('#cypher-editor .cm-content')).toContain('MATCH (a:Actor) RETURN a.name AS name, a LIMIT 5');
    expect(await visibleCount(page)).toBeLessThanOrEqual(5);
    const before = (await (await fetch(`${server.url}/api/graph?limit=1`)).json()) as ApiGraph;

    await page.click('#cypher-editor .cm-content');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('CREATE (x:Actor {id: "intruder", name: "Intruder"}) RETURN x');
    await page.keyboard.press('Control+Enter');
    const error = await page.waitForSelector('#cypher-error');
    expect((await error.textContent())?.length).toBeGreaterThan(5);
    const after = (await (await fetch(`${server.url}/api/graph?limit=1`)).json()) as ApiGraph;
    expect(after.attributes.total).toBe(before.attributes.total);
    expect(realErrors()).toEqual([]);
    await page.close();
  });

  it('exports the view, restores the URL state and keeps hostile article text inert', async () => {
    const page = await browser.newPage(800, 600);
    await open(page, '?labels=Actor,Statement,Article&minDegree=1');
    const visible = await visibleCount(page);
    await page.selectOption('#export-format', 'graphml');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-btn')]);
    const xml = readFileSync((await download.path()) ?? '', 'utf8');
    const parsed = await page.evaluate((x) => {
      const doc = new DOMParser().parseFromString(x, 'application/xml');
      return { errors: doc.getElementsByTagName('parsererror').length, nodes: doc.getElementsByTagName('node').length };
    }, xml);
    expect(parsed).toEqual({ errors: 0, nodes: visible });

    // Select the hostile article: its text shows the markup literally and nothing ran.
    const hostile = await page.evaluate(() => (window.__newsgraph?.nodes('Article') ?? []).find((a) => /Harbour talks/.test(String(a.name)) || /hostile/.test(String(a.file)))?.key as string | undefined);
    expect(hostile).toBeTruthy();
    await page.goto(`${server.url}/?sel=${encodeURIComponent(hostile ?? '')}&labels=Actor,Statement,Article`);
    await page.waitForFunction(() => window.__newsgraph?.ready === true);
    const text = await page.locator('#article-full-text').textContent({ timeout: 15_000 });
    expect(text).toMatch(/talks had stalled/);
    expect(text).toMatch(/<script>|onerror/);
    expect(await page.locator('#pane-details script, #pane-details img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // Reload: filters and selection come back from the URL.
    await page.reload();
    await page.waitForFunction(() => window.__newsgraph?.ready === true);
    const state = (await page.evaluate(() => window.__newsgraph?.state())) as { selected: string; filters: { labels: string[] } };
    expect(state.selected).toBe(hostile);
    expect([...state.filters.labels].sort()).toEqual(['Actor', 'Article', 'Statement']);
    expect(await page.textContent('#details-title')).toMatch(/Harbour talks|hostile/i);
    expect(realErrors()).toEqual([]);
    await page.close();
  });
});
