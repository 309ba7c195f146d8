/**
 * Names typed by a kind noun written next to them, where the tagger (trained on GMB news, which has few
 * companies and foreign outlets) often guesses a person or a place:
 *   - before the name: "supermarket chain Tesco", "property developer Echo Investment", "lawyer Jan Kowal";
 *   - after it: "the Kaufland chain", "its Netto chain", "the X news agency";
 *   - in apposition: "Vyasna, an independent human rights center,", "Niamey, Niger's capital,",
 *     "Zalmay Khalilzad, a US peace envoy,";
 *   - as members of a list: "German firms including Deutsche Bahn, Deutsche Telekom, Daimler, and Siemens";
 *   - a place or body before a lower-case body noun: "a Paris criminal court", "the X provincial council",
 *     "the AfCFTA secretariat"; a name before "law": "Sharia law"; "X Free Trade Area" is the agreement;
 *   - "the ministry of internal affairs of Belarus" written in lower case; "the Khurais oil field";
 *   - "Pacific island nations": a region's states are a place of their own, not the ocean;
 *   - where a facility stands: "the largest processing plant at Abqaiq", "an air base near Kandahar";
 *   - "the city of X"; web outlets named by their address ("Portfolio.hu"); company and press names opening
 *     with a foreign word for one ("Deutsche Bahn", "Gazeta Wyborcza").
 * The kind nouns are English words (`./kinds.ts`); nothing here knows a name.
 */
import type { EntityType } from '../types';
import { ruleCandidate, type Candidate } from './candidate';
import { givenNames } from './consistency';
import { isInitialPosition, isTrustedCapital, type SentenceContext } from './context';
import {
  FOREIGN_ORGANIZATION_OPENERS,
  LIST_OPENERS,
  ORGANIZATION_KINDS,
  ORGANIZATION_KINDS_AFTER,
  ORGANIZATION_KINDS_PLURAL,
  PERSON_KINDS,
  PLACE_KINDS,
  SECTOR_WORDS,
  WEB_DOMAINS,
} from './kinds';
import { titleEndingAt } from './titles';
import { ORG_HEADS } from './vocabulary';
import { CALENDAR_WORDS, capitalizedRuns, isCapitalized, type Run } from './runs';

export function kindRules(ctx: SentenceContext): Candidate[] {
  const runs = nameRuns(ctx);
  const found: Candidate[] = [];
  if (runs.length > 0) {
    kindBeforeName(ctx, runs, found);
    nameBeforeKind(ctx, runs, found);
    appositions(ctx, runs, found);
    placeOfNames(ctx, runs, found);
    foreignOrganizations(ctx, runs, found);
    localBodies(ctx, runs, found);
    namedLaws(ctx, runs, found);
    tradeAreas(ctx, runs, found);
    namedFields(ctx, runs, found);
    facilitySites(ctx, runs, found);
  }
  wordRules(ctx, runs, found);
  if (ctx.names.length > 0) regionalGroups(ctx, found);
  return found;
}

/** A capitalised run, and whether kind nouns may type it (`usableName`, computed when first asked). */
interface NameRun extends Run {
  usable?: boolean;
}

function isUsable(ctx: SentenceContext, run: NameRun): boolean {
  return (run.usable ??= usableName(ctx, run));
}

/** Capitalised runs split at list words ("Biedronka and LIDL"), without a leading "The". */
function nameRuns(ctx: SentenceContext): NameRun[] {
  const runs: NameRun[] = [];
  for (const run of capitalizedRuns(ctx.words)) {
    let start = run.start;
    for (let i = run.start; i <= run.end; i++) {
      if (i < run.end && ctx.keys[i] !== 'and' && ctx.keys[i] !== 'or' && ctx.keys[i] !== '&') continue;
      const piece = trimOpening(ctx, { start, end: i });
      if (piece.end > piece.start && ctx.words[piece.start].shape !== 'other') runs.push(piece);
      start = i + 1;
    }
  }
  return runs;
}

/** Function words capitalised only because they open the sentence: "In Kabul", "The Kelvaro chain". */
const OPENING_WORDS = new Set(
  `the a an in on at to from for of by with after before during since as if when while though although but and
   or so yet this that these those its their his her our my`.split(/\s+/),
);

