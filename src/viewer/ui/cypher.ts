// Cypher panel: a CodeMirror 6 editor with Neo4j's Cypher language support, the saved queries of
// GET /api/queries, parameters as JSON, results as a table and as the graph in the main view.
// The server enforces read-only; its refusal message is shown as is.
import { createCypherEditor } from '@neo4j-cypher/codemirror';
import type { EditorApi } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import type { CypherResult } from '../../model/api.ts';
import { api } from '../api-client.ts';
import type { SavedQuery } from '../api-client.ts';
import { mergeSerialized } from '../load.ts';
import type { App } from './app.ts';
import { nodeLink } from './details.ts';
import { byId, el, setChildren } from './dom.ts';

const MAX_TABLE_ROWS = 500;

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A result cell: nodes become links to their details when they are in the graph, other values text. */
function cell(app: App, value: unknown): Node | string {
  if (value && typeof value === 'object' && !Array.isArray(value) && 'labels' in value && 'properties' in value) {
    const v = value as { id?: unknown; labels: unknown; properties: Record<string, unknown> };
    const key = typeof v.id === 'string' ? v.id : typeof v.properties.id === 'string' ? v.properties.id : null;
    const props = v.properties;
    const name = String(props.name ?? props.title ?? props.label ?? props.text ?? key ?? '');
    const labels = Array.isArray(v.labels) ? v.labels.join(':') : '';
    if (key && app.graph.hasNode(key)) return el('span', {}, nodeLink(app, key, name), el('span', { class: 'muted', text: ` :${labels}` }));
    return `${name} :${labels}`;
  }
  // Saved queries often return ids: make them links (showing the node's name) when the node is loaded.
  if (typeof value === 'string' && app.graph.hasNode(value)) return nodeLink(app, value);
  return cellText(value);
}

function savedText(q: SavedQuery): string {
  const r = q as unknown as Record<string, unknown>;
  return String(r.cypher ?? r.query ?? r.text ?? '');
}

/** A JSON template for a saved query's parameters (names with null values). */
function paramsTemplate(q: SavedQuery): string {
  const p = q.params;
  if (!p) return '{}';
  if (Array.isArray(p)) {
    const obj: Record<string, unknown> = {};
    for (const item of p) {
      if (typeof item === 'string') obj[item] = null;
      else if (item && typeof item === 'object' && 'name' in item) obj[String(item.name)] = 'default' in item ? item.default : 'example' in item ? item.example : null;
    }
    return JSON.stringify(obj);
  }
  return typeof p === 'object' ? JSON.stringify(p) : '{}';
}

function resultTable(app: App, result: CypherResult): HTMLElement {
  const rows = result.rows.slice(0, MAX_TABLE_ROWS);
  return el(
    'div',
    { class: 'table-wrap' },
    el('p', { id: 'cypher-count', text: `${result.rows.length} row(s)${result.truncated ? ' (truncated by the server)' : ''}${result.rows.length > MAX_TABLE_ROWS ? `, first ${MAX_TABLE_ROWS} shown` : ''} · ${result.graph.nodes.length} node(s) in the graph` }),
    el(
      'table',
      { class: 'grid', id: 'cypher-table' },
      el('thead', {}, el('tr', {}, ...result.columns.map((c) => el('th', { scope: 'col', text: c })))),
      el('tbody', {}, ...rows.map((r) => el('tr', {}, ...result.columns.map((c) => el('td', {}, cell(app, r[c])))))),
    ),
  );
}

/** Mount the Cypher pane; returns `run(query)` for restoring a query from the URL. */
export function mountCypher(app: App): (query: string) => Promise<void> {
  const root = byId('pane-cypher');
  const editorHost = el('div', { class: 'cypher-editor', id: 'cypher-editor' });
  const saved = el('select', { id: 'cypher-saved', 'aria-label': 'Saved queries' }, el('option', { value: '', text: 'Saved queries…' }));
  const params = el('input', { id: 'cypher-params', class: 'params', type: 'text', value: '{}', 'aria-label': 'Parameters (JSON object)' });
  const runBtn = el('button', { type: 'button', id: 'cypher-run', text: 'Run (Ctrl+Enter)' });
  const clearBtn = el('button', { type: 'button', id: 'cypher-clear', text: 'Show whole graph' });
  const description = el('p', { class: 'muted', id: 'cypher-description' });
  const output = el('div', { id: 'cypher-output', 'aria-live': 'polite' });
  setChildren(root, el('label', { for: 'cypher-saved', class: 'sr-only', text: 'Saved queries' }), el('div', { class: 'cypher-actions' }, saved), description, editorHost, el('label', { for: 'cypher-params', class: 'muted', text: 'Parameters (JSON)' }), params, el('div', { class: 'cypher-actions' }, runBtn, clearBtn), output);

  // 1.0.x returns {editor: EditorApi} although its .d.ts declares EditorApi itself: accept both.
  const created = createCypherEditor(editorHost, {
    value: app.store.state.query ?? 'MATCH (a:Actor)-[:STATED]->(s:Statement)\nRETURN a, s LIMIT 25',
    autofocus: false,
    lineNumbers: false,
    lineWrapping: true,
    tabKey: false,
    lint: false,
  }) as unknown as EditorApi | { editor: EditorApi };
  const editor: EditorApi = 'editor' in created ? created.editor : created;

  let savedList: SavedQuery[] = [];
  api
    .queries()
    .then((list) => {
      savedList = list;
      for (const [i, q] of list.entries()) saved.append(el('option', { value: String(i), text: q.name }));
    })
    .catch((err: unknown) => (description.textContent = `Saved queries unavailable: ${err instanceof Error ? err.message : String(err)}`));
  saved.addEventListener('change', () => {
    const q = savedList[Number(saved.value)];
    if (!q || saved.value === '') return;
    editor.setValue(savedText(q));
    params.value = paramsTemplate(q);
    description.textContent = q.description ?? '';
  });

  const run = async (query: string): Promise<void> => {
    let p: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(params.value || '{}');
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('parameters must be a JSON object');
      p = parsed as Record<string, unknown>;
    } catch (err) {
      setChildren(output, el('div', { class: 'error-box', role: 'alert', text: `Parameters: ${err instanceof Error ? err.message : String(err)}` }));
      return;
    }
    setChildren(output, el('p', { class: 'muted', text: 'Running…' }));
    runBtn.disabled = true;
    try {
      const result = await api.cypher(query, p);
      const seeded = new Set<string>();
      const keys = mergeSerialized(app.graph, result.graph, seeded);
      for (const row of result.rows) for (const v of Object.values(row)) if (typeof v === 'string' && app.graph.hasNode(v)) keys.add(v);
      if (seeded.size) app.graphChanged(true);
      app.store.update({ query });
      app.setQueryResult(keys.size ? keys : null);
      setChildren(output, resultTable(app, result));
    } catch (err) {
      setChildren(output, el('div', { class: 'error-box', role: 'alert', id: 'cypher-error', text: err instanceof Error ? err.message : String(err) }));
    } finally {
      runBtn.disabled = false;
    }
  };

  runBtn.addEventListener('click', () => void run(editor.codemirror.state.doc.toString()));
  editorHost.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
      ev.preventDefault();
      runBtn.click();
    }
  });
  clearBtn.addEventListener('click', () => {
    app.store.update({ query: null });
    app.setQueryResult(null);
    setChildren(output);
  });
  return async (query: string) => {
    editor.setValue(query);
    await run(query);
  };
}
