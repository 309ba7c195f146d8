/**
 * re3d entity evaluation of the product's mention finding (clean -> segment -> findMentions), restricted
 * to **names**: person, organisation and location names written as capitalised proper names.
 *
 * re3d's gold also marks descriptions ("the Army" is kept as "Army", but "rebels", "his spiritual
 * adviser", "Foreign Office Minister", coordinates...) and keeps alternative candidate spans with their
 * crowd confidence. "Name" is defined here, the same way for gold and predicted spans:
 *   - types: Person -> person, Organisation -> organization, Location -> place (others ignored);
 *   - a leading "the" is dropped; for persons, leading title words too ("Mr", "Foreign Minister");
 *   - what remains must start with a capital letter, have every word capitalised except a few
 *     connecting particles ("of", "al-", "bin"...), and contain no title word; pronouns are not names;
 *   - an Organisation that is a country name (general country list, graph-data/lexicons/ner/country.txt)
 *     or that re3d annotates more often as a Location than as an Organisation is a country or place
 *     acting ("the UK said...", "Russia pressed...") and becomes `place`, as our ontology types them;
 *   - overlapping gold names are resolved to one: highest confidence first, then the longest.
 * Scores: exact span + type (main), and lenient (same type, overlapping spans, one-to-one).
 * A third suite runs the tagger alone on the product's segmentation, to separate tagger quality from
 * the mention stage's rules.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanDocument } from '../../electron/pipeline/clean';
import { parseLexiconText } from '../../electron/pipeline/ner/gazetteer';
import { segmentDocument } from '../../electron/pipeline/segment';
import { findMentions } from '../../electron/pipeline/mentions';
import type { SourceDocument } from '../../electron/pipeline/types';
import { labelsToSpans } from '../../electron/pipeline/ner/labels';
import { SpanScorer, type Counts, type TypedSpan } from '../../electron/pipeline/ner/metrics';
import type { NerModel } from '../../electron/pipeline/ner/model';
import { getNerModel } from '../../electron/pipeline/ner/tagger';
import { loadRe3d, type Re3dDocument } from './datasets';
import { rowFromCounts, type QualityRow } from './entity-rows';

export const NAME_TYPES = ['person', 'organization', 'place'] as const;
const RE3D_TYPES: Readonly<Record<string, string>> = {
  Person: 'person',
  Organisation: 'organization',
  Location: 'place',
};

const TITLE_WORDS = new Set(
  (
    'mr mrs ms miss dr prof sir dame lord lady he his her excellency hon honourable rt right president vice ' +
    'prime minister ministers secretary foreign defence defense home interior finance justice general gen ' +
    'office chancellor king queen prince princess crown sheikh emir sultan ambassador envoy spokesman spokeswoman ' +
    'spokesperson senator governor mayor commander colonel col major maj captain capt lieutenant lt sergeant ' +
    'admiral chief deputy pope ayatollah imam mullah judge director chairman chair leader designate'
  ).split(' '),
);
const PARTICLES = new Set(
  'of the for and de du des la le al el bin ibn von van der den y da dos do di & -'.split(' '),
);
const PRONOUNS = new Set('i he she we they you it him her us them me'.split(' '));

export interface NameSpan extends TypedSpan {
  confidence: number;
}

/**
 * The name inside an annotated or predicted span, or undefined when it is not a name.
 * `start`/`end` index `text`; the result's offsets too.
 */
