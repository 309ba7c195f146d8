/**
 * Validates the gold annotation of the seed articles (tests/gold/, format in tests/gold/README.md).
 * The gold is the yardstick for the extractor's scores, so every surface form and evidence sentence it
 * claims must really be in the article text, every type must be an ontology value, and every relation
 * must be backed by a sentence that names both ends (or says, in `coref`, what stands for an end).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ENTITY_TYPES, MODALITIES, RELATION_TYPES } from '../../electron/pipeline/types';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS_DIR = `${ROOT}graph-data/corpus/`;
const GOLD_DIR = `${ROOT}tests/gold/`;

// ---------- schemas of the gold files ----------

const entitySchema = z.strictObject({
  id: z.string().regex(/^(person|organization|place|policy|event):[a-z0-9]+(-[a-z0-9]+)*$/),
  label: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string().min(1)).min(1),
  docs: z.array(z.string()).min(1),
  optional: z.boolean(),
  note: z.string().optional(),
});

const ambiguousAliasSchema = z.strictObject({
  alias: z.string().min(1),
  entities: z.array(z.string()).min(2),
  note: z.string().min(1),
});

const entitiesFileSchema = z.strictObject({
  entities: z.array(entitySchema).min(1),
  ambiguousAliases: z.array(ambiguousAliasSchema),
});

const evidenceSchema = z.strictObject({
  doc: z.string(),
  sentence: z.string().min(1),
  coref: z
    .strictObject({ source: z.string().min(1).optional(), target: z.string().min(1).optional() })
    .optional(),
  leadIn: z.string().min(1).optional(),
});

const relationSchema = z.strictObject({
  source: z.string(),
  relation: z.enum(RELATION_TYPES).refine((r) => r !== 'related_to', 'the gold has no related_to'),
  target: z.string(),
  modality: z.enum(MODALITIES),
  evidence: z.array(evidenceSchema).min(1),
  optional: z.boolean(),
  note: z.string().optional(),
});

const relationsFileSchema = z.strictObject({ relations: z.array(relationSchema).min(1) });

const boilerplateFileSchema = z.strictObject({
  boilerplate: z.array(z.strictObject({ doc: z.string(), text: z.string().min(1), why: z.string().min(1) })),
});

type Entity = z.infer<typeof entitySchema>;
type Evidence = z.infer<typeof evidenceSchema>;

// ---------- text helpers ----------

const SYMMETRIC = new Set(['cooperates_with', 'meets']);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether `form` occurs in `text` as a whole word sequence (not inside a longer word), allowing only its
 * first letter to change case (sentence-initial "The president" vs "the president"). A trailing
 * possessive is fine: "Mexico" occurs in "Mexico’s".
 */
