import type Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { assignMetrics } from '../../../electron/graph/analytics';
import { buildGraph } from '../../../electron/graph/build';
import {
  csvCell,
  exportCsv,
  exportGexf,
  exportGraph,
  exportGraphJson,
  exportGraphml,
  importGexf,
  importGraphJson,
  importGraphml,
} from '../../../electron/graph/io/index';
import { serializedGraphSchema } from '../../../electron/graph/schema';
import { xmlSafe } from '../../../electron/graph/io/attributes';
import { annotate, corpusState, type EntitySpec } from '../pipeline/relations-helpers';

const HOSTILE = '=HYPERLINK("http://x")';
const ENTITIES: Record<string, EntitySpec> = {
  nato: { type: 'organization', forms: ['NATO'] },
  russia: { type: 'place', forms: ['Russia'] },
  weird: { type: 'person', forms: ['O\'Brien <script>&"'] },
  formula: { type: 'organization', forms: [HOSTILE] },
};
const TEXT =
  'NATO criticized Russia on Monday.\nRussia rejected NATO, officials said. ' +
  'O\'Brien <script>&" backed NATO and =HYPERLINK("http://x") with Russia.';

function sample(): Graph {
  const doc = annotate(
    { id: 'news/a.txt', text: TEXT, date: '2024-05-02', title: 'A "quoted" title' },
    ENTITIES,
  );
  const state = corpusState([doc], ENTITIES);
  const ev = (i: number) => ({
    doc: doc.id,
    sentence: doc.sentences[i].text,
    start: doc.sentences[i].start,
    end: doc.sentences[i].end,
  });
  state.relations = [
    {
      source: 'nato',
      target: 'russia',
      relation: 'criticizes',
      modality: 'asserted',
      evidence: ev(0),
      trigger: 'criticized',
    },
    {
      source: 'russia',
      target: 'nato',
      relation: 'opposes',
      modality: 'reported',
      evidence: ev(1),
      trigger: 'rejected',
    },
    {
      source: 'weird',
      target: 'nato',
      relation: 'supports',
      modality: 'asserted',
      evidence: ev(2),
      trigger: 'backed',
    },
  ];
  state.entities.find((e) => e.id === 'weird')!.description = 'line one\nline two\ttab \u0001 control';
  const graph = buildGraph(state);
  assignMetrics(graph);
  return graph;
}

/** Everything a round trip must keep: keys, ends and attributes of nodes and edges, graph attributes. */
function snapshot(graph: Graph) {
  const data = graph.export();
  return {
    attributes: data.attributes,
    nodes: [...data.nodes].sort((a, b) => a.key.localeCompare(b.key)),
    edges: [...data.edges]
      .map(({ undirected: _u, ...e }) => e)
      .sort((a, b) => String(a.key).localeCompare(String(b.key))),
  };
}

