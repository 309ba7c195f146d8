/**
 * Resolve stage: one entity per real-world thing, within and across documents.
 *   - lexicon mentions join their entry (Pentagon = Department of Defense, U.S. = America = United States);
 *   - people cluster by full name, a surname joining the unique full name it ends (`./resolve/persons.ts`);
 *   - organizations named through a country share a key ("Mexican government" = "Mexico's government");
 *   - other names by their normal form (case, accents, dots, possessives), then acronyms join expansions
 *     ("Joint Special Operations Command (JSOC)", or initials that spell a unique name);
 *   - coreference mentions take their antecedent's entity; they are not aliases.
 * Each entity gets a canonical label (the most complete common form), aliases, documents and a readable id.
 * Design notes: docs/entities.md.
 */
import type { CorpusState } from './index';
import type { AnnotatedDocument, Entity, EntityType, Mention } from './types';
import { getLexicon, type LexEntity } from './mentions/lexicon';
import { slugify } from './mentions/slug';
import { phraseKeys } from './mentions/words';
import {
  acronymDefinedAfter,
  acronymLetters,
  acronymMayAbbreviate,
  initials,
  isAcronym,
} from './resolve/acronyms';
import { chooseLabel, chooseType } from './resolve/canonical';
import { aliasForm, matchKey } from './resolve/normalize';
import { clusterPersons } from './resolve/persons';
import { countryQualifiedKey, qualifiedKey } from './resolve/qualified';
import { linkBracketedNames, linkShortOrganizationNames } from './resolve/short-forms';
import { UnionFind } from './resolve/union-find';

export function resolveEntities(state: CorpusState): void {
  for (const doc of state.documents) personsNamedLikeOutlets(doc);
  const named = state.documents.flatMap((doc) => doc.mentions.filter((m) => m.source !== 'coref'));
  const keyOf = initialKeys(state.documents);
  const sets = new UnionFind();
  for (const m of named) sets.add(keyOf.get(m)!);
  linkLexiconNames(named, keyOf, sets);
  linkAcronyms(state.documents, named, keyOf, sets);
  linkDesignations(named, sets);
  linkGenericCartels(named, keyOf, sets);
  linkSurnamesTaggedAsOther(named, keyOf, sets);
  for (const doc of state.documents) {
    linkStormShortNames(doc, keyOf, sets);
    linkCountryPrefixedNames(doc, keyOf, sets);
    linkShortOrganizationNames(doc, keyOf, sets);
    linkBracketedNames(doc, keyOf, sets);
  }

  const groups = new Map<string, Mention[]>();
  for (const m of named) {
    const root = sets.find(keyOf.get(m)!);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(m);
  }
  const docIndex = new Map(state.documents.map((d, i) => [d.id, i]));
  state.entities = buildEntities([...groups.values()], docIndex);
  attachCoreferences(state.documents, new Map(state.entities.map((e) => [e.id, e])));
}

/** First key of every named mention: lexicon entry, person cluster, country + noun, or normal form. */
function initialKeys(documents: readonly AnnotatedDocument[]): Map<Mention, string> {
  const keys = clusterPersons(documents);
  for (const doc of documents) {
    for (const m of doc.mentions) {
      if (m.source === 'coref' || keys.has(m)) continue;
      if (m.lexicon) keys.set(m, `lex:${m.lexicon}`);
      else {
        const qualified = m.type === 'organization' ? qualifiedKey(m.text, m.country) : undefined;
        keys.set(m, qualified ? `country:${qualified}` : `name:${matchKey(m.text)}`);
      }
    }
  }
  return keys;
}

/** A name the tagger or a rule found that is also a lexicon alias joins the lexicon entry. */
function linkLexiconNames(named: readonly Mention[], keyOf: Map<Mention, string>, sets: UnionFind): void {
  const lexicon = getLexicon();
  const looked = new Map<string, LexEntity | undefined>();
  for (const m of named) {
    if (m.lexicon || m.type === 'person') continue;
    // "its National Guard" (Mexico's) is not the lexicon's body; "Iraqi security forces" names its country.
    if (m.country && !countryQualifiedKey(m.text)) continue;
    if (!looked.has(m.text)) looked.set(m.text, lexicon.byAlias.get(phraseKeys(aliasForm(m.text)).join(' ')));
    const entity = looked.get(m.text);
    if (entity) sets.union(`lex:${entity.id}`, keyOf.get(m)!);
  }
}

/**
 * "Foreign Terrorist Organizations (FTOs)" defines FTOs wherever it appears; an acronym never defined joins
 * the one multi-word name in the corpus whose initials spell it ("JSOC" -> "Joint Special Operations Command").
 */
