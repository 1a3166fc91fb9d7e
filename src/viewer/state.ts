// ViewerState (filters, selection, camera, query, display options) and a tiny store with actions.
// Hand-written instead of a state library: one object, one subscribe, nothing else needed.
import type { EventType, NodeLabel } from '../model/types.ts';
import { NODE_LABELS } from '../model/types.ts';
import type { SizeBy } from './style.ts';

export type Panel = 'details' | 'contested' | 'cypher' | 'table';

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface FilterState {
  /** Labels shown (all by default). */
  labels: NodeLabel[];
  /** Actor/place kinds kept; empty = all. */
  kinds: string[];
  /** Event types kept; empty = all. */
  types: EventType[];
  /** Publishers kept; empty = all. */
  sources: string[];
  /** Article ids kept; empty = all. */
  articles: string[];
  minDegree: number;
  /** ISO dates (inclusive), or null for open. */
  from: string | null;
  to: string | null;
  contested: boolean;
  /** Neighbourhood focus. */
  focus: string | null;
  depth: 1 | 2;
}

export interface ViewerState {
  filters: FilterState;
  search: string;
  selected: string | null;
  camera: CameraView | null;
  /** Cypher text of the query whose result is shown, or null. */
  query: string | null;
  sizeBy: SizeBy;
  /** 0..1: share of labels drawn (maps to sigma's labelDensity / threshold). */
  labelDensity: number;
  panel: Panel;
  /** Static snapshot URL (?graph=). */
  graph: string | null;
}

export function defaultFilters(): FilterState {
  return { labels: [...NODE_LABELS], kinds: [], types: [], sources: [], articles: [], minDegree: 0, from: null, to: null, contested: false, focus: null, depth: 1 };
}

export function defaultState(): ViewerState {
  return { filters: defaultFilters(), search: '', selected: null, camera: null, query: null, sizeBy: 'degree', labelDensity: 0.5, panel: 'details', graph: null };
}

export type Listener = (state: ViewerState, previous: ViewerState) => void;

/** A minimal observable store: `update` merges a patch and notifies listeners synchronously. */
export class Store {
  private current: ViewerState;
  private readonly listeners = new Set<Listener>();

  constructor(initial: ViewerState) {
    this.current = initial;
  }

  get state(): ViewerState {
    return this.current;
  }

  update(patch: Partial<ViewerState>): void {
    const previous = this.current;
    this.current = { ...previous, ...patch };
    for (const l of this.listeners) l(this.current, previous);
  }

  updateFilters(patch: Partial<FilterState>): void {
    this.update({ filters: { ...this.current.filters, ...patch } });
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