describe('graph JSON', () => {
  it('round-trips exactly and validates against the schema', () => {
    const graph = sample();
    const text = exportGraphJson(graph);
    expect(serializedGraphSchema.safeParse(JSON.parse(text)).success).toBe(true);
    expect(snapshot(importGraphJson(text))).toEqual(snapshot(graph));
  });

  it('embeds the document texts only when asked, and checks evidence against them on import', () => {
    const graph = sample();
    expect(JSON.parse(exportGraphJson(graph)).attributes.corpus[0].text).toBeUndefined();
    const withText = exportGraphJson(graph, { includeText: true });
    expect(JSON.parse(withText).attributes.corpus[0].text).toBe(TEXT);
    const reloaded = importGraphJson(withText);
    expect(JSON.parse(exportGraphJson(reloaded, { includeText: true })).attributes.corpus[0].text).toBe(TEXT);

    const tampered = JSON.parse(withText);
    tampered.attributes.corpus[0].text = 'x' + TEXT;
    expect(() => importGraphJson(JSON.stringify(tampered))).toThrow(/is not at offsets/);
  });

  it('exports the subgraph induced by a node subset (a filtered view)', () => {
    const data = JSON.parse(exportGraphJson(sample(), { nodes: ['nato', 'russia', 'missing'] }));
    expect(data.nodes.map((n: { key: string }) => n.key).sort()).toEqual(['nato', 'russia']);
    expect(data.edges.length).toBeGreaterThan(0);
    for (const e of data.edges) expect(['nato', 'russia']).toContain(e.source);
  });

  const valid = () => JSON.parse(exportGraphJson(sample()));
  const cases: Array<[string, () => unknown, RegExp]> = [
    ['not JSON', () => '{"nodes": [', /not valid JSON/],
    ['not an object', () => 'null', /not a Plexus graph/],
    [
      'an unknown relation',
      () => {
        const d = valid();
        d.edges[0].attributes.relation = 'loves';
        return JSON.stringify(d);
      },
      /edges\[0\]\.attributes\.relation/,
    ],
    [
      'a typed edge without evidence',
      () => {
        const d = valid();
        const i = d.edges.findIndex(
          (e: { attributes: { relation: string } }) => e.attributes.relation !== 'related_to',
        );
        delete d.edges[i].attributes.evidence;
        return JSON.stringify(d);
      },
      /needs evidence/,
    ],
    [
      'an edge to a missing node',
      () => {
        const d = valid();
        d.edges[0].target = 'nobody';
        return JSON.stringify(d);
      },
      /edges\[0\]\.target: no node "nobody"/,
    ],
    [
      'a duplicate node',
      () => {
        const d = valid();
        d.nodes.push(d.nodes[0]);
        return JSON.stringify(d);
      },
      /duplicate node/,
    ],
    [
      'a node without a type',
      () => {
        const d = valid();
        delete d.nodes[1].attributes.type;
        return JSON.stringify(d);
      },
      /nodes\[1\]\.attributes\.type/,
    ],
    [
      'a missing corpus',
      () => {
        const d = valid();
        delete d.attributes.corpus;
        return JSON.stringify(d);
      },
      /attributes\.corpus/,
    ],
  ];
  it.each(cases)('rejects %s with a GraphFormatError naming the problem', (_name, make, message) => {
    const attempt = () => importGraphJson(make() as string);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect((error as Error).name).toBe('GraphFormatError');
      expect((error as { issues: string[] }).issues.length).toBeLessThanOrEqual(6);
    }
  });

  it('lists only the first problems of a badly broken file', () => {
    const d = valid();
    for (const e of d.edges) e.attributes.relation = 'nope';
    for (let i = 0; i < 20; i++) d.edges.push({ ...d.edges[0], key: `k${i}` });
    try {
      importGraphJson(JSON.stringify(d));
      expect.unreachable();
    } catch (error) {
      expect((error as { issues: string[] }).issues).toHaveLength(6);
      expect((error as Error).message).toMatch(/and \d+ more/);
    }
  });

  it('rejects absurd sizes with a GraphTooLargeError before validating', () => {
    const text = `{"attributes":{},"nodes":[${'0,'.repeat(1_000_001)}0],"edges":[]}`;
    expect(() => importGraphJson(text)).toThrow(expect.objectContaining({ name: 'GraphTooLargeError' }));
  });

  it('never crashes on deeply nested or odd JSON', () => {
    for (const text of [
      '['.repeat(100_000) + ']'.repeat(100_000),
      '['.repeat(100_000),
      '"just a string"',
      '[]',
      '{"nodes":{},"edges":7}',
      '\uFEFF{}',
    ]) {
      expect(() => importGraphJson(text)).toThrow(expect.objectContaining({ name: 'GraphFormatError' }));
    }
  });
});

