// Viewer speed in headless Chromium: time to first render and time per frame for generated graphs,
// the project's viewer (static mode, ?graph=) against a bare sigma page on the same JSON, drawn on a
// canvas of the same size (the baseline's container is sized to the viewer's graph area).
// Both pages are measured the same way from outside: an init script notes the first animation frame
// after the page's `first-render` user-timing mark (set right after sigma has drawn the loaded graph),
// and a camera zoom animation is timed frame by frame.
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
  /** Viewer only: until its panels (filters, search, timeline, legend, table) are filled too (debug hook `ready`). */
  readyMs: number;
  /** Labels drawn on sigma's label canvas up to first render (a check that both pages show labels). */
  labels: number;
  baselineLabels: number;
  /** Size of the graph canvas both pages draw on (CSS px). */
  canvas: { width: number; height: number };
}

/**
 * Injected before the page's scripts (init scripts are exempt from the pages' CSP). "First render" is
 * the end of the first frame after the page's `first-render` mark: sigma issues its draw calls
 * synchronously when created, and that frame rasterises them and puts the graph on screen. Any work the
 * page does in the same task delays that frame and is counted; work it schedules after that frame is
 * not. A page without the mark (a viewer built before it had one) is taken at its ready flag instead.
 * Also: `bench:ready`, the end of the first frame after the page's ready flag; the number of labels
 * sigma drew up to first render (fillText on its label canvas); `__benchFrames(n)`, the intervals
 * between `n` frames while the camera zooms in and out (sigma's wheel zoom, an event every 10 frames).
 * A string, not a function: tsx would inject its helpers into a serialised function.
 */
const PAGE_PROBES = `(() => {
  const isReady = () => !!((window.__newsgraph && window.__newsgraph.ready) || (window.__baseline && window.__baseline.ready));
  const marked = (name) => performance.getEntriesByName(name).length > 0;
  let labels = 0;
  const fillText = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (...args) {
    if (!marked('bench:first-render') && this.canvas.classList.contains('sigma-labels')) labels++;
    return fillText.apply(this, args);
  };
  // In a frame's animation callbacks the frame is not drawn yet (software WebGL rasterises at its
  // commit): a timeout set there runs once that frame is done, before timeouts the page sets later.
  const seen = new Set();
  const markAfterFrame = (name) => {
    seen.add(name);
    setTimeout(() => performance.mark(name), 0);
  };
  const poll = () => {
    if (!seen.has('bench:first-render') && (marked('first-render') || isReady())) markAfterFrame('bench:first-render');
    if (!seen.has('bench:ready') && isReady()) markAfterFrame('bench:ready');
    if (!seen.has('bench:ready')) requestAnimationFrame(poll);
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
  window.__benchFirst = () => {
    const box = document.getElementById('graph').getBoundingClientRect();
    return {
      ms: performance.getEntriesByName('bench:first-render')[0].startTime,
      readyMs: performance.getEntriesByName('bench:ready')[0].startTime,
      order: window.__newsgraph ? window.__newsgraph.order() : (window.__baseline ? window.__baseline.order : 0),
      labels,
      width: Math.round(box.width),
      height: Math.round(box.height),
    };
  };
})();`;

interface FirstRender {
  ms: number;
  readyMs: number;
  order: number;
  labels: number;
  width: number;
  height: number;
}

type ProbedWindow = { __benchFrames(n: number): Promise<number[]>; __benchFirst(): FirstRender };

/** Builds the baseline page with vite into a temp folder. */
async function buildBaseline(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'newsgraph-baseline-'));
  await build({ configFile: false, root: resolve(REPO, 'bench/baseline-sigma'), base: './', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  return outDir;
}

/** Times since navigation start of first render and ready (ms), the graph's order, labels drawn, canvas size. */
async function firstRender(page: Page, url: string, timeoutMs: number): Promise<FirstRender> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('bench:ready').length > 0, undefined, { timeout: timeoutMs });
  return page.evaluate(() => (window as unknown as ProbedWindow).__benchFirst());
}

