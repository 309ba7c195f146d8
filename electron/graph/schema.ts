/**
 * The graph JSON contract (`../shared/guide/ontology.md`): graphology's `graph.export()` shape with our
 * required attributes. Used by the extractor, every "open/save graph" path and the renderer (types only).
 * Runtime validation with zod: a saved graph is untrusted input.
 */
import { z } from 'zod';
import { ENTITY_TYPES, MODALITIES, RELATION_TYPES } from '../pipeline/types';

export const evidenceSchema = z.object({
  doc: z.string(),
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const nodeAttributesSchema = z
  .object({
    label: z.string().min(1),
    type: z.enum(ENTITY_TYPES),
    aliases: z.array(z.string()),
    mentions: z.number().int().nonnegative(),
    docs: z.array(z.string()),
    description: z.string().optional(),
    date: z.string().optional(),
    // Metrics written by the analytics stage.
    degree: z.number().optional(),
    pagerank: z.number().optional(),
    betweenness: z.number().optional(),
    community: z.number().int().optional(),
  })
  .passthrough();

export const edgeAttributesSchema = z
  .object({
    relation: z.enum(RELATION_TYPES),
    modality: z.enum(MODALITIES).optional(),
    evidence: z.array(evidenceSchema).optional(),
    weight: z.number().nonnegative(),
  })
  .passthrough()
  .superRefine((e, ctx) => {
    if (e.relation === 'related_to') return;
    if (!e.modality) ctx.addIssue({ code: 'custom', message: `a "${e.relation}" edge needs a modality` });
    if (!e.evidence || e.evidence.length === 0)
      ctx.addIssue({ code: 'custom', message: `a "${e.relation}" edge needs evidence` });
  });

export const corpusDocumentSchema = z
  .object({
    id: z.string(),
    title: z.string().optional(),
    date: z.string().optional(),
    source: z.string().optional(),
    url: z.string().optional(),
    words: z.number().int().nonnegative().optional(),
    /** Optional full text so a saved graph can still show evidence in its article. */
    text: z.string().optional(),
  })
  .passthrough();

export const graphAttributesSchema = z
  .object({
    corpus: z.array(corpusDocumentSchema),
    extractor: z.object({ name: z.string(), version: z.string() }).passthrough(),
  })
  .passthrough();

export const serializedGraphSchema = z.object({
  attributes: graphAttributesSchema,
  options: z
    .object({
      type: z.enum(['mixed', 'directed', 'undirected']).optional(),
      multi: z.boolean().optional(),
      allowSelfLoops: z.boolean().optional(),
    })
    .passthrough()
    .optional(),
  nodes: z.array(z.object({ key: z.string(), attributes: nodeAttributesSchema })),
  edges: z.array(
    z.object({
      key: z.string().optional(),
      source: z.string(),
      target: z.string(),
      undirected: z.boolean().optional(),
      attributes: edgeAttributesSchema,
    }),
  ),
});

export type EvidenceJson = z.infer<typeof evidenceSchema>;
export type NodeAttributes = z.infer<typeof nodeAttributesSchema>;
export type EdgeAttributes = z.infer<typeof edgeAttributesSchema>;
export type CorpusDocumentJson = z.infer<typeof corpusDocumentSchema>;
export type GraphAttributes = z.infer<typeof graphAttributesSchema>;
export type SerializedGraph = z.infer<typeof serializedGraphSchema>;
