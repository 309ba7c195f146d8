/**
 * Coreference mentions (`source: 'coref'`): third-person pronouns and definite descriptions that refer to a
 * clear antecedent, so that relations see "He has made it clear..." or "the president" as the entity.
 *   - he/him/his, she/her: the one person (gender-compatible) named earlier in the same sentence, else the
 *     one in the same or the previous sentence; with several, the document's dominant person if it is among
 *     them; otherwise nothing.
 *   - its (and "it" before a reporting or action verb): the nearest organization, country, policy or event
 *     earlier in the sentence, else the only one in the previous sentence.
 *   - "the president", "the former president", "the commander in chief", "the secretary"...: the person
 *     last mentioned with that title in the document.
 *   - "the country", "the agency", "the outlet", "the administration", "the border"...: the last entity
 *     of that kind (nearest in the sentence, else the subject of the previous sentence, else the last in
 *     the document for specific nouns).
 * When unclear, no mention is added. Coreference mentions are not aliases (the resolver keeps them out).
 */
import type { EntityType, Mention, SegmentedDocument } from '../types';
import type { SentenceContext } from './context';
import { getLexicon } from './lexicon';
import { tokenRange } from './tokens';

interface Referent {
  /** The named mention this entry stands for (itself for a named mention). */
  named: Mention;
  identity: string;
  type: EntityType;
  kind: string;
  sentence: number;
  start: number;
  /** Where its words end in this occurrence (the named mention's, or the coreference mention's). */
  end: number;
}

type Gender = 'male' | 'female';
const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
const IT_VERBS = new Set(
  'said says has had will added announced reported warned denied rejected claimed stated plans wants argued insisted'.split(
    ' ',
  ),
);
const TITLE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  'commander in chief': ['president', 'commander-in-chief', 'commander in chief'],
  'commander-in-chief': ['president', 'commander-in-chief', 'commander in chief'],
};

/** Description heads for organizations and places, and what the antecedent's label or kind must show. */
const DESCRIPTIONS: ReadonlyArray<{
  nouns: readonly string[];
  accepts: (r: Referent) => boolean;
  anywhere: boolean;
}> = [
  { nouns: ['country', 'nation'], accepts: (r) => r.kind === 'country', anywhere: false },
  {
    nouns: ['outlet', 'network', 'newspaper', 'paper', 'broadcaster'],
    accepts: (r) => r.kind === 'media',
    anywhere: true,
  },
  { nouns: ['agency'], accepts: labelHas(/\b(agency|administration|bureau|service)\b/), anywhere: true },
  { nouns: ['department'], accepts: labelHas(/\bdepartment\b/), anywhere: true },
  { nouns: ['ministry'], accepts: labelHas(/\bministry\b/), anywhere: true },
  { nouns: ['administration'], accepts: labelHas(/\badministration$/), anywhere: true },
  { nouns: ['cartel', 'cartels'], accepts: labelHas(/\bcartels?\b/), anywhere: true },
  { nouns: ['alliance'], accepts: labelHas(/\b(alliance|nato)\b/), anywhere: true },
  {
    nouns: ['border'],
    accepts: (r) => r.type === 'place' && /\bborder$/i.test(r.named.text),
    anywhere: true,
  },
];

function labelHas(pattern: RegExp): (r: Referent) => boolean {
  return (r) =>
    r.type === 'organization' && (pattern.test(r.named.text.toLowerCase()) || pattern.test(r.kind));
}

