/**
 * Validates the development gold set (tests/gold/dev/, format in tests/gold/README.md, decisions in
 * tests/gold/dev/README.md): ten Wikinews articles the extraction engineers may study, annotated by hand.
 * The gold is a yardstick, so every claim it makes is checked against the article text: surface forms and
 * evidence sentences verbatim, types from the ontology, both ends of a relation named in each evidence,
 * and the corpus itself equal to the rows of the shared Wikinews CSVs it was copied from.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ENTITY_TYPES, MODALITIES, RELATION_TYPES } from '../../electron/pipeline/types';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEV_DIR = `${ROOT}tests/gold/dev/`;
const CORPUS_DIR = `${DEV_DIR}corpus/`;
const HOLDOUT_MANIFEST = `${ROOT}tests/gold/holdout/corpus/manifest.json`;
const WIKINEWS_CSVS = ['wikinews_2019.csv', 'wikinews_2020.csv'];

// ---------- schemas (the seed gold's format) ----------

const entitySchema = z.strictObject({
  id: z.string().regex(/^(person|organization|place|policy|event):[a-z0-9]+(-[a-z0-9]+)*$/),
  label: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string().min(1)).min(1),
  docs: z.array(z.string()).min(1),
  optional: z.boolean(),
  note: z.string().optional(),
});

const entitiesFileSchema = z.strictObject({
  entities: z.array(entitySchema).min(1),
  ambiguousAliases: z.array(
    z.strictObject({
      alias: z.string().min(1),
      entities: z.array(z.string()).min(2),
      note: z.string().min(1),
    }),
  ),
});

const evidenceSchema = z.strictObject({
  doc: z.string(),
  sentence: z.string().min(1),
  coref: z
    .strictObject({ source: z.string().min(1).optional(), target: z.string().min(1).optional() })
    .optional(),
  leadIn: z.string().min(1).optional(),
});

const relationsFileSchema = z.strictObject({
  relations: z
    .array(
      z.strictObject({
        source: z.string(),
        relation: z.enum(RELATION_TYPES).refine((r) => r !== 'related_to', 'the gold has no related_to'),
        target: z.string(),
        modality: z.enum(MODALITIES),
        evidence: z.array(evidenceSchema).min(1),
        optional: z.boolean(),
        note: z.string().optional(),
      }),
    )
    .min(1),
});

const manifestSchema = z.strictObject({
  documents: z
    .array(
      z.strictObject({
        doc: z.string().regex(/^[a-z0-9-]+\.txt$/),
        title: z.string().min(1),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        url: z.string().startsWith('https://en.wikinews.org/wiki/'),
        source: z.literal('Wikinews'),
      }),
    )
    .length(10),
});

type Entity = z.infer<typeof entitySchema>;
type Evidence = z.infer<typeof evidenceSchema>;

// ---------- text helpers ----------

const SYMMETRIC = new Set(['cooperates_with', 'meets']);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `form` as a whole word sequence; `flexibleHead` lets its first letter change case ("The court"/"the court"). */
function wholeWord(form: string, flexibleHead: boolean): RegExp {
  const first = form[0];
  const head =
    flexibleHead && first.toLowerCase() !== first.toUpperCase()
      ? `[${escapeRegExp(first.toLowerCase())}${escapeRegExp(first.toUpperCase())}]`
      : escapeRegExp(first);
  return new RegExp(`(?<![\\p{L}\\p{N}])${head}${escapeRegExp(form.slice(1))}(?![\\p{L}\\p{N}])`, 'gu');
}

/** Whether `text` mentions `form` (a trailing possessive is fine: "Iran" occurs in "Iran's"). */
function mentions(text: string, form: string): boolean {
  return wholeWord(form, true).test(text);
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

/** Where `form` occurs in `text` as a whole word sequence, case kept. */
function occurrences(text: string, form: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(wholeWord(form, false))].map((m) => ({
    start: m.index,
    end: m.index + form.length,
  }));
}

/**
 * An evidence sentence must be a whole sentence of the article, not a fragment: it starts at the beginning of
 * a line or after a sentence's end, and ends with sentence punctuation or at the end of its line.
 */
function isWholeSentence(text: string, sentence: string): boolean {
  let at = text.indexOf(sentence);
  while (at >= 0) {
    const before = text.slice(0, at);
    const after = text.slice(at + sentence.length);
    const startsWell = before === '' || /\n[ \u00a0]*$/.test(before) || /[.!?]["”\]]*\s+$/.test(before);
    const endsWell = /[.!?"”\]]$/.test(sentence) ? /^(\s|$)/.test(after) : /^[ \u00a0]*(\n|$)/.test(after);
    if (startsWell && endsWell) return true;
    at = text.indexOf(sentence, at + 1);
  }
  return false;
}

// ---------- load everything once ----------

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

const manifestParse = manifestSchema.safeParse(readJson(`${CORPUS_DIR}manifest.json`));
const entitiesParse = entitiesFileSchema.safeParse(readJson(`${DEV_DIR}entities.json`));
const relationsParse = relationsFileSchema.safeParse(readJson(`${DEV_DIR}relations.json`));

/** The articles: the files are whole content (title, date line, text); nothing is boilerplate. */
const content = new Map(
  readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f, readFileSync(`${CORPUS_DIR}${f}`, 'utf8')] as const),
);

