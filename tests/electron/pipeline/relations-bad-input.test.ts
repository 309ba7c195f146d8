/**
 * Degenerate input must give bounded output and never crash: sentences of thousands of words, tables
 * flattened into text, unclosed quotes, hundreds of entities in one sentence. The assertions are on
 * counts (what is produced stays within the documented caps), never on timings.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph, MAX_COOCCURRING_ENTITIES } from '../../../electron/graph/build';
import { linkEvents } from '../../../electron/pipeline/events';
import { extractRelations } from '../../../electron/pipeline/relations';
import {
  MAX_ENTITIES_PER_SENTENCE,
  MAX_RELATIONS_PER_SENTENCE,
} from '../../../electron/pipeline/relations/extract';
import { annotate, corpusState, type EntitySpec } from './relations-helpers';

function entities(
  n: number,
  prefix: string,
  type: EntitySpec['type'] = 'organization',
): Record<string, EntitySpec> {
  const out: Record<string, EntitySpec> = {};
  for (let i = 0; i < n; i++) out[`${prefix}${i}`] = { type, forms: [`${prefix.toUpperCase()}${i}x`] };
  return out;
}

/** Runs relations, events and the graph on one document; returns the per-sentence relation counts. */
function run(text: string, specs: Record<string, EntitySpec>) {
  const state = corpusState([annotate({ id: 'bad.txt', text }, specs)], specs);
  extractRelations(state);
  linkEvents(state);
  const graph = buildGraph(state);
  const perSentence = new Map<number, number>();
  for (const r of state.relations)
    perSentence.set(r.evidence.start, (perSentence.get(r.evidence.start) ?? 0) + 1);
  return { state, graph, perSentence: [...perSentence.values()] };
}

describe('relations on degenerate input', () => {
  it('caps the relations of one sentence naming 500 entities joined by trigger verbs', () => {
    const specs = entities(500, 'org');
    const names = Object.values(specs).map((e) => e.forms[0]);
    const text = names.map((n, i) => (i % 2 ? `${n} attacked` : n)).join(' ') + '.';
    const { perSentence, graph } = run(text, specs);
    // The caps bind: only the first entities of the sentence take part, and at most a fixed number of relations.
    const most = Math.max(0, ...perSentence);
    expect(most).toBeGreaterThan(20);
    expect(most).toBeLessThanOrEqual(Math.min(MAX_RELATIONS_PER_SENTENCE, MAX_ENTITIES_PER_SENTENCE));
    const related = graph.filterEdges((_e, a) => a.relation === 'related_to').length;
    expect(related).toBeLessThanOrEqual((MAX_COOCCURRING_ENTITIES * (MAX_COOCCURRING_ENTITIES - 1)) / 2);
  });

  it('stays bounded on a sentence of thousands of words', () => {
    const specs = { ...entities(40, 'p', 'place'), ...entities(40, 'o') };
    const filler = Array.from({ length: 5000 }, (_, i) => (i % 97 === 0 ? 'criticized' : `word${i % 13}`));
    const names = Object.values(specs).map((e) => e.forms[0]);
    names.forEach((n, i) => (filler[i * 60 + 7] = n));
    const { perSentence, state } = run(filler.join(' ') + '.', specs);
    expect(Math.max(0, ...perSentence)).toBeLessThanOrEqual(MAX_RELATIONS_PER_SENTENCE);
    for (const r of state.relations) expect(r.evidence.sentence.length).toBeGreaterThan(0);
  });

  it('reads a table flattened into text without inventing relations between its cells', () => {
    const specs = entities(30, 'c', 'place');
    const rows = Object.values(specs).map((e, i) => `${e.forms[0]} | ${i} | ${100 - i} |`);
    const { state } = run(`Country | Rank | Score |\n${rows.join(' ')}`, specs);
    expect(state.relations.filter((r) => r.relation !== 'located_in').length).toBe(0);
  });

  it('copes with quotes that never close and stray punctuation', () => {
    const specs = {
      a: { type: 'place' as const, forms: ['Ruritania'] },
      b: { type: 'place' as const, forms: ['Freedonia'] },
    };
    const text = '“Ruritania rejected Freedonia, ” ” « ( — said the envoy “ and then “ “ ( ( ) ; : Ruritania';
    const { state } = run(text, specs);
    expect(state.relations.map((r) => `${r.source} ${r.relation} ${r.target}`)).toContain('a opposes b');
  });

  it('handles sentences with no words, only punctuation, or one entity', () => {
    const specs = { a: { type: 'place' as const, forms: ['Ruritania'] } };
    const { state, graph } = run('... !!! ??? — ( ) Ruritania. . .', specs);
    expect(state.relations).toEqual([]);
    expect(graph.size).toBe(0);
  });
});
