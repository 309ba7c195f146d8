/**
 * Synthetic knowledge graphs for the render benchmark, in the graph JSON contract: N entities of the five
 * types, about 2N typed relations plus co-occurrence links, attached preferentially (a few hubs, many
 * leaves, as in news), each with a modality, a weight and one evidence sentence. Seeded: the same N gives
 * the same graph. These are benchmark inputs only; the product never shows generated data.
 */
import type { SerializedGraph } from '../../electron/graph/schema';

const TYPES = ['person', 'organization', 'place', 'policy', 'event'] as const;
const TYPE_WEIGHTS = [0.3, 0.3, 0.2, 0.08, 0.12];
const RELATIONS = [
  'threatens',
  'opposes',
  'criticizes',
  'supports',
  'cooperates_with',
  'attacks',
  'deploys',
  'plans',
  'designates',
  'targets',
  'arrests',
  'leads',
  'member_of',
  'reports',
  'regulates',
  'located_in',
  'conducts',
  'meets',
] as const;
const MODALITIES = [
  'asserted',
  'asserted',
  'asserted',
  'reported',
  'planned',
  'hypothetical',
  'negated',
] as const;

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateGraph(nodeCount: number, seed = 7): SerializedGraph {
  const random = mulberry32(seed + nodeCount);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const docs = Array.from({ length: Math.max(5, Math.round(nodeCount / 20)) }, (_, i) => ({
    id: `doc-${String(i).padStart(5, '0')}.txt`,
    title: `Generated article ${i + 1}`,
    date: `20${String(10 + (i % 15)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-15`,
  }));
  const nodes: SerializedGraph['nodes'] = [];
  for (let i = 0; i < nodeCount; i++) {
    let r = random();
    let t = 0;
    while (t < TYPES.length - 1 && r > TYPE_WEIGHTS[t]) r -= TYPE_WEIGHTS[t++];
    const label = `${TYPES[t][0].toUpperCase()}${TYPES[t].slice(1)} ${i + 1}`;
    const docIds = [pick(docs).id, pick(docs).id].filter((d, k, all) => all.indexOf(d) === k);
    nodes.push({
      key: `n${i}`,
      attributes: {
        label,
        type: TYPES[t],
        aliases: [label],
        mentions: 1 + Math.floor(random() ** 3 * 40),
        docs: docIds,
      },
    });
  }
  // Preferential attachment: each new node links to earlier ones chosen in proportion to their degree.
  const ends: number[] = [0];
  const edges: SerializedGraph['edges'] = [];
  const addEdge = (a: number, b: number, relation: string) => {
    const doc = nodes[a].attributes.docs[0];
    edges.push({
      key: `e${edges.length}`,
      source: `n${a}`,
      target: `n${b}`,
      attributes:
        relation === 'related_to'
          ? {
              relation: 'related_to',
              weight: 1,
              evidence: [{ doc, sentence: `Sentence ${edges.length}.`, start: 0, end: 10 }],
            }
          : {
              relation: relation as never,
              modality: pick(MODALITIES),
              weight: 1 + Math.floor(random() ** 4 * 6),
              evidence: [
                {
                  doc,
                  sentence: `Sentence ${edges.length} about ${nodes[a].attributes.label}.`,
                  start: 0,
                  end: 10,
                },
              ],
            },
    });
    ends.push(a, b);
  };
  for (let i = 1; i < nodeCount; i++) {
    const links = random() < 0.15 ? 0 : 1 + Math.floor(random() * 2.5);
    for (let k = 0; k < links; k++) {
      const j = ends[Math.floor(random() * ends.length)];
      if (j !== i) addEdge(i, j, pick(RELATIONS));
    }
    if (random() < 0.5) {
      const j = ends[Math.floor(random() * ends.length)];
      if (j !== i) addEdge(i, j, 'related_to');
    }
  }
  return {
    attributes: { corpus: docs, extractor: { name: 'bench-generator', version: '1' } },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes,
    edges,
  };
}