describe('GEXF and GraphML', () => {
  it('GEXF round-trips the whole graph, arrays and evidence included', () => {
    const graph = sample();
    const xml = exportGexf(graph);
    expect(xml).toContain('<gexf');
    expect(xml).not.toContain('<script>');
    const back = importGexf(xml);
    const expected = snapshot(graph);
    // XML cannot carry control characters: they come back as U+FFFD.
    const weird = expected.nodes.find((n) => n.key === 'weird')!;
    weird.attributes!.description = weird.attributes!.description.replace('\u0001', '\uFFFD');
    expect(snapshot(back)).toEqual(expected);
  });

  it('GraphML round-trips the whole graph, arrays and evidence included', () => {
    const graph = sample();
    const xml = exportGraphml(graph);
    expect(xml).toContain('<graphml');
    const back = importGraphml(xml);
    const expected = snapshot(graph);
    const weird = expected.nodes.find((n) => n.key === 'weird')!;
    weird.attributes!.description = weird.attributes!.description.replace('\u0001', '\uFFFD');
    expect(snapshot(back)).toEqual(expected);
  });

  it('exports only the filtered nodes', () => {
    const back = importGexf(exportGexf(sample(), { nodes: ['nato', 'russia'] }));
    expect(back.nodes().sort()).toEqual(['nato', 'russia']);
    const ml = importGraphml(exportGraphml(sample(), { nodes: ['nato'] }));
    expect(ml.nodes()).toEqual(['nato']);
    expect(ml.size).toBe(0);
  });

  it.each([
    ['GEXF', importGexf],
    ['GraphML', importGraphml],
  ])('%s import rejects garbage with a GraphFormatError', (_name, importer) => {
    for (const text of ['', 'not xml at all', '<gexf><graph><nodes><node id="a"/></nodes></graph></gexf>']) {
      expect(() => importer(text)).toThrow(expect.objectContaining({ name: 'GraphFormatError' }));
    }
  });
});

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+2', "'=1+2"],
    ['+33 1 23', "'+33 1 23"],
    ['-cmd', "'-cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=HYPERLINK("x","y")', '"\'=HYPERLINK(""x"",""y"")"'],
    ['\tTAB', "'\tTAB"],
    [12.5, '12.5'],
    [-3, '-3'],
    [undefined, ''],
  ] as const)('csvCell(%j) is %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes nodes and edges with evidence sentences, one record per element', () => {
    const graph = sample();
    const { nodes, edges } = exportCsv(graph);
    const nodeLines = nodes.trimEnd().split('\r\n');
    expect(nodeLines[0]).toBe(
      'Id,Label,type,aliases,mentions,docs,date,description,degree,weightedDegree,pagerank,betweenness,community',
    );
    expect(nodes).toContain(`'${HOSTILE.replace(/"/g, '""')}`);
    expect(nodes).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(edges.split('\r\n')[0]).toMatch(/^Source,Target,Type,Id,Label,Weight/);
    expect(edges).toContain('NATO criticized Russia on Monday.');
    const typed = graph.filterEdges((_e, a) => a.relation !== 'related_to').length;
    expect(edges.match(/,criticizes,|,opposes,|,supports,/g)!.length).toBe(typed * 2);
  });

  it('exportGraph returns ready-to-save files for every format', () => {
    const graph = sample();
    expect(exportGraph(graph, 'csv').map((f) => f.filename)).toEqual([
      'plexus-graph-nodes.csv',
      'plexus-graph-edges.csv',
    ]);
    for (const format of ['json', 'gexf', 'graphml'] as const) {
      const [file] = exportGraph(graph, format, { nodes: ['nato'] });
      expect(file.filename.endsWith(`.${format}`)).toBe(true);
      expect(file.content.length).toBeGreaterThan(100);
    }
  });
});

describe('xmlSafe', () => {
  it.each([
    ['plain', 'plain'],
    ['tab\tnew\nline\r', 'tab\tnew\nline\r'],
    ['nul\u0000bell\u0007', 'nul\uFFFDbell\uFFFD'],
    ['emoji 😀 kept', 'emoji 😀 kept'],
    ['lone \uD83D high', 'lone \uFFFD high'],
    ['lone \uDE00 low', 'lone \uFFFD low'],
    ['\uFFFE\uFFFF', '\uFFFD\uFFFD'],
  ])('xmlSafe(%j) is %j', (input, expected) => {
    expect(xmlSafe(input)).toBe(expected);
  });
});
