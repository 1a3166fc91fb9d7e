// Layout controller: runs ForceAtlas2 in layout.worker.ts and writes positions into the graph.
// Stops by itself on convergence or after maxMs; positions survive filter changes (filters are reducers).
import type { DataGraph } from './filters.ts';

export type LayoutRequest =
  | { type: 'start'; nodes: { key: string; x: number; y: number; size: number }[]; edges: [string, string][]; minMs: number; maxMs: number; tolerance: number }
  | { type: 'stop' };

export type LayoutMessage = { type: 'positions'; keys: string[]; positions: number[] } | { type: 'done'; reason: 'converged' | 'timeout' };

export class LayoutRunner {
  private worker: Worker | null = null;
  running = false;
  /** Runs started so far (read by the debug hook). */
  runs = 0;
  /** Called when running starts or stops (button state). */
  onChange: (running: boolean, reason?: string) => void = () => undefined;

  constructor(private readonly graph: DataGraph) {}

  private ensureWorker(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (event: MessageEvent<LayoutMessage>) => this.handle(event.data);
    }
    return this.worker;
  }

  private handle(msg: LayoutMessage): void {
    if (!this.running) return;
    if (msg.type === 'positions') {
      msg.keys.forEach((key, i) => {
        if (this.graph.hasNode(key)) this.graph.mergeNodeAttributes(key, { x: msg.positions[2 * i], y: msg.positions[2 * i + 1] });
      });
    } else {
      this.running = false;
      this.onChange(false, msg.reason);
    }
  }

  /** Start (or restart) the layout on the whole data graph. */
  start(maxMs = 5000, tolerance = 0.0002, minMs = 800): void {
    if (this.graph.order === 0) return;
    const nodes = this.graph.mapNodes((key, a) => ({ key, x: a.x ?? 0, y: a.y ?? 0, size: 1 }));
    const edges = this.graph.mapEdges((_e, _a, s, t) => [s, t] as [string, string]);
    this.running = true;
    this.runs++;
    this.ensureWorker().postMessage({ type: 'start', nodes, edges, minMs, maxMs, tolerance } satisfies LayoutRequest);
    this.onChange(true);
  }

  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.worker?.postMessage({ type: 'stop' } satisfies LayoutRequest);
    this.onChange(false, 'stopped');
  }

  toggle(): void {
    if (this.running) this.stop();
    else this.start();
  }
}