export function nameWithin(text: string, start: number, end: number, type: string): TypedSpan | undefined {
  const words = wordsOf(text, start, end);
  let first = 0;
  if (words.length > 0 && words[0].lower === 'the') first = 1;
  if (type === 'person') while (first < words.length && TITLE_WORDS.has(words[first].lower)) first++;
  let last = words.length - 1;
  while (last >= first && /^['\u2019]s$/i.test(words[last].text)) last--;
  const kept = words.slice(first, last + 1);
  if (!isProperName(kept.map((w) => w.text))) return undefined;
  if (type === 'person' && kept.some((w) => TITLE_WORDS.has(w.lower))) return undefined;
  return { start: kept[0].start, end: kept[kept.length - 1].end, type };
}

/** Capitalised words, allowed particles between them, starting and ending with a capitalised word. */
export function isProperName(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  if (words.length === 1 && PRONOUNS.has(words[0].toLowerCase())) return false;
  if (!/\p{L}{2}/u.test(words.join(' '))) return false;
  const capitalised = (w: string) => /^\p{Lu}/u.test(w) || /^\p{Ll}{1,3}-\p{Lu}/u.test(w);
  if (!/^\p{Lu}/u.test(words[0]) || !capitalised(words[words.length - 1])) return false;
  return words.every((w) => capitalised(w) || PARTICLES.has(w.toLowerCase()));
}

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** Words split on whitespace, with sentence punctuation (",", ".", ":", quotes) trimmed off the edges. */
function wordsOf(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  const re = /\S+/g;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const lead = m[0].length - m[0].replace(/^["'“‘([]+/, '').length;
    const core = m[0].slice(lead).replace(/[,;:!?"”’)\]]+$|(?<!\b\p{Lu})\.$/u, '');
    if (!core) continue;
    const s = start + m.index + lead;
    words.push({ text: core, lower: core.toLowerCase(), start: s, end: s + core.length });
  }
  return words;
}

/** Gold names of one document (see the module comment). `locationTexts`: surfaces re3d mostly marks Location. */
export function goldNames(doc: Re3dDocument, locationTexts: ReadonlySet<string>): NameSpan[] {
  const names: NameSpan[] = [];
  for (const e of doc.entities) {
    let type = RE3D_TYPES[e.type];
    if (!type) continue;
    const name = nameWithin(doc.text, e.begin, e.end, type);
    if (!name) continue;
    if (type === 'organization' && locationTexts.has(doc.text.slice(name.start, name.end))) type = 'place';
    names.push({ ...name, type, confidence: e.confidence });
  }
  return resolveOverlaps(names);
}

/** One gold name per overlapping group: most confident, then longest, then earliest. */
function resolveOverlaps(names: NameSpan[]): NameSpan[] {
  const ranked = [...names].sort(
    (a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: NameSpan[] = [];
  for (const n of ranked) if (!kept.some((k) => k.start < n.end && n.start < k.end)) kept.push(n);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Surfaces that are places even when re3d annotates them as Organisation: country names, and surfaces
 * re3d annotates more often as Location than as Organisation (after name normalisation).
 */
export function locationSurfaces(
  docs: readonly Re3dDocument[],
  countries: readonly string[] = readCountryList(),
): Set<string> {
  const votes = new Map<string, number>();
  for (const doc of docs) {
    for (const e of doc.entities) {
      if (e.type !== 'Location' && e.type !== 'Organisation') continue;
      const name = nameWithin(doc.text, e.begin, e.end, RE3D_TYPES[e.type]);
      if (!name) continue;
      const surface = doc.text.slice(name.start, name.end);
      votes.set(surface, (votes.get(surface) ?? 0) + (e.type === 'Location' ? 1 : -1));
    }
  }
  const places = new Set([...votes].filter(([, v]) => v > 0).map(([surface]) => surface));
  for (const country of countries) places.add(country);
  return places;
}

/** The general country list the tagger's lexicon features use (countries and common short forms). */
export function readCountryList(): string[] {
  const file = path.join(__dirname, '..', '..', 'graph-data', 'lexicons', 'ner', 'country.txt');
  return parseLexiconText(readFileSync(file, 'utf8'));
}

/** Lenient matching: same type and overlapping characters, each gold and prediction used once. */
export function overlapCounts(
  gold: readonly TypedSpan[],
  predicted: readonly TypedSpan[],
  type: string,
): Counts {
  const g = gold.filter((s) => s.type === type);
  const p = predicted.filter((s) => s.type === type);
  const used = new Set<number>();
  let tp = 0;
  for (const span of p) {
    const i = g.findIndex((x, k) => !used.has(k) && x.start < span.end && span.start < x.end);
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  return { tp, fp: p.length - tp, fn: g.length - tp };
}

function toSource(doc: Re3dDocument): SourceDocument {
  return {
    id: `${doc.part}/${doc.id}`,
    path: `${doc.part}/${doc.id}`,
    format: 'txt',
    text: doc.text,
    title: doc.title,
  };
}

/** Predicted entity mentions from the product pipeline (clean -> segment -> findMentions). */
export function productMentions(doc: Re3dDocument): TypedSpan[] {
  return findMentions(segmentDocument(cleanDocument(toSource(doc)))).mentions;
}

/** Predicted spans from the tagger alone, on the product's sentences and tokens. */
export function taggerSpans(doc: Re3dDocument, model: NerModel): TypedSpan[] {
  const segmented = segmentDocument(cleanDocument(toSource(doc)));
  const demonyms = lowerSet(model.meta.lexicons.demonym);
  const countries = lowerSet(model.meta.lexicons.country);
  const spans: TypedSpan[] = [];
  for (const sentence of segmented.sentences) {
    const tokens = sentence.tokens;
    for (const s of labelsToSpans(model.tag(tokens.map((t) => t.text)))) {
      const start = tokens[s.start].start;
      const end = tokens[s.end - 1].end;
      const type = taggerType(s.type, doc.text.slice(start, end), demonyms, countries);
      if (type) spans.push({ start, end, type });
    }
  }
  return spans;
}

/**
 * GMB types to ours, as the mention stage should: demonyms tagged gpe ("Iraqi forces") are not places
 * (annotation guidelines), and countries GMB often tags org when they act ("the UK said") are places
 * (ontology).
 */
export function taggerType(
  type: string,
  surface: string,
  demonyms: ReadonlySet<string>,
  countries: ReadonlySet<string>,
): string | undefined {
  if (type === 'per') return 'person';
  if (type === 'org') return countries.has(surface.toLowerCase()) ? 'place' : 'organization';
  if (type === 'geo') return 'place';
  if (type === 'gpe') return demonyms.has(surface.toLowerCase()) ? undefined : 'place';
  return undefined;
}

function lowerSet(entries: readonly string[] | undefined): Set<string> {
  return new Set((entries ?? []).map((e) => e.toLowerCase()));
}

function namesOf(text: string, spans: readonly TypedSpan[]): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (const s of spans) {
    if (!(NAME_TYPES as readonly string[]).includes(s.type)) continue;
    const name = nameWithin(text, s.start, s.end, s.type);
    if (name) out.push(name);
  }
  return out;
}

export function evaluateRe3dEntities(sharedDir: string, model: NerModel = getNerModel()): QualityRow[] {
  const docs = loadRe3d(sharedDir);
  return re3dRows(
    docs,
    productMentions,
    're3d names (product)',
    'exact span + type; target F1 >= 0.75',
  ).concat(
    re3dRows(
      docs,
      (doc) => taggerSpans(doc, model),
      're3d names (tagger only)',
      'exact span + type; diagnostic',
    ),
  );
}

/** Exact and overlap rows for any predictor over re3d documents; predictions go through `nameWithin`. */
export function re3dRows(
  docs: readonly Re3dDocument[],
  predict: (doc: Re3dDocument) => TypedSpan[],
  suite: string,
  note = 'exact span + type',
): QualityRow[] {
  const locations = locationSurfaces(docs);
  const exact = new SpanScorer();
  const overlap = new Map<string, Counts>(NAME_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (const doc of docs) {
    const gold = goldNames(doc, locations);
    const predicted = namesOf(doc.text, predict(doc));
    exact.add(gold, predicted);
    for (const type of NAME_TYPES) {
      const c = overlapCounts(gold, dedupe(predicted), type);
      const sum = overlap.get(type)!;
      sum.tp += c.tp;
      sum.fp += c.fp;
      sum.fn += c.fn;
    }
  }
  const rows = NAME_TYPES.map((type) => rowFromCounts(suite, type, exact.total([type])));
  rows.push(rowFromCounts(suite, 'micro', exact.total(NAME_TYPES), note));
  const lenient = NAME_TYPES.reduce<Counts>(
    (acc, t) => {
      const c = overlap.get(t)!;
      return { tp: acc.tp + c.tp, fp: acc.fp + c.fp, fn: acc.fn + c.fn };
    },
    { tp: 0, fp: 0, fn: 0 },
  );
  rows.push(rowFromCounts(suite, 'micro (overlap)', lenient, 'same type, overlapping span'));
  return rows;
}

function dedupe(spans: readonly TypedSpan[]): TypedSpan[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.start}:${s.end}:${s.type}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
