// Details panel for the selected node: properties, aliases, kind, and per label its statements,
// events, participants, contradictions and provenance (sentence highlighted inside its article).
import type { GraphNodeAttributes } from '../../model/api.ts';
import { api } from '../api-client.ts';
import { linked, pairsInvolving, reportsOf, speakerOf } from '../relations.ts';
import type { Report } from '../relations.ts';
import type { App } from './app.ts';
import { renderArticleText, renderProvenance } from './provenance.ts';
import { byId, el, setChildren } from './dom.ts';

const HIDDEN_PROPS = new Set(['x', 'y', 'name', 'label', 'labels', 'aliases', 'size', 'color', 'shape']);

/** A button that selects a node (keyboard reachable, unlike a canvas click). */
export function nodeLink(app: App, key: string, text?: string): HTMLButtonElement {
  const name = text ?? (app.graph.hasNode(key) ? app.graph.getNodeAttribute(key, 'name') : key);
  const b = el('button', { type: 'button', class: 'linklike', 'data-node': key, text: name });
  b.addEventListener('click', () => app.select(key, true));
  return b;
}

function propsList(attrs: GraphNodeAttributes): HTMLElement {
  const dl = el('dl');
  for (const [k, v] of Object.entries(attrs)) {
    if (HIDDEN_PROPS.has(k) || v === null || v === undefined || v === '') continue;
    const text = Array.isArray(v) ? v.join(', ') : typeof v === 'object' ? JSON.stringify(v) : String(v);
    dl.append(el('dt', { text: k }), el('dd', { text }));
  }
  return dl;
}

function section(title: string, items: (Node | null)[], empty = 'none'): HTMLElement {
  const present = items.filter((i): i is Node => i !== null);
  return el('section', {}, el('h3', { text: `${title} (${present.length})` }), present.length ? el('ul', {}, ...present.map((i) => el('li', {}, i))) : el('p', { class: 'muted', text: empty }));
}

function statementLine(app: App, key: string): HTMLElement {
  const a = app.graph.getNodeAttributes(key);
  return el('span', {}, a.date ? el('span', { class: 'muted', text: `${a.date} · ` }) : null, a.polarity ? el('span', { class: `badge ${a.polarity}`, text: a.polarity }) : null, nodeLink(app, key, a.text ?? a.name));
}

function reportsSection(app: App, key: string, claim: string | null): HTMLElement {
  const reports = reportsOf(app.graph, key);
  const box = el('section', {}, el('h3', { text: `Reported by (${reports.length})` }));
  if (reports.length === 0 && !app.serverMode) box.append(el('p', { class: 'muted', text: 'No report in this graph.' }));
  for (const r of reports) box.append(renderProvenance(app, key, r, claim));
  if (app.serverMode && reports.length === 0) {
    // The served graph may have left the articles out: ask the API for provenance.
    const pending = el('p', { class: 'muted', text: 'Loading provenance…' });
    box.append(pending);
    api
      .node(key)
      .then((d) => {
        pending.remove();
        const fromApi: Report[] = d.provenance.map((p) => ({ article: p.article.id, title: p.article.title, source: p.article.source, published: p.article.published, start: p.start, end: p.end, sentence: p.sentence }));
        for (const r of fromApi) box.append(renderProvenance(app, key, r, claim));
        if (fromApi.length === 0) box.append(el('p', { class: 'muted', text: 'No provenance recorded.' }));
      })
      .catch((err: unknown) => (pending.textContent = `Provenance unavailable: ${err instanceof Error ? err.message : String(err)}`));
  }
  return box;
}

function contradictionsSection(app: App, statements: string[]): HTMLElement {
  const pairs = pairsInvolving(app.graph, new Set(statements));
  return section(
    'Contradictions',
    pairs.map((p) => {
      const mine = statements.includes(p.a) ? p.a : p.b;
      const other = mine === p.a ? p.b : p.a;
      const sp = speakerOf(app.graph, other);
      const show = el('button', { type: 'button', text: 'Show pair' });
      show.addEventListener('click', () => app.emphasise([p.a, p.b]));
      return el('div', {}, statementLine(app, mine), el('div', { class: 'muted', text: `vs ${sp ? sp.attrs.name : 'unattributed'}:` }), statementLine(app, other), p.reason ? el('div', { class: 'muted', text: p.reason }) : null, show);
    }),
  );
}