async function frameIntervals(page: Page, frames: number): Promise<number[]> {
  return page.evaluate((n) => (window as unknown as ProbedWindow).__benchFrames(n), frames);
}

/**
 * Measures both pages on generated graphs of each size; `runs` page loads per page and size (median kept).
 * `dist` measures another build of the viewer (e.g. an older commit's) instead of building the current one.
 */
export async function benchViewer(sizes: number[], log: Log, runs = 2, frames = 60, dist = buildViewer()): Promise<ViewerFigures[]> {
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
    // The viewer's load also gives the size of its graph area, which the baseline's canvas then gets:
    // a software-rendered (SwiftShader) canvas costs in proportion to its pixels.
    const warm = await browser.newPage(1280, 800);
    const canvas = await firstRender(warm, `${server.url}/?graph=/graphs/g${sizes[0]}.json`, 120_000);
    await warm.close();
    const sized = `width=${canvas.width}&height=${canvas.height}`;
    const warmBaseline = await browser.newPage(1280, 800);
    await firstRender(warmBaseline, `${server.url}/baseline/?graph=/graphs/g${sizes[0]}.json&${sized}`, 120_000);
    await warmBaseline.close();
    for (const n of sizes) {
      const pages = { viewer: `${server.url}/?graph=/graphs/g${n}.json`, baseline: `${server.url}/baseline/?graph=/graphs/g${n}.json&${sized}` };
      const loads: Record<keyof typeof pages, FirstRender[]> = { viewer: [], baseline: [] };
      const intervals: Record<keyof typeof pages, number[]> = { viewer: [], baseline: [] };
      for (let run = 0; run < runs; run++) {
        // Alternate the order so neither page always runs on a warmer browser.
        const order = run % 2 === 0 ? (['baseline', 'viewer'] as const) : (['viewer', 'baseline'] as const);
        for (const kind of order) {
          const page = await browser.newPage(1280, 800);
          const r = await firstRender(page, pages[kind], 120_000);
          if (r.order !== n) throw new Error(`benchViewer: ${kind} page shows ${r.order} nodes, expected ${n}`);
          if (r.width !== canvas.width || r.height !== canvas.height) throw new Error(`benchViewer: ${kind} page draws on ${r.width}×${r.height}, expected ${canvas.width}×${canvas.height}`);
          loads[kind].push(r);
          intervals[kind].push(...(await frameIntervals(page, frames)));
          await page.close();
        }
      }
      if (browser.errors.length > 0) log(`viewer: page errors: ${browser.errors.slice(0, 3).join(' | ')}`);
      const med = (kind: keyof typeof pages, pick: (r: FirstRender) => number): number => median(loads[kind].map(pick));
      const f: ViewerFigures = {
        nodes: n,
        edges: graphs.get(n)!.edges,
        firstRenderMs: Math.round(med('viewer', (r) => r.ms)),
        baselineFirstRenderMs: Math.round(med('baseline', (r) => r.ms)),
        firstRenderRatio: Math.round((med('viewer', (r) => r.ms) / med('baseline', (r) => r.ms)) * 100) / 100,
        frameMs: round1(mean(intervals.viewer)),
        baselineFrameMs: round1(mean(intervals.baseline)),
        frameP95Ms: round1(percentile(intervals.viewer, 95)),
        baselineFrameP95Ms: round1(percentile(intervals.baseline, 95)),
        readyMs: Math.round(med('viewer', (r) => r.readyMs)),
        labels: Math.round(med('viewer', (r) => r.labels)),
        baselineLabels: Math.round(med('baseline', (r) => r.labels)),
        canvas: { width: canvas.width, height: canvas.height },
      };
      log(
        `viewer ${n} nodes: first render ${f.firstRenderMs} ms vs bare sigma ${f.baselineFirstRenderMs} ms (×${f.firstRenderRatio}), panels filled at ${f.readyMs} ms; ` +
          `frame ${f.frameMs} ms vs ${f.baselineFrameMs} ms; ${f.labels} vs ${f.baselineLabels} labels on ${canvas.width}×${canvas.height}`,
      );
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