export function addCoreferences(
  doc: SegmentedDocument,
  sentences: SentenceContext[],
  named: Mention[],
): Mention[] {
  const sorted = [...named].sort((a, b) => a.start - b.start);
  const holders = titleHolders(sorted);
  const history: Referent[] = [];
  const titles = new Map<string, Set<string>>();
  const genders = new Map<string, Gender>();
  const counts = new Map<string, number>();
  const links = new Map<Mention, Mention>();
  let next = 0;
  for (const ctx of sentences) {
    const inSentence = [];
    while (next < sorted.length && sorted[next].sentence === ctx.sentence.index)
      inSentence.push(sorted[next++]);
    const triggers = findTriggers(ctx, inSentence);
    let k = 0;
    for (const trigger of triggers) {
      // Named mentions before the trigger enter the history first.
      while (k < inSentence.length && inSentence[k].start < trigger.start) record(inSentence[k++]);
      const antecedent = resolveTrigger(ctx, trigger);
      if (!antecedent) continue;
      const mention = toCorefMention(doc, ctx, trigger, antecedent.named);
      links.set(mention, antecedent.named);
      history.push({ ...antecedent, sentence: ctx.sentence.index, start: mention.start, end: mention.end });
    }
    while (k < inSentence.length) record(inSentence[k++]);
  }

  function record(m: Mention): void {
    const referent = referentOf(m);
    history.push(referent);
    counts.set(referent.identity, (counts.get(referent.identity) ?? 0) + 1);
    if (m.title) {
      if (!titles.has(referent.identity)) titles.set(referent.identity, new Set());
      titles.get(referent.identity)!.add(m.title.core.toLowerCase());
      const gender = titleGender(m.title.core);
      if (gender) genders.set(referent.identity, gender);
    }
  }

  function resolveTrigger(ctx: SentenceContext, trigger: Trigger): Referent | undefined {
    const s = ctx.sentence.index;
    const window = history.filter((r) => r.sentence === s || r.sentence === s - 1);
    if (trigger.kind === 'pronoun') {
      const gender = trigger.gender;
      const compatible = (r: Referent) =>
        r.type === 'person' && (!gender || !genders.has(r.identity) || genders.get(r.identity) === gender);
      // "Maduro warned he has...": a person named earlier in the same sentence binds the pronoun.
      const here = distinct(window.filter((r) => r.sentence === s && compatible(r)));
      if (here.length === 1) return here[0];
      const people = distinct(window.filter(compatible));
      if (people.length === 1) return people[0];
      return dominant(here.length > 1 ? here : people);
    }
    if (trigger.kind === 'its') {
      const things = window.filter((r) => r.type !== 'person');
      const here = things.filter((r) => r.sentence === s);
      // "the attacks in Paris stiffened the resolve of the international community in its ...": a
      // definite collective noun in between is the nearer antecedent, and it is not an entity.
      const last = here[here.length - 1];
      if (last) return collectiveBetween(ctx, last.end, trigger.from) ? undefined : last;
      const before = distinct(things);
      return before.length === 1 ? before[0] : undefined;
    }
    if (trigger.kind === 'title') {
      const wanted = TITLE_SYNONYMS[trigger.noun] ?? [trigger.noun];
      for (let i = history.length - 1; i >= 0; i--) {
        const r = history[i];
        const held = titles.get(r.identity);
        if (r.type === 'person' && held && wanted.some((t) => held.has(t))) return r;
      }
      // "The Foreign Secretary joined ..." in a lead, "The Foreign Secretary Boris Johnson" below: the one
      // person the document gives that (multi-word, specific) title, even if named later.
      const later = wanted.length === 1 && trigger.noun.includes(' ') ? holders.get(trigger.noun) : undefined;
      return later && later.size === 1 ? referentOf([...later.values()][0]) : undefined;
    }
    const description = DESCRIPTIONS.find((d) => d.nouns.includes(trigger.noun));
    if (!description) return undefined;
    const here = window.filter((r) => r.sentence === s && description.accepts(r));
    if (here.length > 0) return here[here.length - 1];
    const previous = window.filter((r) => r.sentence === s - 1 && description.accepts(r));
    if (previous.length > 0) return previous[0];
    if (!description.anywhere) return undefined;
    for (let i = history.length - 1; i >= 0; i--) if (description.accepts(history[i])) return history[i];
    return undefined;
  }

  /** With several candidates, the person the document is about (twice as many mentions as any other). */
  function dominant(people: readonly Referent[]): Referent | undefined {
    if (people.length < 2) return undefined;
    const ranked = [...people].sort((a, b) => (counts.get(b.identity) ?? 0) - (counts.get(a.identity) ?? 0));
    const top = counts.get(ranked[0].identity) ?? 0;
    return top >= 2 * (counts.get(ranked[1].identity) ?? 0) && top >= 3 ? ranked[0] : undefined;
  }

  const all = [...sorted, ...links.keys()].sort((a, b) => a.start - b.start);
  const index = new Map(all.map((m, i) => [m, i]));
  for (const [mention, antecedent] of links) mention.antecedent = index.get(antecedent);
  return all;
}

