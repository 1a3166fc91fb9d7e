// Timeline: a canvas histogram of events and statements over time, a drag brush for the date range,
// date inputs (keyboard), and playback that slides the window forward one bin at a time.
import { LABEL_COLORS } from '../style.ts';
import { advanceWindow, binTimeline, fromDay, toDay } from '../timeline.ts';
import type { Timeline } from '../timeline.ts';
import type { App } from './app.ts';
import { byId, el, setChildren } from './dom.ts';

const PLAY_MS = 900;

/** Mount the timeline; returns a function that re-bins it after the graph changes. */
export function mountTimeline(app: App): () => void {
  const root = byId('timeline');
  const canvas = el('canvas', { 'aria-hidden': 'true' });
  const from = el('input', { type: 'date', id: 'tl-from', 'aria-label': 'From date' });
  const to = el('input', { type: 'date', id: 'tl-to', 'aria-label': 'To date' });
  const play = el('button', { type: 'button', id: 'tl-play', 'aria-pressed': 'false', text: '▶ Play' });
  const clear = el('button', { type: 'button', id: 'tl-clear', text: 'All dates' });
  const info = el('span', { class: 'muted', id: 'tl-info' });
  setChildren(root, canvas, el('div', { class: 'row' }, el('label', { for: 'tl-from', text: 'From' }), from, el('label', { for: 'tl-to', text: 'to' }), to, play, clear, info));

  let tl: Timeline = { unit: 'day', bins: [], total: 0, earlier: 0, later: 0 };
  let timer: ReturnType<typeof setInterval> | null = null;
  let drag: { startBin: number } | null = null;

  const binAt = (clientX: number): number => {
    const rect = canvas.getBoundingClientRect();
    const i = Math.floor(((clientX - rect.left) / Math.max(rect.width, 1)) * tl.bins.length);
    return Math.max(0, Math.min(tl.bins.length - 1, i));
  };

  const draw = (): void => {
    const dpr = window.devicePixelRatio || 1;
    const w = canvas.clientWidth;
    const h = canvas.clientHeight;
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(h * dpr);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.scale(dpr, dpr);
    ctx.clearRect(0, 0, w, h);
    const n = tl.bins.length;
    if (n === 0) {
      ctx.fillStyle = '#888';
      ctx.font = '12px system-ui';
      ctx.fillText('No dated events or statements', 8, h / 2);
      return;
    }
    const { from: f, to: t } = app.store.state.filters;
    const max = Math.max(...tl.bins.map((b) => b.events + b.statements), 1);
    const bw = w / n;
    const base = h - 14;
    tl.bins.forEach((b, i) => {
      const inRange = (!f || b.end >= f) && (!t || b.start <= t);
      const x = i * bw;
      if ((f || t) && inRange) {
        ctx.fillStyle = '#e5eefc';
        ctx.fillRect(x, 0, bw, base);
      }
      const he = (b.events / max) * (base - 4);
      const hs = (b.statements / max) * (base - 4);
      ctx.globalAlpha = inRange ? 1 : 0.3;
      ctx.fillStyle = LABEL_COLORS.Event;
      ctx.fillRect(x + 1, base - he, Math.max(bw - 2, 1), he);
      ctx.fillStyle = LABEL_COLORS.Statement;
      ctx.fillRect(x + 1, base - he - hs, Math.max(bw - 2, 1), hs);
      ctx.globalAlpha = 1;
    });
    ctx.fillStyle = '#555';
    ctx.font = '10px system-ui';
    const first = tl.bins[0];
    const last = tl.bins[n - 1];
    if (first) ctx.fillText(first.start, 2, h - 2);
    if (last) ctx.fillText(last.end, Math.max(w - 62, 70), h - 2);
  };

  const sync = (): void => {
    const { from: f, to: t } = app.store.state.filters;
    if (document.activeElement !== from) from.value = f ?? '';
    if (document.activeElement !== to) to.value = t ?? '';
    const outliers = [tl.earlier ? `${tl.earlier} earlier in first bin` : '', tl.later ? `${tl.later} later in last bin` : ''].filter(Boolean).join(', ');
    info.textContent = tl.total ? `${tl.total} dated · by ${tl.unit}${outliers ? ` · ${outliers}` : ''}` : '';
    draw();
  };

  const stop = (): void => {
    if (timer) clearInterval(timer);
    timer = null;
    play.textContent = '▶ Play';
    play.setAttribute('aria-pressed', 'false');
  };

  const start = (): void => {
    const first = tl.bins[0];
    const last = tl.bins[tl.bins.length - 1];
    if (!first || !last) return;
    const f = app.store.state.filters;
    // Start from the current window, or a window of ~1/5 of the span at the beginning.
    const width = f.from && f.to ? toDay(f.to) - toDay(f.from) : Math.max(0, Math.round((toDay(last.end) - toDay(first.start)) / 5));
    let win: [string, string] = f.from && f.to && f.to < last.end ? [f.from, f.to] : [first.start, fromDay(toDay(first.start) + width)];
    app.store.updateFilters({ from: win[0], to: win[1] });
    const step = tl.unit === 'day' ? 1 : tl.unit === 'week' ? 7 : 30;
    timer = setInterval(() => {
      const next = advanceWindow(win[0], win[1], step, last.end);
      if (!next) return stop();
      win = next;
      app.store.updateFilters({ from: win[0], to: win[1] });
    }, PLAY_MS);
    play.textContent = '⏸ Pause';
    play.setAttribute('aria-pressed', 'true');
  };

  canvas.addEventListener('pointerdown', (ev) => {
    if (!tl.bins.length) return;
    canvas.setPointerCapture(ev.pointerId);
    drag = { startBin: binAt(ev.clientX) };
    const b = tl.bins[drag.startBin];
    if (b) app.store.updateFilters({ from: b.start, to: b.end });
  });
  canvas.addEventListener('pointermove', (ev) => {
    if (!drag) return;
    const i = binAt(ev.clientX);
    const a = tl.bins[Math.min(i, drag.startBin)];
    const b = tl.bins[Math.max(i, drag.startBin)];
    if (a && b && (a.start !== app.store.state.filters.from || b.end !== app.store.state.filters.to)) app.store.updateFilters({ from: a.start, to: b.end });
  });
  canvas.addEventListener('pointerup', () => (drag = null));
  from.addEventListener('change', () => app.store.updateFilters({ from: from.value || null }));
  to.addEventListener('change', () => app.store.updateFilters({ to: to.value || null }));
  play.addEventListener('click', () => (timer ? stop() : start()));
  clear.addEventListener('click', () => {
    stop();
    app.store.updateFilters({ from: null, to: null });
  });
  app.store.subscribe((s, prev) => {
    if (s.filters.from !== prev.filters.from || s.filters.to !== prev.filters.to) sync();
  });
  new ResizeObserver(() => draw()).observe(canvas);

  return () => {
    tl = binTimeline(app.graph.mapNodes((_k, a) => ({ label: a.label, date: a.date })));
    sync();
  };
}
