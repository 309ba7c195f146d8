/** Builds small graph-JSON fixtures from compact rows, loaded through the real model loader. */
import { loadGraphModel, type GraphModel, type SerializedGraph } from '../../renderer/graph/model';

export type NodeRow = [key: string, label: string, type: string, extra?: Record<string, unknown>];
/** [source, target, relation, modality, weight, docs] */
export type EdgeRow = [string, string, string, string?, number?, string[]?];

export function serialized(
  nodes: NodeRow[],
  edges: EdgeRow[],
  corpus: Array<{ id: string; title?: string; date?: string }> = [{ id: 'a.txt' }],
): SerializedGraph {
  return {
    attributes: { corpus, extractor: { name: 'test', version: '0' } },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: nodes.map(([key, label, type, extra]) => ({
      key,
      attributes: { label, type, aliases: [label], mentions: 1, docs: ['a.txt'], ...extra } as never,
    })),
    edges: edges.map(([source, target, relation, modality, weight, docs], i) => ({
      key: `e${i}`,
      source,
      target,
      attributes: {
        relation,
        ...(relation === 'related_to' ? {} : { modality: modality ?? 'asserted' }),
        weight: weight ?? 1,
        evidence: (docs ?? ['a.txt']).map((doc) => ({
          doc,
          sentence: `${source} ${relation} ${target}.`,
          start: 0,
          end: 10,
        })),
      } as never,
    })),
  };
}

export function model(
  nodes: NodeRow[],
  edges: EdgeRow[],
  corpus?: Array<{ id: string; date?: string }>,
): GraphModel {
  return loadGraphModel(serialized(nodes, edges, corpus));
}

/** A small newsroom-like graph used by several tests. */
export function sampleModel(): GraphModel {
  return model(
    [
      [
        'trump',
        'Donald Trump',
        'person',
        {
          aliases: ['Donald Trump', 'Trump', 'President Donald Trump'],
          mentions: 9,
          docs: ['a.txt', 'b.txt'],
        },
      ],
      ['mexico', 'Mexico', 'place', { mentions: 7, docs: ['a.txt', 'b.txt'] }],
      [
        'sheinbaum',
        'Claudia Sheinbaum',
        'person',
        { aliases: ['Claudia Sheinbaum', 'Sheinbaum'], mentions: 4, docs: ['b.txt'] },
      ],
      [
        'pentagon',
        'Pentagon',
        'organization',
        { aliases: ['Pentagon', 'Department of Defense'], mentions: 3 },
      ],
      ['hegseth', 'Pete Hegseth', 'person', { mentions: 2 }],
      ['cartels', 'Mexican cartels', 'organization', { mentions: 5, docs: ['b.txt'] }],
      ['fto', 'Foreign Terrorist Organization designation', 'policy', { mentions: 1, docs: ['b.txt'] }],
      ['strikes', 'strikes in the Caribbean', 'event', { mentions: 2, docs: ['b.txt'] }],
      ['lonely', 'Lonely Place', 'place', { mentions: 1 }],
    ],
    [
      ['trump', 'mexico', 'threatens', 'asserted', 3],
      ['sheinbaum', 'trump', 'opposes', 'reported', 1, ['b.txt']],
      ['sheinbaum', 'mexico', 'leads', 'asserted', 2, ['b.txt']],
      ['hegseth', 'pentagon', 'leads', 'asserted', 1],
      ['trump', 'cartels', 'designates', 'planned', 1, ['b.txt']],
      ['trump', 'fto', 'plans', 'planned', 1, ['b.txt']],
      ['pentagon', 'strikes', 'conducts', 'asserted', 2, ['b.txt']],
      ['trump', 'hegseth', 'related_to', undefined, 4],
      ['cartels', 'mexico', 'located_in', 'negated', 1, ['b.txt']],
    ],
    [
      { id: 'a.txt', date: '2019-04-24' },
      { id: 'b.txt', date: '2025-02-03' },
    ],
  );
}
