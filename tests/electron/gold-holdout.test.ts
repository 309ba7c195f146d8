/**
 * Validates the held-out gold annotation of six Wikinews articles (tests/gold/holdout/, see its README).
 * Same format and the same guarantees as the seed gold (tests/electron/gold.test.ts): every surface form and
 * evidence sentence is really in the article, every type is an ontology value, every relation is backed by a
 * sentence naming both ends. On top of that, the corpus files must be the Wikinews CSV rows verbatim, since a
 * held-out score is only meaningful on the untouched text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ENTITY_TYPES, MODALITIES, RELATION_TYPES } from '../../electron/pipeline/types';

const HOLDOUT_DIR = fileURLToPath(new URL('../gold/holdout/', import.meta.url));
const CORPUS_DIR = path.join(HOLDOUT_DIR, 'corpus');
const SHARED = process.env.PLEXUS_SHARED ?? '';
const WIKINEWS_CSVS = ['wikinews_2019.csv', 'wikinews_2020.csv'];

// ---------- schemas ----------

const manifestSchema = z.strictObject({
  documents: z
    .array(
      z.strictObject({
        doc: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*\.txt$/),
        title: z.string().min(1),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        url: z.string().startsWith('https://en.wikinews.org/wiki/'),
        source: z.literal('Wikinews'),
      }),
    )
    .length(6),
});

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

type Entity = z.infer<typeof entitySchema>;
type Evidence = z.infer<typeof evidenceSchema>;

// ---------- text helpers ----------

const SYMMETRIC = new Set(['cooperates_with', 'meets']);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `form` as a whole word sequence; with `anyFirstCase`, its first letter may change case ("The"/"the"). */
function wordPattern(form: string, anyFirstCase: boolean): RegExp {
  const first = form[0];
  const head =
    anyFirstCase && first.toLowerCase() !== first.toUpperCase()
      ? `[${escapeRegExp(first.toLowerCase())}${escapeRegExp(first.toUpperCase())}]`
      : escapeRegExp(first);
  return new RegExp(`(?<![\\p{L}\\p{N}])${head}${escapeRegExp(form.slice(1))}(?![\\p{L}\\p{N}])`, 'u');
}

/** Whether `text` mentions `form` as whole words (a trailing possessive is fine: "Iran" in "Iran's"). */
function mentions(text: string, form: string): boolean {
  return wordPattern(form, true).test(text);
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

/** The Wikinews URL with the scraper's doubled slash ("org//wiki/") collapsed. */
function canonicalUrl(url: string): string {
  return url.replace('wikinews.org//wiki/', 'wikinews.org/wiki/');
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

// ---------- load everything once ----------

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(HOLDOUT_DIR, file), 'utf8'));
}

const manifestParse = manifestSchema.safeParse(readJson('corpus/manifest.json'));
const entitiesParse = entitiesFileSchema.safeParse(readJson('entities.json'));
const relationsParse = relationsFileSchema.safeParse(readJson('relations.json'));

const manifest = manifestParse.data?.documents ?? [];
const docs = new Map(
  readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f, readFileSync(path.join(CORPUS_DIR, f), 'utf8')] as const),
);
const entities = entitiesParse.data?.entities ?? [];
const ambiguousAliases = entitiesParse.data?.ambiguousAliases ?? [];
const relations = relationsParse.data?.relations ?? [];
const byId = new Map(entities.map((e) => [e.id, e]));

/** Whether an evidence item names the entity: an alias in the sentence or its lead-in, or the coref words. */
function evidenceNames(ev: Evidence, entity: Entity, end: 'source' | 'target'): boolean {
  const scopes = [ev.sentence, ...(ev.leadIn ? [ev.leadIn] : [])];
  const coref = ev.coref?.[end];
  if (coref !== undefined) return scopes.some((s) => s.includes(coref));
  return scopes.some((s) => entity.aliases.some((a) => mentions(s, a)));
}

/**
 * The text with every alias of other entities that contains `alias` blanked out, so that "Iraq" inside the
 * name "Islamic State of Iraq and Syria" does not count as a mention of the country.
 */
function withoutLongerNames(text: string, alias: string, owner: string): string {
  const longer = entities
    .filter((e) => e.id !== owner)
    .flatMap((e) => e.aliases)
    .filter((a) => a.length > alias.length && a.includes(alias))
    .sort((a, b) => b.length - a.length);
  return longer.reduce((t, name) => t.split(name).join(' '), text);
}

interface WikinewsRow {
  url: string;
  date: string;
  title: string;
  text: string;
}

/** The shared Wikinews rows by canonical URL; PLEXUS_SHARED points at the shared folder (vitest.config.ts). */
function loadWikinews(): Map<string, WikinewsRow> {
  const rows = new Map<string, WikinewsRow>();
  for (const file of WIKINEWS_CSVS) {
    const csvPath = path.join(SHARED, 'corpora', 'wikinews', file);
    if (!existsSync(csvPath)) throw new Error(`Wikinews corpus not found at ${csvPath} (set PLEXUS_SHARED)`);
    const parsed = parse(readFileSync(csvPath, 'utf8'), { columns: true }) as WikinewsRow[];
    for (const row of parsed) rows.set(canonicalUrl(row.url), row);
  }
  return rows;
}

// ---------- tests ----------

