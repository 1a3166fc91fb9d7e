// E2E, static mode: the built viewer opens a fixture snapshot (?graph=) in Debian's Chromium under a
// strict CSP, at small viewports; drawing, search, details, filters, timeline, contested, table,
// keyboard, export, URL restore and inert hostile text are checked.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, countDrawnPixels } from './helpers/browser.ts';
import type { BrowserSession } from './helpers/browser.ts';
import { REPO, buildViewer } from './helpers/build.ts';
import { startStaticServer } from './helpers/static-server.ts';
import type { StaticServer } from './helpers/static-server.ts';

let server: StaticServer;
let browser: BrowserSession;

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`${server.url}/${query}`);
  await page.waitForFunction(() => window.__newsgraph?.ready === true, null, { timeout: 20_000 });
}

const visibleCount = (page: Page): Promise<number> => page.evaluate(() => window.__newsgraph?.visibleCount() ?? -1);

beforeAll(async () => {
  const dist = buildViewer();
  server = await startStaticServer({ '/fixtures/': resolve(REPO, 'tests/fixtures/graphs'), '/': dist });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('viewer in static mode', () => {
  it('draws the snapshot and reacts to filters, search and the keyboard (800x600)', async () => {
    const page = await browser.newPage(800, 600);
    await open(page, '?graph=fixtures/small.json');
    const total = await page.evaluate(() => window.__newsgraph?.order() ?? 0);
    expect(total).toBe(15);
    expect(await visibleCount(page)).toBe(total);
    await page.waitForTimeout(300);
    expect(await countDrawnPixels(page)).toBeGreaterThan(2000);

    // ForceAtlas2 runs in the worker, moves nodes and stops on its own.
    const before = await page.evaluate(() => window.__newsgraph?.nodeScreenPosition('act-lone'));
    const runs = await page.evaluate(() => window.__newsgraph?.layoutRuns() ?? 0);
    await page.click('#layout-btn');
    expect(await page.evaluate(() => window.__newsgraph?.layoutRuns())).toBe(runs + 1);
    await expect.poll(() => page.evaluate(() => window.__newsgraph?.layoutRunning()), { timeout: 9000 }).toBe(false);
    expect(await page.evaluate(() => window.__newsgraph?.nodeScreenPosition('act-lone'))).not.toEqual(before);
    expect(await page.textContent('#status')).toMatch(/Layout stopped \((converged|timeout)\)/);

    // A label filter changes what is shown (sidebar is a drawer at this width).
    await page.click('#toggle-sidebar');
    await page.uncheck('#f-label-Statement');
    expect(await visibleCount(page)).toBe(total - 3);
    await page.check('#f-label-Statement');
    expect(await visibleCount(page)).toBe(total);
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#sidebar')).toBe(true);

    // The date range narrows the view; the timeline histogram is drawn.
    await page.fill('#tl-from', '2031-04-12');
    await page.fill('#tl-to', '2031-04-12');
    await page.locator('#tl-to').dispatchEvent('change');
    await page.locator('#tl-from').dispatchEvent('change');
    const narrowed = await visibleCount(page);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(total);
    await page.click('#tl-clear');
    expect(await visibleCount(page)).toBe(total);

    // Brushing the histogram sets the range.
    const box = await page.locator('#timeline canvas').boundingBox();
    if (!box) throw new Error('timeline canvas not laid out');
    await page.mouse.move(box.x + box.width * 0.02, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    expect(await page.inputValue('#tl-from')).toBe('2031-04-01');
    expect(await page.inputValue('#tl-to')).toBe('2031-04-04');
    expect(await visibleCount(page)).toBeLessThan(total);
    await page.click('#tl-clear');

    // Playback slides a window forward: the range moves on by itself.
    await page.click('#tl-play');
    const firstFrom = await page.inputValue('#tl-from');
    expect(firstFrom).toBe('2031-04-01');
    await expect.poll(() => page.inputValue('#tl-from'), { timeout: 5000 }).not.toBe(firstFrom);
    expect(await visibleCount(page)).toBeLessThan(total);
    await page.click('#tl-play');
    await page.click('#tl-clear');

    // Search by alias with the keyboard: ArrowDown + Enter selects and opens details.
    await page.keyboard.press('/');
    await page.keyboard.type('general gre');
    await page.waitForSelector('#suggestions li[role="option"]');
    expect(await page.textContent('#suggestions')).toContain('Tovan Grell');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('#details-title')).toBe('Tovan Grell');
    const details = await page.textContent('#pane-details');
    expect(details).toContain('the troops are encircled');
    expect(details).toContain('Contradictions (1)');

    // A statement shows its sentence from the article, hostile markup rendered as text.
    await page.click('#pane-details button.linklike[data-node="st-2"]');
    await expect.poll(() => page.textContent('#details-title')).toBe('the troops are encircled');
    const sentence = await page.locator('#pane-details blockquote.sentence mark').first().textContent();
    expect(sentence).toBe('the troops are encircled');
    expect(await page.textContent('#pane-details')).toContain('<script>window.__pwned=2</script>');
    expect(await page.locator('#pane-details script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // Contested only keeps the pair and their speakers.
    await page.click('#toggle-sidebar');
    await page.check('#f-contested');
    expect(await visibleCount(page)).toBe(4);
    await page.uncheck('#f-contested');

    // Table view lists exactly the visible nodes.
    await page.click('#tab-table');
    await expect.poll(() => page.getAttribute('#table-count', 'data-count')).toBe(String(total));
    expect(await page.locator('#node-table tbody tr').count()).toBe(total);
    expect(browser.errors).toEqual([]);
    await page.close();
  });

  it('lists contradictions, exports the view and restores state from the URL (390x844)', async () => {
    const page = await browser.newPage(390, 844);
    await open(page, '?graph=fixtures/small.json&panel=contested');
    const pairs = page.locator('#pane-contested li.pair');
    expect(await pairs.count()).toBe(1);
    const pairText = await pairs.first().textContent();
    expect(pairText).toContain('Ilsa Dorn');
    expect(pairText).toContain('Tovan Grell');
    expect(pairText).toContain('Coastal Wire');
    await page.click('#pair-0');
    await expect.poll(() => page.evaluate(() => (window.__newsgraph?.state() as { selected: string }).selected)).toBe('st-1');

    // Export the filtered view as graphology JSON: it parses and holds only the visible nodes.
    await page.selectOption('#export-format', 'json');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-btn')]);
    const data = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as { nodes: { key: string; attributes: Record<string, unknown> }[] };
    expect(data.nodes.length).toBe(await visibleCount(page));
    expect(data.nodes[0]?.attributes).toHaveProperty('color');
    expect(data.nodes[0]?.attributes).toHaveProperty('x');

    // GEXF export is valid XML that the browser parses.
    await page.selectOption('#export-format', 'gexf');
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-btn')]);
    const xml = readFileSync((await gexf.path()) ?? '', 'utf8');
    expect(xml).toContain('<gexf');
    expect(await page.evaluate((x) => new DOMParser().parseFromString(x, 'application/xml').getElementsByTagName('parsererror').length, xml)).toBe(0);

    // PNG export through @sigma/export-image: a real PNG file.
    await page.selectOption('#export-format', 'png');
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-btn')]);
    const bytes = readFileSync((await png.path()) ?? '');
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(1000);

    // URL state: filters, selection and camera survive a reload.
    await page.goto(`${server.url}/?graph=fixtures/small.json&labels=Actor,Statement&sel=act-dorn&cam=0.4,0.6,0.5&minDegree=1`);
    await page.waitForFunction(() => window.__newsgraph?.ready === true);
    await expect.poll(() => page.textContent('#details-title')).toBe('Ilsa Dorn');
    const restored = (await page.evaluate(() => window.__newsgraph?.state())) as { filters: { labels: string[] }; camera: { ratio: number } | null };
    expect(restored.filters.labels).toEqual(['Actor', 'Statement']);
    const counts = await page.evaluate(() => window.__newsgraph?.visibleNodes());
    expect(counts?.every((k) => k.startsWith('act-') || k.startsWith('st-'))).toBe(true);
    await page.reload();
    await page.waitForFunction(() => window.__newsgraph?.ready === true);
    await expect.poll(() => page.textContent('#details-title')).toBe('Ilsa Dorn');
    expect(page.url()).toContain('sel=act-dorn');
    expect(browser.errors).toEqual([]);
    await page.close();
  });

  it('opens a snapshot from the file picker when no server answers', async () => {
    const page = await browser.newPage(800, 600);
    await open(page, '');
    expect(await page.evaluate(() => window.__newsgraph?.serverMode)).toBe(false);
    expect(await page.evaluate(() => window.__newsgraph?.order())).toBe(0);
    expect(await page.textContent('#status')).toMatch(/static mode/i);
    await page.setInputFiles('#file-input', resolve(REPO, 'tests/fixtures/graphs/small.json'));
    await expect.poll(() => page.evaluate(() => window.__newsgraph?.order())).toBe(15);
    expect(await visibleCount(page)).toBe(15);
    await page.setInputFiles('#file-input', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"nodes": 3}') });
    await expect.poll(() => page.textContent('#status')).toMatch(/broken\.json: not a graphology serialized graph/);
    expect(await page.evaluate(() => window.__newsgraph?.order())).toBe(15);
    expect(await page.textContent('#pane-cypher')).toMatch(/need a newsgraph server/);
    expect(browser.errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    await page.close();
  });
});