function mentions(text: string, form: string): boolean {
  const first = form[0];
  const head =
    first.toLowerCase() !== first.toUpperCase()
      ? `[${escapeRegExp(first.toLowerCase())}${escapeRegExp(first.toUpperCase())}]`
      : escapeRegExp(first);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${head}${escapeRegExp(form.slice(1))}(?![\\p{L}\\p{N}])`,
    'u',
  );
  return pattern.test(text);
}

/** The scorer's alias normalisation (docs/annotation-guidelines.md, "Scoring"). */
function normaliseAlias(alias: string): string {
  return alias
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '')
    .replace(/'s?$/, '');
}

// ---------- load everything once ----------

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(`${GOLD_DIR}${file}`, 'utf8'));
}

const rawDocs = new Map(
  readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f, readFileSync(`${CORPUS_DIR}${f}`, 'utf8')] as const),
);

// Parsed leniently here so that a malformed file fails the schema tests below with readable issues
// instead of aborting the whole file at import time.
const boilerplateParse = boilerplateFileSchema.safeParse(readJson('seeds-boilerplate.json'));
const entitiesParse = entitiesFileSchema.safeParse(readJson('seeds-entities.json'));
const relationsParse = relationsFileSchema.safeParse(readJson('seeds-relations.json'));

const boilerplate = boilerplateParse.data?.boilerplate ?? [];

/** Article content: the file with its boilerplate blanked out (longest spans first, all occurrences). */
const content = new Map(
  [...rawDocs].map(([doc, text]) => {
    const spans = boilerplate
      .filter((b) => b.doc === doc)
      .map((b) => b.text)
      .sort((a, b) => b.length - a.length);
    return [doc, spans.reduce((t, span) => t.split(span).join('\n'), text)] as const;
  }),
);

const entities = entitiesParse.data?.entities ?? [];
const ambiguousAliases = entitiesParse.data?.ambiguousAliases ?? [];
const relations = relationsParse.data?.relations ?? [];
const byId = new Map(entities.map((e) => [e.id, e]));

function corefFor(ev: Evidence, end: 'source' | 'target'): string | undefined {
  return ev.coref?.[end];
}

/** Whether an evidence item names the entity: an alias in the sentence or its lead-in, or the coref form. */
function evidenceNames(ev: Evidence, entity: Entity, end: 'source' | 'target'): boolean {
  const scopes = [ev.sentence, ...(ev.leadIn ? [ev.leadIn] : [])];
  const coref = corefFor(ev, end);
  if (coref !== undefined) return scopes.some((s) => s.includes(coref));
  return scopes.some((s) => entity.aliases.some((a) => mentions(s, a)));
}

// ---------- tests ----------

describe('mentions() (the matcher the gold checks rely on)', () => {
  it.each([
    ['Mexico’s resistance to U.S. military involvement', 'Mexico', true],
    ['Mexico’s resistance to U.S. military involvement', 'U.S.', true],
    ['The president could also be trying', 'the president', true],
    ['American troops', 'America', false],
    ['Venezuelan President Nicolás Maduro', 'Venezuela', false],
    ['the USA', 'US', false],
    ['The Trump administration', 'Trump administration', true],
    ['PRESIDENT Donald Trump', 'President Donald Trump', false],
    ['cartels', 'cartel', false],
  ])('%j contains %j: %s', (text, form, expected) => {
    expect(mentions(text, form)).toBe(expected);
  });
});

describe('gold files', () => {
  it.each([
    ['seeds-boilerplate.json', boilerplateParse],
    ['seeds-entities.json', entitiesParse],
    ['seeds-relations.json', relationsParse],
  ])('%s matches its schema (ontology types, relations, modalities)', (_file, parsed) => {
    expect(parsed.error?.issues).toBeUndefined();
  });
});

describe('gold boilerplate spans', () => {
  it('each span is verbatim in its article', () => {
    for (const b of boilerplate) {
      expect(rawDocs.has(b.doc), b.doc).toBe(true);
      expect(rawDocs.get(b.doc)!.includes(b.text), `${b.doc}: ${b.text}`).toBe(true);
    }
  });
});

describe('gold entities (tests/gold/seeds-entities.json)', () => {
  it('covers the five seed articles', () => {
    expect(rawDocs.size).toBe(5);
    const covered = new Set(entities.flatMap((e) => e.docs));
    expect([...rawDocs.keys()].filter((d) => !covered.has(d))).toEqual([]);
  });

  it('has unique ids whose prefix is the entity type', () => {
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
    for (const e of entities) expect(e.id.split(':')[0], e.id).toBe(e.type);
  });

  it('lists existing documents, each once', () => {
    for (const e of entities) {
      expect(new Set(e.docs).size, e.id).toBe(e.docs.length);
      for (const d of e.docs) expect(rawDocs.has(d), `${e.id}: ${d}`).toBe(true);
    }
  });

  it('has distinct aliases per entity', () => {
    for (const e of entities) expect(new Set(e.aliases).size, e.id).toBe(e.aliases.length);
  });

  it('copies every alias verbatim from the content of one of its documents', () => {
    const missing = entities.flatMap((e) =>
      e.aliases.filter((a) => !e.docs.some((d) => content.get(d)!.includes(a))).map((a) => `${e.id}: "${a}"`),
    );
    expect(missing).toEqual([]);
  });

  it('mentions each entity in every document it lists (by alias, or by coref in an evidence there)', () => {
    const corefDocs = new Set<string>();
    for (const r of relations)
      for (const ev of r.evidence) {
        if (ev.coref?.source) corefDocs.add(`${r.source}|${ev.doc}`);
        if (ev.coref?.target) corefDocs.add(`${r.target}|${ev.doc}`);
      }
    const unmentioned = entities.flatMap((e) =>
      e.docs
        .filter((d) => !e.aliases.some((a) => mentions(content.get(d)!, a)) && !corefDocs.has(`${e.id}|${d}`))
        .map((d) => `${e.id}: ${d}`),
    );
    expect(unmentioned).toEqual([]);
  });

  it('lists every document where a capitalised, unambiguous alias occurs', () => {
    const ambiguous = new Set(ambiguousAliases.map((a) => a.alias));
    const missed: string[] = [];
    for (const e of entities.filter((x) => !x.optional))
      for (const a of e.aliases.filter((x) => /^\p{Lu}/u.test(x) && !ambiguous.has(x)))
        for (const [doc, text] of content)
          if (
            !e.docs.includes(doc) &&
            new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(a)}(?![\\p{L}\\p{N}])`, 'u').test(text)
          )
            missed.push(`${e.id}: "${a}" in ${doc}`);
    expect(missed).toEqual([]);
  });

  it('shares an alias between two non-optional entities of one type only where documented', () => {
    const owners = new Map<string, Set<string>>();
    for (const e of entities.filter((x) => !x.optional))
      for (const a of e.aliases) {
        const key = `${e.type}|${normaliseAlias(a)}`;
        owners.set(key, (owners.get(key) ?? new Set()).add(e.id));
      }
    const shared = [...owners]
      .filter(([, ids]) => ids.size > 1)
      .map(([key, ids]) => `${key.split('|')[1]} -> ${[...ids].sort().join(', ')}`)
      .sort();
    const documented = ambiguousAliases
      .map((a) => `${normaliseAlias(a.alias)} -> ${[...a.entities].sort().join(', ')}`)
      .sort();
    expect(shared).toEqual(documented);
  });
});

