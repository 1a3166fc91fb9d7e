// A small export graph with invented names and hostile strings, for the export writer tests.
import type { ExportGraph } from '../../../src/export/index.ts';

export const NASTY = `He said "no" and 'yes' \\ then\nleft <script>alert(1)</script> & more`;

export function anExportGraph(): ExportGraph {
  return {
    attributes: { total: 5, shown: 5, more: 0 },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: [
      {
        key: 'actor:ivo-marten',
        attributes: {
          label: 'Actor', labels: ['Actor'], name: 'Ivo Marten', kind: 'person', aliases: ['Marten', 'I. Marten'], degree: 2,
          sources: ['Daily Planet'], articles: ['article:a1'], mentions: 3,
          props: { name: 'Ivo Marten', kind: 'person', aliases: ['Marten', 'I. Marten'], title: '=HYPERLINK("http://x")' },
        },
      },
      {
        key: 'place:veldoria',
        attributes: {
          label: 'Actor', labels: ['Actor', 'Place'], name: 'Veldoria', kind: 'country', lat: 48.25, lon: -3.5, degree: 1,
          props: { name: 'Veldoria', kind: 'country', aliases: [], lat: 48.25, lon: -3.5 },
        },
      },
      {
        key: 'statement:s1',
        attributes: {
          label: 'Statement', labels: ['Statement'], name: 'the bridge is intact', text: NASTY, polarity: 'affirms', quote: true,
          date: '2031-04-02', contested: true, degree: 3,
          props: { text: NASTY, quote: true, verb: 'said', polarity: 'affirms', date: '2031-04-02' },
        },
      },
      {
        key: 'event:e1',
        attributes: {
          label: 'Event', labels: ['Event'], name: 'Forces capture Veldoria', type: 'capture', date: '2031-04-01', degree: 2,
          props: { type: 'capture', label: 'Forces capture Veldoria', date: '2031-04-01', cameo: '19' },
        },
      },
      {
        key: 'article:a1',
        attributes: {
          label: 'Article', labels: ['Article'], name: '+Breaking: bridge', date: '2031-04-02', degree: 2,
          props: { title: '+Breaking: bridge', source: 'Daily Planet', published: '2031-04-02', wordCount: 120, text: `Intro.\n${NASTY}` },
        },
      },
    ],
    edges: [
      { key: 'e0', source: 'actor:ivo-marten', target: 'statement:s1', attributes: { type: 'STATED' } },
      { key: 'e1', source: 'statement:s1', target: 'place:veldoria', attributes: { type: 'ABOUT' } },
      { key: 'e2', source: 'actor:ivo-marten', target: 'event:e1', attributes: { type: 'PARTICIPATED_IN', role: 'agent' } },
      { key: 'e3', source: 'article:a1', target: 'statement:s1', attributes: { type: 'REPORTS', start: 7, end: 60, sentence: NASTY } },
      { key: 'e4', source: 'article:a1', target: 'event:e1', attributes: { type: 'REPORTS', start: 0, end: 6, sentence: 'Intro.' } },
    ],
  };
}