function trimOpening(ctx: SentenceContext, run: Run): Run {
  let start = run.start;
  while (start < run.end && OPENING_WORDS.has(ctx.keys[start]) && ctx.words[start].shape !== 'lower') start++;
  return { start, end: run.end };
}

/**
 * Whether a run can be typed by a kind noun: its capitals are trusted, it is no lexicon name (the lexicon
 * knows better), no title ("company CEO Tim Cook") and no day or month ("the agency Monday").
 */
function usableName(ctx: SentenceContext, run: Run): boolean {
  if (ctx.names.some((n) => n.start === run.start && n.end === run.end)) return false;
  if (ctx.titles.some((t) => t.start === run.start)) return false;
  if (ctx.demonyms.some((d) => d.start === run.start && d.end === run.end)) return false;
  // "the most brilliant scientist I have known": a day, a month or a lone letter is no name.
  if (
    run.end - run.start === 1 &&
    (CALENDAR_WORDS.has(ctx.keys[run.start]) || ctx.keys[run.start].length === 1)
  )
    return false;
  for (let i = run.start; i < run.end; i++) {
    if (isCapitalized(ctx.words[i]) && !isTrustedCapital(ctx, i) && !neverLowerCase(ctx, i)) return false;
  }
  return true;
}

/** "UOKiK, the Polish anti-monopoly agency, ..." opening a body sentence: a word never written in lower case. */
function neverLowerCase(ctx: SentenceContext, i: number): boolean {
  return !ctx.heading && !ctx.allCaps && !ctx.doc.lowercase.has(ctx.keys[i]);
}

function kindType(
  ctx: SentenceContext,
  head: number,
  name: Run,
  allowPlace: boolean,
): EntityType | undefined {
  const word = ctx.words[head];
  if (!word || word.shape !== 'lower') return undefined;
  // "its alleged operator Jong Woo Son", "a developer": a given name says a person holds the role.
  if (ORGANIZATION_KINDS.has(word.key)) return opensWithGivenName(ctx, name) ? undefined : 'organization';
  if (PERSON_KINDS.has(word.key) || titleEndingAt(ctx, head + 1)) return 'person';
  if (allowPlace && PLACE_KINDS.has(word.key)) return 'place';
  return undefined;
}

/**
 * The candidate for a run typed by its kind. A person's name leaves out party, faith and nationality words
 * before it ("Democrat Chuck Schumer, the Senate minority leader": Chuck Schumer).
 */
function typedName(ctx: SentenceContext, run: Run, type: EntityType, why: string): Candidate {
  let start = run.start;
  if (type === 'person') {
    const groups = ctx.doc.lexicon.groupWords;
    for (;;) {
      const demonym = ctx.demonyms.find((d) => d.start === start && d.end < run.end);
      if (demonym) start = demonym.end;
      else if (start + 1 < run.end && (groups.has(ctx.keys[start]) || PARTY_WORDS.has(ctx.keys[start])))
        start++;
      else break;
    }
  }
  return ruleCandidate(start, run.end, type, why);
}

/** Party members' words before a name: "Democrat Chuck Schumer", "Republican Larry Hogan". */
const PARTY_WORDS = new Set([
  'democrat',
  'democratic',
  'republican',
  'conservative',
  'labour',
  'liberal',
  'tory',
  'green',
]);

function opensWithGivenName(ctx: SentenceContext, run: Run): boolean {
  return run.end - run.start >= 2 && givenNames().has(ctx.keys[run.start]);
}

const OWNERSHIP_WORDS = new Set(['owned', 'run', 'backed', 'funded', 'controlled', 'operated']);

/** "retailer Tesco", "Iranian airline Mahan Air", "lawyer Jan Kowal" (no place: "state Senate"). */
function kindBeforeName(ctx: SentenceContext, runs: readonly NameRun[], found: Candidate[]): void {
  for (const run of runs) {
    if (run.start === 0) continue;
    // "state-owned Saudi Aramco", "Iran-backed X": what is owned or backed is a body.
    const owned = OWNERSHIP_WORDS.has(ctx.keys[run.start - 1]) && ctx.words[run.start - 2]?.text === '-';
    const type = owned ? 'organization' : kindType(ctx, run.start - 1, run, false);
    if (type && isUsable(ctx, run)) found.push(typedName(ctx, run, type, 'kind-before-name'));
  }
}