/** The named people of a document by the titles written before their names (lower case): one per identity. */
function titleHolders(named: readonly Mention[]): Map<string, Map<string, Mention>> {
  const holders = new Map<string, Map<string, Mention>>();
  for (const m of named) {
    if (m.type !== 'person' || !m.title) continue;
    const core = m.title.core.toLowerCase();
    if (!holders.has(core)) holders.set(core, new Map());
    const identity = referentOf(m).identity;
    if (!holders.get(core)!.has(identity)) holders.get(core)!.set(identity, m);
  }
  return holders;
}

/** Nouns for bodies and groups that "its" may refer to. */
const COLLECTIVE_NOUNS = new Set(
  (
    'community group organisation organization government coalition alliance company party movement army ' +
    'force council committee regime country nation state union agency ministry department administration ' +
    'network militia team court board commission'
  ).split(' '),
);

/** Whether a definite collective noun phrase ("the international community") lies between `from` and word `to`. */
function collectiveBetween(ctx: SentenceContext, from: number, to: number): boolean {
  const { words } = ctx;
  for (let i = 0; i < to; i++) {
    if (words[i].start < from || !COLLECTIVE_NOUNS.has(words[i].key) || words[i].shape !== 'lower') continue;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) if (/^(the|this|that)$/.test(words[j].key)) return true;
  }
  return false;
}

function distinct(referents: readonly Referent[]): Referent[] {
  const seen = new Map<string, Referent>();
  for (const r of referents) seen.set(r.identity, r); // the latest entry of each identity
  return [...seen.values()];
}

function referentOf(m: Mention): Referent {
  const lexicon = m.lexicon ? getLexicon().entities.get(m.lexicon) : undefined;
  const identity =
    m.type === 'person' ? `person:${personKey(m.text)}` : (m.lexicon ?? `${m.type}:${m.text.toLowerCase()}`);
  return {
    named: m,
    identity,
    type: m.type,
    kind: lexicon?.kind ?? '',
    sentence: m.sentence,
    start: m.start,
    end: m.end,
  };
}

