/**
 * Readings of tagged names that need the whole document (run after `harmonizeTaggerTypes`):
 *   - the short form of an organization: "Mahan" where the document names "Mahan Air", "Houthi" beside
 *     "Houthi movement" (the name without its head noun);
 *   - a subsidiary: "Netto Poland" where the document names "Netto" as an organization;
 *   - "Mahan Air of Iran" where the document also writes "Mahan Air": the name stops before "of", and the
 *     country is its own mention;
 *   - a person's name opening with an organization the lexicon knows: "told MSNBC Cummings ..." is Cummings;
 *   - a source: a one-word name that "reports", or that something is "according to", and that is no part of
 *     a person's name in the document ("Rudaw reports ...");
 *   - a person whose government or campaign is named ("the government of Abdrabbuh Mansur Hadi");
 *   - "Abderrahman Samba of Qatar" (no head noun before "of" a country): a person and the country;
 *   - party, faith and nationality words opening a person's span ("Democrat Rod Blagojevich") or a place's
 *     ("Republican Iowa caucuses") are no part of it;
 *   - two people of the document joined by "and" in one tagged span ("Hurley and Behnken") are two;
 *   - a craft: "the Crew Dragon capsule" (or "the plane, a Beechcraft Sierra") makes every tagged "Crew Dragon" of the document no entity (the
 *     ontology has no vehicles);
 *   - a body's name in another language, in brackets after it ("the Supreme Court of Justice (Oberster
 *     Gerichtshof)"): the same body.
 */
import type { Candidate } from './candidate';
import { givenNames } from './consistency';
import type { SentenceContext } from './context';
import { ORG_HEADS, PLACE_HEADS } from './vocabulary';

interface DocumentForms {
  /** Forms (word keys joined by spaces) of every candidate, with their types. */
  forms: Map<string, Set<Candidate['type']>>;
  /** Organization names without their head noun: "mahan" for "Mahan Air". */
  shortOrganizations: Set<string>;
  /** Words of people's names written in full: "thunberg", "greta". */
  personParts: Set<string>;
  /** Tagged names in brackets after an organization's name: its name in another language. */
  bracketed: Set<string>;
  /** Names of vehicles and craft: a vehicle noun follows them somewhere ("the Crew Dragon capsule"). */
  vehicles: Set<string>;
  /** Each candidate's form, computed once (dropped when a span changes). */
  formOf: Map<Candidate, string>;
}

export function refineTaggerReadings(contexts: readonly SentenceContext[], candidates: Candidate[][]): void {
  const known = documentForms(contexts, candidates);
  const given = givenNames();
  contexts.forEach((ctx, s) => {
    for (const c of candidates[s]) {
      if (c.source === 'tagger' || c.why === 'organization-head') cutOfCountry(ctx, c, known);
      if (c.source !== 'tagger') continue;
      personAfterOrganization(ctx, c, known);
      personOfCountry(ctx, c, known);
      withoutGroupWords(ctx, c, known);
      const second = splitPeopleList(ctx, c, known);
      if (second) candidates[s].push(second);
      const key = known.formOf.get(c) ?? formOf(ctx, c.start, c.end);
      const oneWord = isOneWord(ctx, c);
      const personLike = known.personParts.has(key) || given.has(key);
      if (oneWord && !personLike && known.shortOrganizations.has(key)) c.type = 'organization';
      else if (isSubsidiary(ctx, c, known)) c.type = 'organization';
      else if (oneWord && !personLike && c.type === 'person' && isSource(ctx, c)) c.type = 'organization';
      else if (c.type === 'organization' && isGovernedBy(ctx, c)) c.type = 'person';
      if (known.bracketed.has(key)) c.type = 'organization';
    }
    // "the Crew Dragon capsule ... the Crew Dragon was carrying cargo": a craft is no person or place.
    if (known.vehicles.size > 0)
      candidates[s] = candidates[s].filter(
        (c) =>
          c.source !== 'tagger' ||
          c.type === 'organization' ||
          !known.vehicles.has(known.formOf.get(c) ?? formOf(ctx, c.start, c.end)) ||
          known.personParts.has(ctx.keys[c.end - 1]),
      );
  });
}

/** Nouns of vehicles and craft: the ontology has no type for them. */
const VEHICLES = new Set(
  `capsule spacecraft spaceship rocket satellite probe rover lander shuttle ship vessel boat yacht submarine tanker
   ferry aircraft airliner jet plane helicopter drone train locomotive car truck`.split(/\s+/),
);