const entities = entitiesParse.data?.entities ?? [];
const ambiguousAliases = entitiesParse.data?.ambiguousAliases ?? [];
const relations = relationsParse.data?.relations ?? [];
const byId = new Map(entities.map((e) => [e.id, e]));

/** Whether an evidence item names the entity: an alias in the sentence or its lead-in, or the coref form. */
function evidenceNames(ev: Evidence, entity: Entity, end: 'source' | 'target'): boolean {
  const scopes = [ev.sentence, ...(ev.leadIn ? [ev.leadIn] : [])];
  const coref = ev.coref?.[end];
  if (coref !== undefined) return scopes.some((s) => s.includes(coref));
  return scopes.some((s) => entity.aliases.some((a) => mentions(s, a)));
}

// ---------- tests ----------

describe('dev gold helpers', () => {
  it.each([
    ['Iran’s largest fleet', 'Iran', true],
    ['The court has found', 'the court', true],
    ['Belarusian KGB', 'Belarus', false],
    ['Nigeria is Africa’s biggest economy', 'Niger', false],
    ['US$22,900', 'US', true],
    ['the Houthis', 'Houthi', false],
  ])('%j mentions %j: %s', (text, form, expected) => {
    expect(mentions(text, form)).toBe(expected);
  });

  it.each([
    ['A. B c. D e.\nF g', 'B c.', true],
    ['A. B c. D e.\nF g', 'F g', true],
    ['A. B c. D e.\nF g', 'c. D e.', false],
    ['A. B c. D e.\nF g', 'B c', false],
  ])('in %j, %j is a whole sentence: %s', (text, sentence, expected) => {
    expect(isWholeSentence(text, sentence)).toBe(expected);
  });
});

describe('dev corpus (tests/gold/dev/corpus/)', () => {
  const documents = manifestParse.data?.documents ?? [];

  it('has a manifest matching its schema, one entry per article file', () => {
    expect(manifestParse.error?.issues).toBeUndefined();
    expect(documents.map((d) => d.doc).sort()).toEqual([...content.keys()].sort());
    expect(existsSync(`${CORPUS_DIR}ATTRIBUTION.md`)).toBe(true);
  });

  it('attributes every article by its URL (CC BY 2.5)', () => {
    const attribution = readFileSync(`${CORPUS_DIR}ATTRIBUTION.md`, 'utf8');
    expect(attribution).toContain('CC BY 2.5');
    for (const d of documents) expect(attribution, d.doc).toContain(d.url);
  });

  it('shares no article with the held-out set', () => {
    const holdout = z
      .object({ documents: z.array(z.object({ url: z.string(), title: z.string() })) })
      .parse(readJson(HOLDOUT_MANIFEST)).documents;
    const holdoutUrls = new Set(holdout.map((d) => d.url));
    const holdoutTitles = new Set(holdout.map((d) => d.title));
    expect(documents.filter((d) => holdoutUrls.has(d.url) || holdoutTitles.has(d.title))).toEqual([]);
  });

  it('copies each article verbatim from the shared Wikinews CSVs (title, blank line, text)', () => {
    const shared = process.env.PLEXUS_SHARED;
    expect(shared, 'PLEXUS_SHARED (vitest.config.ts sets it)').toBeTruthy();
    const rows = WIKINEWS_CSVS.flatMap(
      (file) =>
        parse(readFileSync(path.join(shared!, 'corpora', 'wikinews', file)), { columns: true }) as Array<
          Record<'url' | 'date' | 'title' | 'text', string>
        >,
    );
    // The scrape writes "https://en.wikinews.org//wiki/..."; the manifest keeps the canonical single slash.
    const byUrl = new Map(rows.map((r) => [r.url.replace('.org//wiki/', '.org/wiki/'), r]));
    for (const d of documents) {
      const row = byUrl.get(d.url);
      expect(row, d.url).toBeDefined();
      expect(row!.title, d.doc).toBe(d.title);
      expect(row!.date, d.doc).toBe(d.date);
      expect(content.get(d.doc), d.doc).toBe(`${row!.title}\n\n${row!.text}`);
    }
  });

  it('keeps each article between 200 and 700 words', () => {
    for (const [doc, text] of content) {
      const words = text.split(/\s+/).filter(Boolean).length;
      expect(words, doc).toBeGreaterThanOrEqual(200);
      expect(words, doc).toBeLessThanOrEqual(700);
    }
  });
});