function linkAcronyms(
  documents: readonly AnnotatedDocument[],
  named: readonly Mention[],
  keyOf: Map<Mention, string>,
  sets: UnionFind,
): void {
  const defined = new Set<string>();
  for (const doc of documents) {
    for (const m of doc.mentions) {
      if (m.source === 'coref' || m.type === 'person') continue;
      const acronym = acronymDefinedAfter(doc.text, m.end);
      // "al-Qaeda in Iraq (AQI)": the bracket may close a longer phrase than the mention before it.
      if (!acronym || !acronymMayAbbreviate(acronym, aliasForm(m.text))) continue;
      const acronymKey = `name:${matchKey(acronym)}`;
      sets.add(acronymKey);
      sets.union(keyOf.get(m)!, acronymKey);
      defined.add(acronymLetters(acronym));
    }
  }
  const byInitials = new Map<string, Set<string>>();
  for (const m of named) {
    if (m.type === 'person' || !/\s/.test(m.text.trim())) continue;
    const letters = initials(aliasForm(m.text));
    if (letters.length < 2) continue;
    if (!byInitials.has(letters)) byInitials.set(letters, new Set());
    byInitials.get(letters)!.add(sets.find(keyOf.get(m)!));
  }
  for (const m of named) {
    if (m.lexicon || m.type === 'person' || !isAcronym(m.text.trim())) continue;
    const letters = acronymLetters(m.text.trim());
    if (defined.has(letters)) {
      sets.union(`name:${matchKey(letters)}`, keyOf.get(m)!);
      continue;
    }
    const expansions = byInitials.get(letters);
    if (expansions?.size === 1) sets.union([...expansions][0], keyOf.get(m)!);
  }
}

/** "Terrorist Organizations" (a heading) is the "Foreign Terrorist Organizations" designation. */
function linkDesignations(named: readonly Mention[], sets: UnionFind): void {
  const policies = [...new Set(named.filter((m) => m.type === 'policy').map((m) => matchKey(m.text)))];
  for (const short of policies) {
    const longer = policies.filter((long) => long !== short && long.endsWith(` ${short}`));
    if (longer.length === 1 && short.includes(' ')) sets.union(`name:${short}`, `name:${longer[0]}`);
  }
}

/**
 * "drug cartels" are the corpus' cartels when it names exactly one country's ("Mexican cartels", "Mexican
 * drug cartels"); otherwise they stay a node of their own.
 */
function linkGenericCartels(named: readonly Mention[], keyOf: Map<Mention, string>, sets: UnionFind): void {
  const qualified = new Set<string>();
  for (const m of named) {
    const key = keyOf.get(m)!;
    if (/^country:[^|]+\|(drug )?cartels$/.test(key)) qualified.add(sets.find(key));
  }
  if (qualified.size !== 1) return;
  const [root] = qualified;
  for (const m of named) if (keyOf.get(m) === 'name:drug cartels') sets.union(root, 'name:drug cartels');
}

/** A surname the tagger typed as an organization or place joins the person of the same document. */
function linkSurnamesTaggedAsOther(
  named: readonly Mention[],
  keyOf: Map<Mention, string>,
  sets: UnionFind,
): void {
  const personBySurname = new Map<string, Set<string>>();
  for (const m of named) {
    if (m.type !== 'person') continue;
    const key = keyOf.get(m)!;
    const surname = key.slice('person:'.length).split(' ').at(-1)!.split('@')[0];
    if (!personBySurname.has(surname)) personBySurname.set(surname, new Set());
    personBySurname.get(surname)!.add(sets.find(key));
  }
  for (const m of named) {
    if (m.type === 'person' || m.lexicon || m.source !== 'tagger') continue;
    const people = personBySurname.get(matchKey(m.text));
    if (people?.size === 1) sets.union([...people][0], keyOf.get(m)!);
  }
}

/**
 * "Michael Bloomberg ... Bloomberg endorsed Biden": in a document naming a person in full, their surname
 * alone is that person even when a lexicon knows it as an outlet or company, unless the document also
 * names the body in a longer form ("Bloomberg News"). The mention leaves the lexicon entry.
 */
function personsNamedLikeOutlets(doc: AnnotatedDocument): void {
  const surnames = new Set<string>();
  const longer = new Set<string>();
  for (const m of doc.mentions) {
    if (m.source === 'coref') continue;
    const words = matchKey(m.text).split(' ');
    if (m.type === 'person' && words.length >= 2) surnames.add(words[words.length - 1]);
    if (m.lexicon && m.type === 'organization' && words.length >= 2) for (const w of words) longer.add(w);
  }
  for (const m of doc.mentions) {
    if (m.source === 'coref' || !m.lexicon || m.type !== 'organization') continue;
    const key = matchKey(m.text);
    if (key.includes(' ') || !surnames.has(key) || longer.has(key) || /^\p{Lu}{2,}$/u.test(m.text)) continue;
    delete m.lexicon;
    m.type = 'person';
  }
}

const STORM_PREFIX = /^(?:hurricane|typhoon|cyclone|tropical storm|storm|super typhoon)\s+(\S+)$/;

