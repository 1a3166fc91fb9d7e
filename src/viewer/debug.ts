// A read-only debug hook (window.__newsgraph) for e2e tests and the curious: counts and state copies.
import type { LayoutRunner } from './layout.ts';
import type { App } from './ui/app.ts';

export interface DebugHook {
  ready: boolean;
  serverMode: boolean;
  order(): number;
  visibleCount(): number;
  visibleNodes(): string[];
  state(): unknown;
  layoutRunning(): boolean;
  layoutRuns(): number;
  nodeScreenPosition(key: string): { x: number; y: number } | null;
  /** Copies of node attributes (key included), optionally for one label. */
  nodes(label?: string): Record<string, unknown>[];
}

declare global {
  interface Window {
    __newsgraph?: DebugHook;
  }
}

export function installDebugHook(app: App, layout: LayoutRunner): void {
  const hook: DebugHook = {
    ready: true,
    serverMode: app.serverMode,
    order: () => app.graph.order,
    visibleCount: () => app.view.visible.size,
    visibleNodes: () => [...app.view.visible].sort(),
    state: () => JSON.parse(JSON.stringify(app.store.state)) as unknown,
    layoutRunning: () => layout.running,
    layoutRuns: () => layout.runs,
    nodes: (label) => app.graph.filterNodes((_k, a) => !label || a.label === label).map((k) => JSON.parse(JSON.stringify({ key: k, ...app.graph.getNodeAttributes(k) })) as Record<string, unknown>),
    nodeScreenPosition: (key) => {
      const d = app.sigma.getNodeDisplayData(key);
      return d ? app.sigma.graphToViewport({ x: d.x, y: d.y }) : null;
    },
  };
  Object.defineProperty(window, '__newsgraph', { value: Object.freeze(hook), configurable: false, writable: false });
}