describe('dev gold files', () => {
  it.each([
    ['entities.json', entitiesParse],
    ['relations.json', relationsParse],
  ])('%s matches its schema (ontology types, relations, modalities)', (_file, parsed) => {
    expect(parsed.error?.issues).toBeUndefined();
  });
});

describe('dev gold entities (tests/gold/dev/entities.json)', () => {
  it('covers the ten articles', () => {
    expect(content.size).toBe(10);
    const covered = new Set(entities.flatMap((e) => e.docs));
    expect([...content.keys()].filter((d) => !covered.has(d))).toEqual([]);
  });

  it('has unique ids whose prefix is the entity type', () => {
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
    for (const e of entities) expect(e.id.split(':')[0], e.id).toBe(e.type);
  });

  it('lists existing documents, each once, and distinct aliases', () => {
    for (const e of entities) {
      expect(new Set(e.docs).size, e.id).toBe(e.docs.length);
      expect(new Set(e.aliases).size, e.id).toBe(e.aliases.length);
      for (const d of e.docs) expect(content.has(d), `${e.id}: ${d}`).toBe(true);
    }
  });

  it('copies every alias verbatim from one of its documents', () => {
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

  it('lists every document where a capitalised, unambiguous alias occurs outside a longer name', () => {
    // "China" inside "China Resources Holdings" or "France" inside "Agence France-Presse" is part of another
    // entity's name, not a mention of the country.
    const ambiguous = new Set(ambiguousAliases.map((a) => a.alias));
    const missed: string[] = [];
    for (const e of entities.filter((x) => !x.optional))
      for (const a of e.aliases.filter((x) => /^\p{Lu}/u.test(x) && !ambiguous.has(x)))
        for (const [doc, text] of content) {
          if (e.docs.includes(doc)) continue;
          const longer = entities
            .filter((o) => o.id !== e.id)
            .flatMap((o) => o.aliases.filter((b) => b.length > a.length && b.includes(a)))
            .flatMap((b) => occurrences(text, b));
          const free = occurrences(text, a).filter(
            (m) => !longer.some((l) => l.start <= m.start && m.end <= l.end),
          );
          if (free.length > 0) missed.push(`${e.id}: "${a}" in ${doc}`);
        }
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

describe('dev gold relations (tests/gold/dev/relations.json)', () => {
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
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('marks a relation optional when one of its ends is optional', () => {
    const wrong = relations
      .filter((r) => (byId.get(r.source)?.optional || byId.get(r.target)?.optional) && !r.optional)
      .map((r) => `${r.source} ${r.relation} ${r.target}`);
    expect(wrong).toEqual([]);
  });

  it('quotes every evidence as a whole sentence, verbatim, once per relation', () => {
    const wrong: string[] = [];
    for (const r of relations) {
      const keys = r.evidence.map((ev) => `${ev.doc}|${ev.sentence}`);
      if (new Set(keys).size !== keys.length)
        wrong.push(`repeated evidence: ${r.source} ${r.relation} ${r.target}`);
      for (const ev of r.evidence) {
        const text = content.get(ev.doc);
        if (text === undefined) wrong.push(`unknown doc ${ev.doc}`);
        else if (!isWholeSentence(text, ev.sentence)) wrong.push(`${ev.doc}: ${ev.sentence}`);
        if (ev.leadIn !== undefined && !(text ?? '').includes(ev.leadIn))
          wrong.push(`${ev.doc}: ${ev.leadIn}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('names both ends in every evidence sentence (alias, or the documented coref form)', () => {
    const unnamed: string[] = [];
    for (const r of relations)
      for (const ev of r.evidence)
        for (const end of ['source', 'target'] as const) {
          const entity = byId.get(r[end]);
          if (entity && !evidenceNames(ev, entity, end))
            unnamed.push(`${r[end]} (${end}) in ${ev.doc}: ${ev.sentence}`);
        }
    expect(unnamed).toEqual([]);
  });

  it('takes evidence only from documents both ends list', () => {
    const outside: string[] = [];
    for (const r of relations)
      for (const ev of r.evidence)
        for (const id of [r.source, r.target])
          if (byId.get(id) && !byId.get(id)!.docs.includes(ev.doc)) outside.push(`${id} not in ${ev.doc}`);
    expect(outside).toEqual([]);
  });

  it('gives every article scored relations', () => {
    const withRelations = new Set(
      relations.filter((r) => !r.optional).flatMap((r) => r.evidence.map((e) => e.doc)),
    );
    expect([...content.keys()].filter((d) => !withRelations.has(d))).toEqual([]);
  });
});