function documentForms(
  contexts: readonly SentenceContext[],
  candidates: readonly Candidate[][],
): DocumentForms {
  const known: DocumentForms = {
    forms: new Map(),
    shortOrganizations: new Set(),
    personParts: new Set(),
    bracketed: new Set(),
    vehicles: new Set(),
    formOf: new Map(),
  };
  const people: string[][] = [];
  contexts.forEach((ctx, s) => {
    for (const c of candidates[s]) {
      if (c.source === 'tagger' && c.end - c.start > 1 && bracketedAfterOrganization(ctx, c, candidates[s]))
        known.bracketed.add(formOf(ctx, c.start, c.end));
      // "the SpaceX Crew Dragon capsule": the craft's name and its endings ("Crew Dragon").
      if (c.source === 'tagger' && ctx.words[c.end]?.shape === 'lower' && VEHICLES.has(ctx.keys[c.end]))
        for (let start = c.start; start < c.end - 1 || start === c.start; start++)
          known.vehicles.add(formOf(ctx, start, c.end));
      // "the propeller plane, a Beechcraft Sierra,".
      if (c.source === 'tagger' && namedAfterVehicle(ctx, c.start))
        known.vehicles.add(formOf(ctx, c.start, c.end));
      const key = formOf(ctx, c.start, c.end);
      known.formOf.set(c, key);
      if (!known.forms.has(key)) known.forms.set(key, new Set());
      known.forms.get(key)!.add(c.type);
      const words = key.split(' ');
      if (c.type === 'person' && words.length >= 2 && !words.includes('and')) people.push(words);
      if (c.type === 'organization' && words.length >= 2 && ORG_HEADS.has(words[words.length - 1]))
        known.shortOrganizations.add(words.slice(0, -1).join(' '));
    }
  });
  for (const words of people)
    if (!known.vehicles.has(words.join(' '))) for (const w of words) known.personParts.add(w);
  return known;
}

function formOf(ctx: SentenceContext, start: number, end: number): string {
  return ctx.keys.slice(start, end).join(' ');
}

/** One word as written: "Chan-o-cha" is one, "Mahan Air" two. */
function isOneWord(ctx: SentenceContext, c: Candidate): boolean {
  for (let i = c.start + 1; i < c.end; i++) if (ctx.words[i].spaceBefore) return false;
  return true;
}

/** "Mahan Air of Iran" with "Mahan Air" elsewhere in the document: the span stops before "of". */
function cutOfCountry(ctx: SentenceContext, c: Candidate, known: DocumentForms): void {
  for (let of = c.start + 1; of < c.end - 1; of++) {
    if (ctx.keys[of] !== 'of') continue;
    const country = ctx.names.find((n) => n.start === of + 1 && n.end === c.end);
    if (country?.value.entity.kind !== 'country') continue;
    const before = formOf(ctx, c.start, of);
    if (known.forms.has(before) || ctx.names.some((n) => n.start === c.start && n.end === of)) {
      c.end = of;
      known.formOf.delete(c);
    }
    return;
  }
}

/** "Netto Poland", "Amazon Germany": an organization of the document followed by a country's name. */
function isSubsidiary(ctx: SentenceContext, c: Candidate, known: DocumentForms): boolean {
  const country = ctx.names.find((n) => n.end === c.end && n.start > c.start);
  if (country?.value.entity.kind !== 'country') return false;
  return known.forms.get(formOf(ctx, c.start, country.start))?.has('organization') ?? false;
}

const REPORTING = new Set(['reports', 'reported']);

/** "Rudaw reports ...", "according to Rudaw": a source named by one word. */
function isSource(ctx: SentenceContext, c: Candidate): boolean {
  if (REPORTING.has(ctx.keys[c.end] ?? '')) return true;
  return ctx.keys[c.start - 1] === 'to' && ctx.keys[c.start - 2] === 'according';
}

const GOVERNED_NOUNS = new Set([
  'government',
  'administration',
  'regime',
  'campaign',
  'cabinet',
  'presidency',
]);

/**
 * "the government of Abdrabbuh Mansur Hadi", "the campaign of Viktar Babaryka": a name of two to four words
 * with no head noun, after one of these nouns and "of", is the person who leads it.
 */
function isGovernedBy(ctx: SentenceContext, c: Candidate): boolean {
  if (ctx.keys[c.start - 1] !== 'of' || !GOVERNED_NOUNS.has(ctx.keys[c.start - 2] ?? '')) return false;
  if (ctx.names.some((n) => n.start < c.end && c.start < n.end)) return false;
  const words = ctx.keys.slice(c.start, c.end).filter((k) => k !== '-');
  if (words.length < 2 || words.length > 4) return false;
  return !words.some((k) => ORG_HEADS.has(k) || PLACE_HEADS.has(k));
}