describe('gold relations (tests/gold/seeds-relations.json)', () => {
  it('joins existing, distinct entities', () => {
    for (const r of relations) {
      expect(byId.has(r.source), r.source).toBe(true);
      expect(byId.has(r.target), r.target).toBe(true);
      expect(r.source, `${r.source} ${r.relation}`).not.toBe(r.target);
    }
  });

  it('has one entry per (source, relation, target), symmetric relations in either direction', () => {
    const keys = relations.map((r) =>
      SYMMETRIC.has(r.relation)
        ? `${[r.source, r.target].sort().join('~')}|${r.relation}`
        : `${r.source}|${r.relation}|${r.target}`,
    );
    const duplicates = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(duplicates).toEqual([]);
  });

  it('marks a relation optional when one of its ends is optional', () => {
    const wrong = relations
      .filter((r) => (byId.get(r.source)?.optional || byId.get(r.target)?.optional) && !r.optional)
      .map((r) => `${r.source} ${r.relation} ${r.target}`);
    expect(wrong).toEqual([]);
  });

  it('quotes every evidence sentence (and lead-in) verbatim from the article content', () => {
    const missing: string[] = [];
    for (const r of relations)
      for (const ev of r.evidence) {
        const text = content.get(ev.doc);
        if (text === undefined) {
          missing.push(`unknown doc ${ev.doc}`);
          continue;
        }
        if (!text.includes(ev.sentence)) missing.push(`${ev.doc}: ${ev.sentence}`);
        if (ev.leadIn !== undefined) {
          const leadAt = text.indexOf(ev.leadIn);
          if (leadAt < 0 || text.indexOf(ev.sentence, leadAt) < 0)
            missing.push(`${ev.doc}: lead-in "${ev.leadIn}" before "${ev.sentence}"`);
        }
      }
    expect(missing).toEqual([]);
  });

  it('has no evidence sentence listed twice for one relation', () => {
    for (const r of relations) {
      const keys = r.evidence.map((ev) => `${ev.doc}|${ev.sentence}`);
      expect(new Set(keys).size, `${r.source} ${r.relation} ${r.target}`).toBe(keys.length);
    }
  });

  it('names both ends in every evidence sentence (alias, or the documented coref form)', () => {
    const unnamed: string[] = [];
    for (const r of relations)
      for (const ev of r.evidence)
        for (const end of ['source', 'target'] as const) {
          const entity = byId.get(r[end])!;
          if (!evidenceNames(ev, entity, end))
            unnamed.push(`${r[end]} (${end}) in ${ev.doc}: ${ev.sentence}`);
        }
    expect(unnamed).toEqual([]);
  });

  it('takes evidence only from documents both ends list', () => {
    const outside: string[] = [];
    for (const r of relations)
      for (const ev of r.evidence)
        for (const id of [r.source, r.target])
          if (!byId.get(id)!.docs.includes(ev.doc)) outside.push(`${id} not in ${ev.doc}`);
    expect(outside).toEqual([]);
  });
});
