/**
 * The documents' full texts, kept beside a built graph rather than in its attributes: the graph travels to
 * the renderer on every change and should stay small, but "save graph with text" needs the articles so a
 * saved graph can still show each evidence sentence in its article.
 */
import type Graph from 'graphology';

const textsByGraph = new WeakMap<Graph, ReadonlyMap<string, string>>();

export function rememberDocumentTexts(
  graph: Graph,
  documents: ReadonlyArray<{ id: string; text: string }>,
): void {
  textsByGraph.set(graph, new Map(documents.map((d) => [d.id, d.text])));
}

/** Texts remembered for this graph by the graph stage, or carried in its `corpus` attribute (a loaded file). */
export function documentTexts(graph: Graph): ReadonlyMap<string, string> {
  const remembered = textsByGraph.get(graph);
  if (remembered) return remembered;
  const texts = new Map<string, string>();
  const corpus: unknown = graph.getAttribute('corpus');
  if (Array.isArray(corpus)) {
    for (const d of corpus) {
      if (d && typeof d.id === 'string' && typeof d.text === 'string') texts.set(d.id, d.text);
    }
  }
  return texts;
}