/** Kinds that belong to the name: "the Thai Raksa Chart party", "the Chakri dynasty". */
const KINDS_IN_NAME = new Set(['party', 'dynasty', 'clan']);

const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'a', 'an', 'our']);

/**
 * "the Kaufland chain", "its Netto chain", "the X news agency": a determiner, the name, its kind. A party's
 * or a dynasty's kind is part of its name ("the Thai Raksa Chart party" is the "Thai Raksa Chart Party"),
 * also where a quotation or sentence opens with it.
 */
function nameBeforeKind(ctx: SentenceContext, runs: readonly NameRun[], found: Candidate[]): void {
  for (const run of runs) {
    const determined = DETERMINERS.has(ctx.keys[run.start - 1] ?? '');
    let head = run.end;
    while (head < run.end + 2 && ctx.words[head]?.shape === 'lower' && SECTOR_WORDS.has(ctx.keys[head]))
      head++;
    const word = ctx.words[head];
    if (word?.shape !== 'lower' || !ORGANIZATION_KINDS_AFTER.has(word.key) || isPossessive(ctx, head + 1))
      continue;
    if (!isUsable(ctx, run)) continue;
    if (!KINDS_IN_NAME.has(word.key)) {
      if (determined) found.push(ruleCandidate(run.start, run.end, 'organization', 'name-before-kind'));
    } else if (head === run.end && ctx.keys[run.start - 1] !== 'a') {
      // Not "a Christmas party".
      if (determined || isInitialPosition(ctx.words, run.start))
        found.push(ruleCandidate(run.start, head + 1, 'organization', 'name-before-kind'));
    }
  }
}