/** "Hurricane Dorian ... Dorian strengthened": the storm's name alone is the storm, in its document. */
function linkStormShortNames(doc: AnnotatedDocument, keyOf: Map<Mention, string>, sets: UnionFind): void {
  const storms = new Map<string, string>();
  for (const m of doc.mentions) {
    const match = m.source !== 'coref' && m.type === 'event' ? STORM_PREFIX.exec(matchKey(m.text)) : null;
    if (match) storms.set(match[1], keyOf.get(m)!);
  }
  if (storms.size === 0) return;
  for (const m of doc.mentions) {
    if (m.source === 'coref' || m.lexicon) continue;
    const storm = storms.get(matchKey(m.text));
    if (storm) sets.union(storm, keyOf.get(m)!);
  }
}

/**
 * "US Libertarian Party" and "Libertarian Party", "Australian Liberal Party" and "Liberal Party" in one
 * document: a country's name or adjective before a name the document also uses bare is the same body.
 * Per document only: "Liberal Party" in another article may be another country's.
 */
function linkCountryPrefixedNames(
  doc: AnnotatedDocument,
  keyOf: Map<Mention, string>,
  sets: UnionFind,
): void {
  const bare = new Map<string, string>();
  const organizations = doc.mentions.filter((m) => m.source !== 'coref' && m.type === 'organization');
  for (const m of organizations) bare.set(matchKey(m.text), keyOf.get(m)!);
  const lexicon = getLexicon();
  for (const m of organizations) {
    const words = aliasForm(m.text).split(/\s+/);
    for (let n = 1; n <= 3 && n < words.length - 1; n++) {
      const prefix = phraseKeys(words.slice(0, n).join(' '));
      const country =
        lexicon.byAlias.get(prefix.join(' '))?.kind === 'country' || lexicon.demonyms.get(prefix).length > 0;
      if (!country) continue;
      const rest = bare.get(matchKey(words.slice(n).join(' ')));
      if (rest) sets.union(rest, keyOf.get(m)!);
      break;
    }
  }
}

function buildEntities(groups: Mention[][], docIndex: ReadonlyMap<string, number>): Entity[] {
  const lexicon = getLexicon();
  const position = (mentions: readonly Mention[]): number =>
    Math.min(...mentions.map((m) => (docIndex.get(m.docId) ?? 0) * 1e9 + m.start));
  const ordered = groups.sort((a, b) => position(a) - position(b));
  const used = new Set<string>();
  const entities: Entity[] = [];
  for (const mentions of ordered) {
    const lexiconId = mentions.find((m) => m.lexicon)?.lexicon;
    const entry = lexiconId ? lexicon.entities.get(lexiconId) : undefined;
    const type: EntityType = entry?.type ?? chooseType(mentions);
    const label = entry?.label ?? nationalLabel(mentions) ?? chooseLabel(mentions, type);
    const id = uniqueId(`${type}:${slugify(label)}`, used);
    const aliases = [...new Set([label, ...mentions.map((m) => aliasForm(m.text))])];
    const docs = [...new Set(mentions.map((m) => m.docId))];
    for (const m of mentions) m.entity = id;
    entities.push({ id, label, type, aliases, mentions, docs });
  }
  return entities;
}

/**
 * "its National Guard" (Mexico) alone is labelled "Mexican National Guard": a body known only by its bare
 * noun takes its country's adjective, so that it reads apart from the namesake body of another country.
 */
function nationalLabel(mentions: readonly Mention[]): string | undefined {
  if (!mentions.every((m) => m.country && !m.lexicon)) return undefined;
  if (mentions.some((m) => countryQualifiedKey(m.text))) return undefined;
  const country = getLexicon().entities.get(mentions[0].country!);
  const noun = aliasForm(mentions[0].text).replace(/^its\s+/i, '');
  return country?.demonym ? `${country.demonym} ${noun}` : undefined;
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/**
 * Coreference mentions take their antecedent's entity and are added to its mentions (not its aliases);
 * those whose antecedent found no entity are dropped, and antecedent indexes are renumbered.
 */
function attachCoreferences(documents: AnnotatedDocument[], entities: ReadonlyMap<string, Entity>): void {
  for (const doc of documents) {
    const kept: Mention[] = [];
    const newIndex = new Map<number, number>();
    doc.mentions.forEach((m, i) => {
      if (m.source === 'coref') {
        const antecedent = m.antecedent === undefined ? undefined : doc.mentions[m.antecedent];
        const entity = antecedent?.entity ? entities.get(antecedent.entity) : undefined;
        if (!entity) return;
        m.entity = entity.id;
        m.type = entity.type;
        entity.mentions.push(m);
        if (!entity.docs.includes(doc.id)) entity.docs.push(doc.id);
      }
      newIndex.set(i, kept.length);
      kept.push(m);
    });
    for (const m of kept) if (m.antecedent !== undefined) m.antecedent = newIndex.get(m.antecedent);
    doc.mentions = kept;
  }
}