describe('mentions() and normaliseAlias() (the matchers the checks rely on)', () => {
  it.each([
    ["head of Iran's Quds Force", 'Iran', true],
    ['an Iranian-backed militia', 'Iran', false],
    ['The United States carried out', 'the United States', true],
    ['the US statement', 'US', true],
    ['the USA', 'US', false],
    ['Israeli-Cypriot-Greek effort', 'Israel', false],
    ['mayor of Gdańsk, Poland', 'Gdańsk', true],
    ['ABS-CBN News Channel', 'ABS-CBN', true],
  ])('%j mentions %j: %s', (text, form, expected) => {
    expect(mentions(text, form)).toBe(expected);
  });

  it.each([
    ['the President', 'president'],
    ['The embassy', 'embassy'],
    ["Philippines' largest television network", "philippines' largest television network"],
    ['Mexico’s', 'mexico'],
  ])('%j normalises to %j', (alias, expected) => {
    expect(normaliseAlias(alias)).toBe(expected);
  });
});

describe('held-out files', () => {
  it.each([
    ['corpus/manifest.json', manifestParse],
    ['entities.json', entitiesParse],
    ['relations.json', relationsParse],
  ])('%s matches its schema (ontology types, relations, modalities)', (_file, parsed) => {
    expect(parsed.error?.issues).toBeUndefined();
  });
});

describe('held-out corpus (tests/gold/holdout/corpus/)', () => {
  it('lists exactly the .txt files of the folder in the manifest, each once', () => {
    const listed = manifest.map((d) => d.doc);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...docs.keys()].sort());
  });

  it('copies each article verbatim from the shared Wikinews CSV: title, blank line, text', () => {
    const wikinews = loadWikinews();
    for (const d of manifest) {
      const row = wikinews.get(d.url);
      expect(row, `${d.doc}: no CSV row with URL ${d.url}`).toBeDefined();
      expect(row!.title, d.doc).toBe(d.title);
      expect(row!.date, d.doc).toBe(d.date);
      expect(docs.get(d.doc) === `${row!.title}\n\n${row!.text}`, `${d.doc} differs from its CSV row`).toBe(
        true,
      );
    }
  });

  it('holds articles of 250 to 700 words, from both years', () => {
    for (const d of manifest) {
      const text = docs.get(d.doc)!;
      const words = wordCount(text.slice(text.indexOf('\n\n') + 2));
      expect(words, d.doc).toBeGreaterThanOrEqual(250);
      expect(words, d.doc).toBeLessThanOrEqual(700);
    }
    expect(new Set(manifest.map((d) => d.date.slice(0, 4)))).toEqual(new Set(['2019', '2020']));
  });

  it('attributes Wikinews, the CC BY 2.5 licence and every article URL', () => {
    const attribution = readFileSync(path.join(CORPUS_DIR, 'ATTRIBUTION.md'), 'utf8');
    expect(attribution).toContain('Wikinews');
    expect(attribution).toContain('CC BY 2.5');
    expect(attribution).toContain('https://creativecommons.org/licenses/by/2.5/');
    for (const d of manifest) expect(attribution, d.doc).toContain(d.url);
  });
});

describe('held-out entities (tests/gold/holdout/entities.json)', () => {
  it('covers the six articles', () => {
    const covered = new Set(entities.flatMap((e) => e.docs));
    expect([...docs.keys()].filter((d) => !covered.has(d))).toEqual([]);
  });

  it('has unique ids whose prefix is the entity type', () => {
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
    for (const e of entities) expect(e.id.split(':')[0], e.id).toBe(e.type);
  });

  it('lists existing documents, each once', () => {
    for (const e of entities) {
      expect(new Set(e.docs).size, e.id).toBe(e.docs.length);
      for (const d of e.docs) expect(docs.has(d), `${e.id}: ${d}`).toBe(true);
    }
  });

  it('has distinct aliases per entity', () => {
    for (const e of entities) expect(new Set(e.aliases).size, e.id).toBe(e.aliases.length);
  });

  it('copies every alias verbatim from one of its documents', () => {
    const missing = entities.flatMap((e) =>
      e.aliases.filter((a) => !e.docs.some((d) => docs.get(d)!.includes(a))).map((a) => `${e.id}: "${a}"`),
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
        .filter((d) => !e.aliases.some((a) => mentions(docs.get(d)!, a)) && !corefDocs.has(`${e.id}|${d}`))
        .map((d) => `${e.id}: ${d}`),
    );
    expect(unmentioned).toEqual([]);
  });

  it('lists every document where a capitalised, unambiguous alias occurs (outside longer names)', () => {
    const ambiguous = new Set(ambiguousAliases.map((a) => a.alias));
    const missed: string[] = [];
    for (const e of entities.filter((x) => !x.optional))
      for (const a of e.aliases.filter((x) => /^\p{Lu}/u.test(x) && !ambiguous.has(x)))
        for (const [doc, text] of docs)
          if (!e.docs.includes(doc) && wordPattern(a, false).test(withoutLongerNames(text, a, e.id)))
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

describe('held-out relations (tests/gold/holdout/relations.json)', () => {
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

  it('quotes every evidence sentence (and lead-in) verbatim from its article', () => {
    const missing: string[] = [];
    for (const r of relations)
      for (const ev of r.evidence) {
        const text = docs.get(ev.doc);
        if (text === undefined) missing.push(`unknown doc ${ev.doc}`);
        else if (!text.includes(ev.sentence)) missing.push(`${ev.doc}: ${ev.sentence}`);
        else if (ev.leadIn !== undefined) {
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

  it('names both ends in every evidence sentence (alias, or the documented coref words)', () => {
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
});