function isPossessive(ctx: SentenceContext, i: number): boolean {
  return /^['’]s?$/.test(ctx.words[i]?.text ?? '');
}

/** Words that may follow the head noun of an apposition: it ends there. */
const APPOSITION_ENDS = new Set([
  'of',
  'for',
  'in',
  'at',
  'on',
  'from',
  'with',
  'who',
  'which',
  'that',
  'whose',
  'based',
  'near',
  'and',
]);

/** Prepositions of place and time: "In Kabul, the council said" is no apposition. */
const SCENE_PREPOSITIONS = new Set([
  'in',
  'at',
  'on',
  'near',
  'across',
  'throughout',
  'within',
  'inside',
  'outside',
  'after',
  'before',
  'during',
  'since',
]);

/**
 * "Vyasna, an independent Belarusian human rights center,", "UOKiK, the Polish anti-monopoly agency,",
 * "Niamey, Niger's capital,", "Magnitogorsk, a city in the Ural region", "Zalmay Khalilzad, a US peace
 * envoy,": the head noun of the description after the comma types the name.
 */
function appositions(ctx: SentenceContext, runs: readonly NameRun[], found: Candidate[]): void {
  for (const run of runs) {
    if (ctx.words[run.end]?.text !== ',' || !isUsable(ctx, run)) continue;
    if (SCENE_PREPOSITIONS.has(ctx.keys[run.start - 1] ?? '')) continue;
    const head = appositionHead(ctx, run.end + 1);
    if (head === undefined) continue;
    const type = kindType(ctx, head, run, true);
    if (type) found.push(typedName(ctx, run, type, 'apposition-kind'));
  }
}

/** The head noun of "a/an/the/<Name>'s ... <noun>" starting at `from`, ended by punctuation or a preposition. */
function appositionHead(ctx: SentenceContext, from: number): number | undefined {
  let i = from;
  if (ctx.keys[i] === 'a' || ctx.keys[i] === 'an' || ctx.keys[i] === 'the') i++;
  else {
    // "Niger's capital": a name and its possessive open the description.
    while (i < from + 3 && isCapitalized(ctx.words[i] ?? ctx.words[from])) i++;
    if (i === from || !isPossessive(ctx, i)) return undefined;
    i++;
  }
  const limit = i + 7;
  for (let head = i; head < limit && head < ctx.words.length; head++) {
    const word = ctx.words[head];
    if (word.shape === 'other' && word.text !== '-' && !isPossessive(ctx, head)) return undefined;
    const next = ctx.words[head + 1];
    const ends =
      !next ||
      (next.shape === 'other' && next.text !== '-') ||
      APPOSITION_ENDS.has(next.key) ||
      isParticipleAfter(ctx, head + 1);
    if (ends && !isPossessive(ctx, head + 1)) return word.shape === 'lower' ? head : undefined;
  }
  return undefined;
}

/** "a unit tasked with ...", "a lawyer representing ...": a participle phrase after the head noun. */
function isParticipleAfter(ctx: SentenceContext, i: number): boolean {
  const word = ctx.words[i];
  if (word.shape !== 'lower' || i === 0) return false;
  if (/ing$/.test(word.key)) return true;
  return /ed$/.test(word.key) && APPOSITION_ENDS.has(ctx.keys[i + 1] ?? '');
}

/**
 * Rules that start at a word rather than a name, in one pass over the sentence: lists after a plural kind
 * noun, lower-case ministries, web addresses.
 */
function wordRules(ctx: SentenceContext, runs: readonly NameRun[], found: Candidate[]): void {
  const { keys, words } = ctx;
  const countries = ctx.names.length > 0 || ctx.demonyms.length > 0;
  for (let i = 0; i + 1 < words.length; i++) {
    const key = keys[i];
    if (key === '.') {
      if (i > 0) webAddressAt(ctx, i - 1, found);
    } else if (words[i].shape !== 'lower') continue;
    else if (runs.length > 0 && PLURAL_KINDS.has(key)) kindListAt(ctx, runs, i, found);
    else if (countries && MINISTRY_NOUNS.has(key)) ministryAt(ctx, i, found);
  }
}

const PLURAL_KINDS = ORGANIZATION_KINDS_PLURAL;

/** "firms including A, B, and C", "discount stores like A and B", "carriers such as A". */
function kindListAt(ctx: SentenceContext, runs: readonly NameRun[], i: number, found: Candidate[]): void {
  let at = i + 1;
  if (!LIST_OPENERS.has(ctx.keys[at])) return;
  if (ctx.keys[at] === 'such') {
    if (ctx.keys[at + 1] !== 'as') return;
    at++;
  }
  at++;
  for (;;) {
    const run = runs.find((r) => r.start === at);
    if (!run) break;
    if (isUsable(ctx, run)) found.push(ruleCandidate(run.start, run.end, 'organization', 'kind-list'));
    at = run.end;
    if (ctx.keys[at] === ',') at++;
    if (ctx.keys[at] === 'and' || ctx.keys[at] === 'or') at++;
    if (at === run.end) break;
  }
}

/** "the city of Magnitogorsk", "the town of Tyler": the name after the kind and "of" is a place. */
function placeOfNames(ctx: SentenceContext, runs: readonly NameRun[], found: Candidate[]): void {
  for (const run of runs) {
    const kind = ctx.words[run.start - 2];
    if (ctx.keys[run.start - 1] !== 'of' || kind?.shape !== 'lower' || !PLACE_KINDS.has(kind.key)) continue;
    if (ctx.keys[run.start - 3] !== 'the' || !isUsable(ctx, run)) continue;
    found.push(ruleCandidate(run.start, run.end, 'place', 'place-of-name'));
  }
}

/** "Deutsche Bahn", "Gazeta Wyborcza", "Banco Santander": a foreign word for a company or paper opens it. */
function foreignOrganizations(ctx: SentenceContext, runs: readonly NameRun[], found: Candidate[]): void {
  for (const run of runs) {
    if (run.end - run.start < 2 || !FOREIGN_ORGANIZATION_OPENERS.has(ctx.keys[run.start])) continue;
    if (isUsable(ctx, run)) found.push(ruleCandidate(run.start, run.end, 'organization', 'foreign-opener'));
  }
}

/** "Portfolio.hu", "Amazon.com": a capitalised name (word `i`) glued to a web domain is the outlet or company. */
function webAddressAt(ctx: SentenceContext, i: number, found: Candidate[]): void {
  const { words } = ctx;
  const [name, dot, domain] = [words[i], words[i + 1], words[i + 2]];
  if (!domain || !isCapitalized(name) || dot.spaceBefore || domain.spaceBefore) return;
  if (domain.shape !== 'lower' || !WEB_DOMAINS.has(domain.key)) return;
  const after = words[i + 3];
  if (after && !after.spaceBefore && after.shape !== 'other') return;
  found.push(ruleCandidate(i, i + 3, 'organization', 'web-address'));
}

/** Lower-case nouns of public bodies after a place or body name: "a Paris court", "the X provincial council". */
const BODY_NOUNS = new Set([
  'council',
  'court',
  'government',
  'secretariat',
  'police',
  'ministry',
  'parliament',
  'assembly',
  'legislature',
  'commission',
  'committee',
  'municipality',
]);

/** Nouns after a body noun that make it a modifier of a building or vehicle. */
const FACILITY_NOUNS = new Set(
  'station stations headquarters building buildings chamber chambers complex compound car cars van vehicle vehicles'.split(
    ' ',
  ),
);

/** Adjectives that may stand between the name and the body noun: "provincial", "criminal". */
const BODY_ADJECTIVES = new Set(
  `provincial municipal city district regional state local criminal civil high supreme appeals appeal federal
   national central interim transitional county town village tribal military juvenile family administrative`.split(
    /\s+/,
  ),
);

/**
 * "a Paris criminal court", "the Maidan Wardak provincial council", "the AfCFTA secretariat", "the Hong Kong
 * government": a body named by its place or parent and a lower-case noun. Countries are left to the demonym
 * rule, which records the country ("Iraq government"); a person's name before it is another rule's
 * ("Trump administration").
 */
function localBodies(ctx: SentenceContext, runs: readonly NameRun[], found: Candidate[]): void {
  for (const run of runs) {
    let head = run.end;
    while (head < run.end + 2 && ctx.words[head]?.shape === 'lower' && BODY_ADJECTIVES.has(ctx.keys[head]))
      head++;
    const word = ctx.words[head];
    if (word?.shape !== 'lower' || !BODY_NOUNS.has(word.key)) continue;
    if (FACILITY_NOUNS.has(ctx.keys[head + 1] ?? '')) continue; // "the X central police station"
    const lexicon = ctx.names.find((n) => n.start === run.start && n.end === run.end)?.value.entity;
    if (lexicon?.kind === 'country' || lexicon?.type === 'person') continue;
    if (!lexicon && (!isUsable(ctx, run) || opensWithGivenName(ctx, run))) continue;
    if (ctx.demonyms.some((d) => d.start === run.start)) continue;
    found.push(ruleCandidate(run.start, head + 1, 'organization', 'local-body'));
  }
}

/** Nouns after "law" that make it a modifier: "law enforcement", "law firm". */
const LAW_MODIFIES = new Set([
  'enforcement',
  'firm',
  'firms',
  'school',
  'student',
  'students',
  'professor',
  'degree',
]);

/** "Sharia law", "Magnitsky law": a name before "law" names a body of law ("Texas law" is a place's). */
function namedLaws(ctx: SentenceContext, runs: readonly NameRun[], found: Candidate[]): void {
  for (const run of runs) {
    const law = ctx.words[run.end];
    if (law?.shape !== 'lower' || law.key !== 'law' || LAW_MODIFIES.has(ctx.keys[run.end + 1] ?? ''))
      continue;
    if (run.end - run.start > 3 || !isUsable(ctx, run)) continue;
    if (ctx.demonyms.some((d) => d.start <= run.start && run.start < d.end)) continue;
    found.push(ruleCandidate(run.start, run.end + 1, 'policy', 'named-law'));
  }
}

/**
 * "African Continental Free Trade Area", "ASEAN Free Trade Area": an area or zone created by a trade
 * agreement is that agreement (a policy), not a place. ("Customs Union" ends with a body's head noun.)
 */
function tradeAreas(ctx: SentenceContext, runs: readonly NameRun[], found: Candidate[]): void {
  for (const run of runs) {
    const [before, last] = [ctx.keys[run.end - 2], ctx.keys[run.end - 1]];
    const area = before === 'trade' && (last === 'area' || last === 'zone' || last === 'bloc');
    if (run.end - run.start >= 3 && area)
      found.push(ruleCandidate(run.start, run.end, 'policy', 'trade-area'));
  }
}

/** "the Khurais oil field", "the Leviathan gas field": a named field is a place. */
function namedFields(ctx: SentenceContext, runs: readonly NameRun[], found: Candidate[]): void {
  for (const run of runs) {
    const [fuel, field] = [ctx.words[run.end], ctx.words[run.end + 1]];
    if (fuel?.shape !== 'lower' || (fuel.key !== 'oil' && fuel.key !== 'gas')) continue;
    if (field?.shape !== 'lower' || (field.key !== 'field' && field.key !== 'fields')) continue;
    if (isUsable(ctx, run)) found.push(ruleCandidate(run.start, run.end + 2, 'place', 'named-field'));
  }
}

const MINISTRY_NOUNS = new Set(['ministry', 'department']);
const MINISTRY_WORDS = /^[a-z][a-z-]*$/;
const NOT_MINISTRY_WORDS = new Set([
  'the',
  'a',
  'an',
  'said',
  'says',
  'is',
  'was',
  'has',
  'had',
  'which',
  'that',
  'who',
]);

/**
 * "the ministry of internal affairs of Belarus", "the Belarusian ministry of health": a ministry written in
 * lower case is a name when its country is written with it (else "the ministry of health" of one article
 * would be every article's). The country is recorded, as for "Mexican government".
 */
function ministryAt(ctx: SentenceContext, i: number, found: Candidate[]): void {
  const { keys, words } = ctx;
  if (keys[i + 1] !== 'of') return;
  let end = i + 2;
  while (end < i + 6 && MINISTRY_WORDS.test(words[end]?.text ?? '') && !NOT_MINISTRY_WORDS.has(keys[end])) {
    if (keys[end] === 'of') break;
    end++;
  }
  if (end === i + 2 || keys[end - 1] === 'and') return;
  const before = ctx.demonyms.find((d) => d.end === i) ?? countryAt(ctx, i - 1, 'end');
  let after: ReturnType<typeof countryAt>;
  if (keys[end] === 'of') after = countryAt(ctx, keys[end + 1] === 'the' ? end + 2 : end + 1, 'start');
  const country = after ?? before;
  if (!country) return;
  const start = after || !before ? i : before.start;
  found.push({
    ...ruleCandidate(start, after ? after.end : end, 'organization', 'ministry'),
    country: country.value.entity.id,
  });
}

/** The country lexicon name starting (or ending) at word `at`. */
function countryAt(ctx: SentenceContext, at: number, side: 'start' | 'end') {
  return ctx.names.find(
    (n) => (side === 'start' ? n.start === at : n.end === at + 1) && n.value.entity.kind === 'country',
  );
}

const GROUP_OF_STATES = new Set(['nations', 'states', 'countries']);

/** "Pacific island nations", "Caribbean nations": the states of a region, not the region (or ocean) itself. */
function regionalGroups(ctx: SentenceContext, found: Candidate[]): void {
  for (const name of ctx.names) {
    const entity = name.value.entity;
    if (entity.type !== 'place' || (entity.kind !== 'region' && entity.kind !== 'water')) continue;
    let end = name.end;
    if (ctx.keys[end] === 'island' && ctx.words[end].shape === 'lower') end++;
    if (ctx.words[end]?.shape === 'lower' && GROUP_OF_STATES.has(ctx.keys[end]))
      found.push(ruleCandidate(name.start, end + 1, 'place', 'regional-group'));
  }
}

/** Facilities whose site is named after them: "the processing plant at X", "an air base near X". */
const FACILITY_SITES = new Set(
  `plant plants base bases refinery refineries factory factories facility facilities mine mines port camp camps
   prison airfield airport`.split(/\s+/),
);
const SITE_PREPOSITIONS = new Set(['at', 'in', 'near', 'outside']);

function facilitySites(ctx: SentenceContext, runs: readonly NameRun[], found: Candidate[]): void {
  for (const run of runs) {
    const [facility, preposition] = [ctx.words[run.start - 2], ctx.keys[run.start - 1]];
    if (
      facility?.shape !== 'lower' ||
      !FACILITY_SITES.has(facility.key) ||
      !SITE_PREPOSITIONS.has(preposition)
    )
      continue;
    if (opensWithGivenName(ctx, run) || !isUsable(ctx, run)) continue;
    const last = ctx.keys[run.end - 1];
    if (ORG_HEADS.has(last)) continue; // "the plant at Velmar Industries"
    found.push(ruleCandidate(run.start, run.end, 'place', 'facility-site'));
  }
}