/** "X (Oberster Gerichtshof)": a tagged name alone in brackets right after an organization's name. */
function bracketedAfterOrganization(ctx: SentenceContext, c: Candidate, all: readonly Candidate[]): boolean {
  if (ctx.words[c.start - 1]?.text !== '(' || ctx.words[c.end]?.text !== ')') return false;
  if (ctx.names.some((n) => n.start === c.start && n.end === c.end)) return false;
  return all.some((o) => o !== c && o.end === c.start - 1 && o.type === 'organization');
}

/**
 * "MSNBC Cummings" where the document names Elijah Cummings: a lexicon organization's name opening a tagged
 * span before a person's name of the document is no part of it.
 */
function personAfterOrganization(ctx: SentenceContext, c: Candidate, known: DocumentForms): void {
  const name = ctx.names.find(
    (n) => n.start === c.start && n.end < c.end && n.value.entity.type === 'organization',
  );
  if (!name) return;
  const rest = formOf(ctx, name.end, c.end);
  if (
    c.type !== 'person' &&
    !known.personParts.has(ctx.keys[c.end - 1]) &&
    !known.forms.get(rest)?.has('person')
  )
    return;
  c.start = name.end;
  c.type = 'person';
  known.formOf.delete(c);
}

/** "the single-engine propeller plane, a Beechcraft Sierra,": a name in apposition to a vehicle noun. */
function namedAfterVehicle(ctx: SentenceContext, start: number): boolean {
  let i = start - 1;
  if (/^(a|an|the)$/.test(ctx.keys[i] ?? '')) i--;
  return ctx.keys[i] === ',' && VEHICLES.has(ctx.keys[i - 1] ?? '');
}

/**
 * "Abderrahman Samba of Qatar": two to four words with no head noun before "of" and a country are a person
 * (an organization's name has its head noun: "Mahan Air of Iran", "Government of Iraq").
 */
function personOfCountry(ctx: SentenceContext, c: Candidate, known: DocumentForms): void {
  const of = ctx.keys.indexOf('of', c.start);
  if (of < c.start + 2 || of > c.start + 4 || of >= c.end - 1) return;
  const country = ctx.names.find((n) => n.start === of + 1 && n.end === c.end);
  if (country?.value.entity.kind !== 'country') return;
  const words = ctx.keys.slice(c.start, of);
  if (words.some((k) => ORG_HEADS.has(k) || PLACE_HEADS.has(k) || !/^\p{L}/u.test(k))) return;
  if (ctx.names.some((n) => n.start < of && c.start < n.end)) return;
  c.end = of;
  c.type = 'person';
  known.formOf.delete(c);
}

/** "Democrat Rod Blagojevich" typed person, "Republican Iowa" before "caucuses": past the group words. */
function withoutGroupWords(ctx: SentenceContext, c: Candidate, known: DocumentForms): void {
  const groups = ctx.doc.lexicon.groupWords;
  let start = c.start;
  while (start < c.end - 1 && groups.has(ctx.keys[start])) start++;
  if (start === c.start) return;
  const lexicon = ctx.names.find((n) => n.start === start && n.end === c.end)?.value.entity;
  // "Democrat Rod Blagojevich" the tagger called an organization: the rest is a person's name (a given name
  // opens it, or the document reads it as a person: "Rod Blagojevich, the former governor").
  const rest = formOf(ctx, start, c.end);
  const person =
    c.type === 'person' ||
    (!lexicon && (givenNames().has(ctx.keys[start]) || (known.forms.get(rest)?.has('person') ?? false)));
  if (!person && !lexicon) return;
  c.start = start;
  c.type = person ? 'person' : lexicon!.type;
  known.formOf.delete(c);
}

/** "Hurley and Behnken": two people of the document in one span; the span keeps the first, returns the second. */
function splitPeopleList(ctx: SentenceContext, c: Candidate, known: DocumentForms): Candidate | undefined {
  const and = ctx.keys.indexOf('and', c.start);
  if (and <= c.start || and >= c.end - 1) return undefined;
  const parts = [formOf(ctx, c.start, and), formOf(ctx, and + 1, c.end)];
  // Each part a word of a person's full name in the document ("Doug Hurley", "Bob Behnken").
  if (!parts.every((p) => known.personParts.has(p))) return undefined;
  const second: Candidate = { ...c, start: and + 1, type: 'person' };
  c.end = and;
  c.type = 'person';
  known.formOf.delete(c);
  return second;
}