function byLabel(app: App, key: string, a: GraphNodeAttributes): HTMLElement[] {
  const g = app.graph;
  switch (a.label) {
    case 'Statement': {
      const sp = speakerOf(g, key);
      const dl = el('dl');
      dl.append(el('dt', { text: 'Speaker' }), el('dd', {}, sp ? nodeLink(app, sp.node) : 'unattributed'));
      dl.append(el('dt', { text: 'Date' }), el('dd', { text: a.date ?? 'unknown' }));
      dl.append(el('dt', { text: 'Polarity' }), el('dd', {}, el('span', { class: `badge ${a.polarity ?? ''}`, text: a.polarity ?? 'unknown' })));
      if (a.verb) dl.append(el('dt', { text: 'Verb' }), el('dd', { text: `${a.verb}${a.quote ? ' (direct quote)' : ''}` }));
      const about = linked(g, key, 'ABOUT', 'out');
      const supports = [...linked(g, key, 'SUPPORTS', 'out'), ...linked(g, key, 'SUPPORTS', 'in')];
      return [
        el('blockquote', { class: 'sentence', text: a.text ?? a.name }),
        dl,
        reportsSection(app, key, a.text ?? null),
        contradictionsSection(app, [key]),
        supports.length ? section('Supported by / supports', supports.map((l) => statementLine(app, l.node))) : el('span'),
        section('About', about.map((l) => nodeLink(app, l.node))),
      ];
    }
    case 'Event': {
      const place = linked(g, key, 'LOCATED_IN', 'out');
      const dl = el('dl');
      dl.append(el('dt', { text: 'Type' }), el('dd', { text: a.type ?? 'unknown' }));
      dl.append(el('dt', { text: 'Date' }), el('dd', { text: a.date ?? 'unknown' }));
      dl.append(el('dt', { text: 'Place' }), el('dd', {}, ...(place.length ? place.map((l) => nodeLink(app, l.node)) : ['unknown'])));
      const participants = linked(g, key, 'PARTICIPATED_IN', 'in');
      return [dl, section('Participants', participants.map((l) => el('span', {}, nodeLink(app, l.node), el('span', { class: 'badge', text: l.rel.role ?? 'participant' })))), reportsSection(app, key, null)];
    }
    case 'Actor': {
      const statements = linked(g, key, 'STATED', 'out');
      const events = linked(g, key, 'PARTICIPATED_IN', 'out');
      const member = linked(g, key, 'MEMBER_OF', 'out');
      return [
        member.length ? section('Member of', member.map((l) => el('span', {}, nodeLink(app, l.node), l.rel.role ? ` (${l.rel.role})` : ''))) : el('span'),
        section('Statements', statements.map((l) => statementLine(app, l.node))),
        section('Events', events.map((l) => el('span', {}, l.attrs.date ? el('span', { class: 'muted', text: `${l.attrs.date} · ` }) : null, nodeLink(app, l.node), el('span', { class: 'badge', text: l.rel.role ?? 'participant' })))),
        contradictionsSection(app, statements.map((l) => l.node)),
      ];
    }
    case 'Place': {
      const events = linked(g, key, 'LOCATED_IN', 'in');
      const about = linked(g, key, 'ABOUT', 'in');
      const partOf = linked(g, key, 'PART_OF', 'out');
      return [
        partOf.length ? section('Part of', partOf.map((l) => nodeLink(app, l.node))) : el('span'),
        section('Events here', events.map((l) => nodeLink(app, l.node))),
        section('Statements about it', about.map((l) => statementLine(app, l.node))),
      ];
    }
    case 'Article': {
      const facts = linked(g, key, 'REPORTS', 'out');
      return [
        app.serverMode ? renderArticleText(key) : el('span'),
        section('Reports', facts.map((l) => nodeLink(app, l.node))),
        section('Mentions', linked(g, key, 'MENTIONS', 'out').map((l) => nodeLink(app, l.node))),
      ];
    }
  }
}

/** Mount the details pane; returns the renderer (called on selection change). */
export function mountDetails(app: App): () => void {
  const root = byId('pane-details');
  return () => {
    const key = app.store.state.selected;
    if (!key || !app.graph.hasNode(key)) {
      setChildren(root, el('p', { class: 'muted', text: 'Select a node (click it, search, or use the Table tab) to see its details and sources.' }));
      return;
    }
    const a = app.graph.getNodeAttributes(key);
    const centre = el('button', { type: 'button', text: 'Centre' });
    centre.addEventListener('click', () => app.select(key, true));
    const focus = (depth: 1 | 2): HTMLButtonElement => {
      const b = el('button', { type: 'button', text: `Focus neighbourhood (${depth})` });
      b.addEventListener('click', () => app.store.updateFilters({ focus: key, depth }));
      return b;
    };
    setChildren(
      root,
      el(
        'div',
        { class: 'details' },
        el('h3', { id: 'details-title', text: a.name }),
        el('p', {}, el('span', { class: 'badge', text: a.label }), a.kind ? el('span', { class: 'badge', text: a.kind }) : null, a.contested ? el('span', { class: 'badge contested', text: 'contested' }) : null),
        a.aliases?.length ? el('p', {}, el('span', { class: 'muted', text: 'Also known as: ' }), a.aliases.join(', ')) : null,
        el('p', {}, centre, ' ', focus(1), ' ', focus(2)),
        ...byLabel(app, key, a),
        el('details', {}, el('summary', { text: 'All properties' }), propsList(a)),
      ),
    );
  };
}