/** A person's surname, the part a document reuses alone ("Donald Trump" -> "trump"). */
function personKey(text: string): string {
  const words = text
    .replace(/[“"‘][^”"’]*[”"’]/g, ' ')
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  return words[words.length - 1] ?? text.toLowerCase();
}

function titleGender(core: string): Gender | undefined {
  const lexicon = getLexicon();
  const keys = core.toLowerCase().replace(/\./g, '').split(/\s+/);
  return lexicon.titles.get(keys)[0]?.gender;
}

interface Trigger {
  kind: 'pronoun' | 'its' | 'title' | 'description';
  /** Word range in the sentence. */
  from: number;
  to: number;
  start: number;
  noun: string;
  gender?: Gender;
}

function findTriggers(ctx: SentenceContext, named: readonly Mention[]): Trigger[] {
  const { words } = ctx;
  const triggers: Trigger[] = [];
  let m = 0; // named mentions are sorted: sweep them alongside the words
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    while (m < named.length && named[m].end <= w.start) m++;
    if ((m < named.length && named[m].start <= w.start) || w.shape === 'other') continue;
    const key = w.key;
    // "HE Dr Ibrahim Al-Ja'afari": in capitals inside a normal sentence, HE is "His Excellency".
    const honorific = w.shape === 'upper' && w.text.length > 1 && !ctx.allCaps;
    if ((MALE.has(key) || FEMALE.has(key)) && !honorific) {
      triggers.push({
        kind: 'pronoun',
        from: i,
        to: i + 1,
        start: w.start,
        noun: key,
        gender: MALE.has(key) ? 'male' : 'female',
      });
    } else if (key === 'its' || (key === 'it' && IT_VERBS.has(words[i + 1]?.key ?? ''))) {
      triggers.push({ kind: 'its', from: i, to: i + 1, start: w.start, noun: key });
    } else if (key === 'the') {
      const description = descriptionAt(ctx, i);
      if (description) {
        triggers.push(description);
        i = description.to - 1;
      }
    }
  }
  return triggers;
}

/** Nouns that make a description word a modifier: "the border wall", "the agency director". */
const COMPOUND_NOUNS = new Set(
  (
    'wall walls security patrol patrols crossing crossings agent agents town towns community communities ' +
    'enforcement region regions issue issues policy policies control fence area areas situation surge crisis ' +
    'state states city cities music side team office director directors manager head heads chief official ' +
    'officials spokesman spokeswoman spokesperson staff staffer staffers report reports source sources ' +
    'leader leaders member members level levels house road roads'
  ).split(' '),
);

const DESCRIPTION_MODIFIERS = new Set([
  'former',
  'southern',
  'northern',
  'eastern',
  'western',
  'same',
  'current',
]);

/** "the (former) president", "the commander in chief", "the country", "the southern border". */
function descriptionAt(ctx: SentenceContext, i: number): Trigger | undefined {
  const { words } = ctx;
  let j = i + 1;
  while (DESCRIPTION_MODIFIERS.has(words[j]?.key ?? '')) j++;
  if (!words[j] || words[j].shape === 'other') return undefined;
  const after = (end: number) => words[end];
  let title = longestTitleAt(ctx, j);
  // "the US Secretary of State", "the Iraqi Foreign Minister": a country's office, named by its title.
  const country =
    ctx.demonyms.find((d) => d.start === j) ??
    ctx.names.find((n) => n.start === j && n.value.entity.kind === 'country');
  if (!title && country) {
    const qualified = longestTitleAt(ctx, country.end);
    if (qualified && isSpecificTitle(ctx, qualified.start, qualified.end)) title = qualified;
  }
  const inChief = words[j].key === 'commander' && words[j + 1]?.key === 'in' && words[j + 2]?.key === 'chief';
  let end: number;
  let noun: string;
  let kind: Trigger['kind'];
  if (inChief) {
    end = j + 3;
    noun = 'commander in chief';
    kind = 'title';
  } else if (title && (title.end === j + 1 || isSpecificTitle(ctx, title.start, title.end))) {
    end = title.end;
    noun = title.value.title.toLowerCase();
    kind = 'title';
  } else if (DESCRIPTIONS.some((d) => d.nouns.includes(words[j].key))) {
    end = j + 1;
    noun = words[j].key;
    kind = 'description';
  } else return undefined;
  // "the president of Mexico", "the president Claudia ..." and "the country's" are other constructions.
  const next = after(end);
  if (next && (next.key === 'of' || (next.shape === 'title' && next.spaceBefore))) return undefined;
  if (kind === 'description' && next && next.shape === 'lower' && COMPOUND_NOUNS.has(next.key))
    return undefined; // "the border wall", "the country music": a modifier, not the thing
  return { kind, from: i, to: end, start: words[i].start, noun };
}

/** The longest leader or member title starting at word `j` ("Secretary of State" over "Secretary"). */
function longestTitleAt(ctx: SentenceContext, j: number): SentenceContext['titles'][number] | undefined {
  let best: SentenceContext['titles'][number] | undefined;
  for (const t of ctx.titles)
    if (
      t.start === j &&
      (t.value.role === 'leader' || t.value.role === 'member') &&
      (!best || t.end > best.end)
    )
      best = t;
  return best;
}

/**
 * A title of several capitalised words ("the Foreign Secretary", "the Prime Minister", "the Secretary of
 * State") names one office: a description of its holder. Lower-case "the foreign minister" is left alone
 * (often another country's).
 */
function isSpecificTitle(ctx: SentenceContext, from: number, to: number): boolean {
  if (to - from < 2) return false;
  for (let k = from; k < to; k++) {
    const w = ctx.words[k];
    if (w.shape !== 'title' && !(w.shape === 'lower' && /^(of|for|the)$/.test(w.key))) return false;
  }
  return true;
}

function toCorefMention(
  doc: SegmentedDocument,
  ctx: SentenceContext,
  trigger: Trigger,
  antecedent: Mention,
): Mention {
  const start = ctx.words[trigger.from].start;
  const end = ctx.words[trigger.to - 1].end;
  const [tokenStart, tokenEnd] = tokenRange(ctx.sentence, start, end);
  return {
    docId: doc.id,
    sentence: ctx.sentence.index,
    tokenStart,
    tokenEnd,
    start,
    end,
    text: doc.text.slice(start, end),
    type: antecedent.type,
    source: 'coref',
  };
}
