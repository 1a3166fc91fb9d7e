// Viewer speed in headless Chromium: time to first render and time per frame for generated graphs,
// the project's viewer (static mode, ?graph=) against a bare sigma page on the same JSON.
// Both pages are measured the same way from outside (no change to the viewer): an init script marks
// the frame after the page says it is ready, and a camera zoom animation is timed frame by frame.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { buildViewer, REPO } from '../tests/e2e/helpers/build.ts';
import { launchBrowser } from '../tests/e2e/helpers/browser.ts';
import { startStaticServer } from '../tests/e2e/helpers/static-server.ts';
import { generateGraph } from './graphs.ts';
import { median, percentile, type Log } from './util.ts';

export interface ViewerFigures {
  nodes: number;
  edges: number;
  firstRenderMs: number;
  baselineFirstRenderMs: number;
  /** firstRenderMs / baselineFirstRenderMs (target ≤ 1.5). */
  firstRenderRatio: number;
  frameMs: number;
  baselineFrameMs: number;
  frameP95Ms: number;
  baselineFrameP95Ms: number;
}

/**
 * Injected before the page's scripts (init scripts are exempt from the pages' CSP): marks the first
 * animation frame after the page says it is ready, and defines `__benchFrames(n)`, the intervals
 * between `n` frames while the camera zooms in and out (sigma's wheel zoom, an event every 10 frames).
 * A string, not a function: tsx would inject its helpers into a serialised function.
 */
const PAGE_PROBES = `(() => {
  const poll = () => {
    const ready = (window.__newsgraph && window.__newsgraph.ready) || (window.__baseline && window.__baseline.ready);
    if (ready) requestAnimationFrame(() => performance.mark('bench:first-render'));
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  window.__benchFrames = (n) => new Promise((done, fail) => {
    const target = document.querySelector('.sigma-mouse') || document.querySelector('canvas');
    if (!target) return fail(new Error('no sigma canvas'));
    const box = target.getBoundingClientRect();
    const times = [];
    const tick = (t) => {
      if (times.length % 10 === 0) {
        const deltaY = (times.length / 10) % 2 === 0 ? -120 : 120;
        target.dispatchEvent(new WheelEvent('wheel', { deltaY, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, bubbles: true, cancelable: true }));
      }
      times.push(t);
      if (times.length > n) done(times.slice(1).map((x, i) => x - times[i]));
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  window.__benchFirst = () => ({
    ms: performance.getEntriesByName('bench:first-render')[0].startTime,
    order: window.__newsgraph ? window.__newsgraph.order() : (window.__baseline ? window.__baseline.order : 0),
  });
})();`;

type ProbedWindow = { __benchFrames(n: number): Promise<number[]>; __benchFirst(): { ms: number; order: number } };

/** Builds the baseline page with vite into a temp folder. */
async function buildBaseline(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'newsgraph-baseline-'));
  await build({ configFile: false, root: resolve(REPO, 'bench/baseline-sigma'), base: './', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  return outDir;
}

/** Time from navigation start to the frame after the page is ready (ms), and the graph's order. */
async function firstRender(page: Page, url: string, timeoutMs: number): Promise<{ ms: number; order: number }> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('bench:first-render').length > 0, undefined, { timeout: timeoutMs });
  return page.evaluate(() => (window as unknown as ProbedWindow).__benchFirst());
}

async function frameIntervals(page: Page, frames: number): Promise<number[]> {
  return page.evaluate((n) => (window as unknown as ProbedWindow).__benchFrames(n), frames);
}

/** Measures both pages on generated graphs of each size; `runs` page loads per page and size (median kept). */
export async function benchViewer(sizes: number[], log: Log, runs = 2, frames = 60): Promise<ViewerFigures[]> {
  const dist = buildViewer();
  const baseline = await buildBaseline();
  const graphsDir = await mkdtemp(join(tmpdir(), 'newsgraph-graphs-'));
  const graphs = new Map<number, { nodes: number; edges: number }>();
  for (const n of sizes) {
    const g = generateGraph(n, n);
    await writeFile(join(graphsDir, `g${n}.json`), JSON.stringify(g));
    graphs.set(n, { nodes: g.nodes.length, edges: g.edges.length });
  }
  const server = await startStaticServer({ '/baseline/': baseline, '/graphs/': graphsDir, '/': dist });
  const browser = await launchBrowser();
  await browser.context.addInitScript(PAGE_PROBES);
  const out: ViewerFigures[] = [];
  try {
    // One untimed load of each page first: the first page of a fresh browser pays its start-up
    // (compositor, shader compilation, HTTP cache), which would favour whichever page comes second.
    for (const url of [`${server.url}/baseline/?graph=/graphs/g${sizes[0]}.json`, `${server.url}/?graph=/graphs/g${sizes[0]}.json`]) {
      const page = await browser.newPage(1280, 800);
      await firstRender(page, url, 120_000);
      await page.close();
    }
    for (const n of sizes) {
      const pages = { viewer: `${server.url}/?graph=/graphs/g${n}.json`, baseline: `${server.url}/baseline/?graph=/graphs/g${n}.json` };
      const first: Record<keyof typeof pages, number[]> = { viewer: [], baseline: [] };
      const intervals: Record<keyof typeof pages, number[]> = { viewer: [], baseline: [] };
      for (let run = 0; run < runs; run++) {
        // Alternate the order so neither page always runs on a warmer browser.
        const order = run % 2 === 0 ? (['baseline', 'viewer'] as const) : (['viewer', 'baseline'] as const);
        for (const kind of order) {
          const page = await browser.newPage(1280, 800);
          const r = await firstRender(page, pages[kind], 120_000);
          if (r.order !== n) throw new Error(`benchViewer: ${kind} page shows ${r.order} nodes, expected ${n}`);
          first[kind].push(r.ms);
          intervals[kind].push(...(await frameIntervals(page, frames)));
          await page.close();
        }
      }
      if (browser.errors.length > 0) log(`viewer: page errors: ${browser.errors.slice(0, 3).join(' | ')}`);
      const f: ViewerFigures = {
        nodes: n,
        edges: graphs.get(n)!.edges,
        firstRenderMs: Math.round(median(first.viewer)),
        baselineFirstRenderMs: Math.round(median(first.baseline)),
        firstRenderRatio: Math.round((median(first.viewer) / median(first.baseline)) * 100) / 100,
        frameMs: round1(mean(intervals.viewer)),
        baselineFrameMs: round1(mean(intervals.baseline)),
        frameP95Ms: round1(percentile(intervals.viewer, 95)),
        baselineFrameP95Ms: round1(percentile(intervals.baseline, 95)),
      };
      log(`viewer ${n} nodes: first render ${f.firstRenderMs} ms vs bare sigma ${f.baselineFirstRenderMs} ms (×${f.firstRenderRatio}); frame ${f.frameMs} ms vs ${f.baselineFrameMs} ms`);
      out.push(f);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
