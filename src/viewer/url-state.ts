// Shareable state: ViewerState <-> URL query string. Pure; defaults are left out so URLs stay short.
import type { EventType, NodeLabel } from '../model/types.ts';
import { EVENT_TYPE_NAMES, NODE_LABELS } from '../model/types.ts';
import type { CameraView, Panel, ViewerState } from './state.ts';
import { defaultState } from './state.ts';

const PANELS: readonly Panel[] = ['details', 'contested', 'cypher', 'table'];
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function list(value: string | null): string[] {
  return value ? value.split(',').map(decodeURIComponent).filter(Boolean) : [];
}

function joinList(values: readonly string[]): string {
  return values.map(encodeURIComponent).join(',');
}

function round(n: number, digits: number): string {
  return String(Number(n.toFixed(digits)));
}

/** Encode the state as a query string (without '?'); fields equal to their default are omitted. */
export function encodeState(state: ViewerState): string {
  const d = defaultState();
  const f = state.filters;
  const p = new URLSearchParams();
  if (state.graph) p.set('graph', state.graph);
  if (f.labels.length !== NODE_LABELS.length) p.set('labels', joinList(f.labels.length ? f.labels : ['none']));
  if (f.kinds.length) p.set('kinds', joinList(f.kinds));
  if (f.types.length) p.set('types', joinList(f.types));
  if (f.sources.length) p.set('sources', joinList(f.sources));
  if (f.articles.length) p.set('articles', joinList(f.articles));
  if (f.minDegree > 0) p.set('minDegree', String(f.minDegree));
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.contested) p.set('contested', '1');
  if (f.focus) {
    p.set('focus', f.focus);
    p.set('depth', String(f.depth));
  }
  if (state.search) p.set('q', state.search);
  if (state.selected) p.set('sel', state.selected);
  if (state.camera) p.set('cam', [round(state.camera.x, 4), round(state.camera.y, 4), round(state.camera.ratio, 4)].join(','));
  if (state.query) p.set('cypher', state.query);
  if (state.sizeBy !== d.sizeBy) p.set('size', state.sizeBy);
  if (state.labelDensity !== d.labelDensity) p.set('density', round(state.labelDensity, 2));
  if (state.panel !== d.panel) p.set('panel', state.panel);
  return p.toString();
}

function parseCamera(value: string | null): CameraView | null {
  if (!value) return null;
  const parts = value.split(',').map(Number);
  const [x, y, ratio] = parts;
  if (parts.length !== 3 || x === undefined || y === undefined || ratio === undefined) return null;
  if (![x, y, ratio].every(Number.isFinite) || ratio <= 0) return null;
  return { x, y, ratio };
}

/** Decode a query string (with or without '?'); unknown or malformed values fall back to defaults. */
export function decodeState(search: string): ViewerState {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const s = defaultState();
  const f = s.filters;
  const labels = p.get('labels');
  if (labels !== null) f.labels = list(labels).filter((l): l is NodeLabel => (NODE_LABELS as readonly string[]).includes(l));
  f.kinds = list(p.get('kinds'));
  f.types = list(p.get('types')).filter((t): t is EventType => (EVENT_TYPE_NAMES as string[]).includes(t));
  f.sources = list(p.get('sources'));
  f.articles = list(p.get('articles'));
  const minDegree = Number(p.get('minDegree'));
  f.minDegree = Number.isInteger(minDegree) && minDegree > 0 ? minDegree : 0;
  const from = p.get('from');
  const to = p.get('to');
  f.from = from && ISO_DATE.test(from) ? from : null;
  f.to = to && ISO_DATE.test(to) ? to : null;
  f.contested = p.get('contested') === '1';
  f.focus = p.get('focus') || null;
  f.depth = p.get('depth') === '2' ? 2 : 1;
  s.search = p.get('q') ?? '';
  s.selected = p.get('sel') || null;
  s.camera = parseCamera(p.get('cam'));
  s.query = p.get('cypher') || null;
  if (p.get('size') === 'mentions') s.sizeBy = 'mentions';
  const density = Number(p.get('density'));
  if (p.has('density') && Number.isFinite(density)) s.labelDensity = Math.min(1, Math.max(0, density));
  const panel = p.get('panel');
  if (panel && (PANELS as readonly string[]).includes(panel)) s.panel = panel as Panel;
  s.graph = p.get('graph') || null;
  return s;
}
