/**
 * Pattern rules for what a news tagger trained on GMB does not type well: policies ("Posse Comitatus Act",
 * "Title 50", "Plan Colombia", the “Remain in Mexico” policy, designations), named events ("Operation Just
 * Cause", "Cold War", "the Mueller report"), organizations named by their head noun or by a demonym
 * ("Joint Special Operations Command", "Mexican cartels", "Trump administration"), border places, and
 * titled persons ("Secretary of Defense Pete Hegseth") the tagger may miss.
 */
import type { EntityType } from '../types';
import type { Candidate } from './candidate';
import { isTrustedCapital, type SentenceContext } from './context';
import { capitalizedRuns, CALENDAR_WORDS, isCapitalized, type Run } from './runs';
import { titleEndingAt } from './titles';
import {
  AUTHORED_EVENT_NOUNS,
  BORDER_NOUNS,
  DEMONYM_ORG_NOUNS,
  DESIGNATION_HEADS,
  EVENT_HEADS,
  MODIFIED_NOUNS,
  NAMED_EVENT_NOUNS,
  NUMBERED_POLICY_WORDS,
  ORG_HEADS,
  PERSON_ORG_NOUNS,
  PLACE_HEADS,
  PLACE_PREFIXES,
  POLICY_HEADS,
  QUOTED_EVENT_NOUNS,
  QUOTED_POLICY_NOUNS,
} from './vocabulary';
import { phraseKeys } from './words';

export function ruleCandidates(ctx: SentenceContext): Candidate[] {
  const runs = capitalizedRuns(ctx.words)
    .map((run) => trimRun(ctx, run))
    .filter((run): run is Run => run !== undefined);
  return [
    ...headNounRules(ctx, runs),
    ...numberedPolicyRule(ctx),
    ...quotedNameRule(ctx),
    ...designationRule(ctx),
    ...namedEventRule(ctx, runs),
    ...demonymOrganizationRule(ctx),
    ...personOrganizationRule(ctx, runs),
    ...borderRule(ctx),
    ...titledPersonRule(ctx),
  ];
}

function candidate(start: number, end: number, type: EntityType, why: string): Candidate {
  return { start, end, type, source: 'rule', why };
}

/** Drops leading determiners and untrusted capitals ("The", sentence-initial "Under") from a run. */
function trimRun(ctx: SentenceContext, run: Run): Run | undefined {
  let start = run.start;
  while (start < run.end) {
    const word = ctx.words[start];
    const determiner = /^(the|a|an)$/.test(word.key);
    if (!determiner && (isTrustedCapital(ctx, start) || isLexiconStart(ctx, start))) break;
    if (NAME_PREFIX_WORDS.has(word.key) && start + 1 < run.end) break; // "Operation Just Cause" opening a sentence
    // "Department of ..." opening a sentence is a name; "Members of the House ..." is not.
    if (!determiner && start + 1 < run.end && ctx.words[start + 1].shape === 'lower') {
      if (ORG_HEADS.has(word.key) || PLACE_HEADS.has(word.key) || !ctx.doc.lowercase.has(word.key)) break;
      start += 2;
      while (start < run.end && ctx.words[start].shape === 'lower') start++;
      continue;
    }
    start++;
  }
  if (start >= run.end) return undefined;
  // In headings and all-caps lines every word must be confirmed by the body.
  if (ctx.heading || ctx.allCaps) {
    for (let i = start; i < run.end; i++) {
      if (isCapitalized(ctx.words[i]) && !isTrustedCapital(ctx, i) && !isLexiconStart(ctx, i))
        return undefined;
    }
  }
  return { start, end: run.end };
}

/** Named storms are events: "Hurricane Dorian", "Typhoon Haiyan". */
const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone']);

/** Words that open a name by themselves, even where capitals mean nothing. */
const NAME_PREFIX_WORDS = new Set(['operation', 'plan', ...STORM_WORDS, ...PLACE_PREFIXES]);

function isLexiconStart(ctx: SentenceContext, i: number): boolean {
  return ctx.names.some((n) => n.start <= i && i < n.end);
}

/** The whole run is one lexicon name: the lexicon candidate covers it. */
function isLexiconName(ctx: SentenceContext, run: Run): boolean {
  return ctx.names.some((n) => n.start === run.start && n.end === run.end);
}

/** Organization, place, policy and event names recognised by their head word. */
function headNounRules(ctx: SentenceContext, runs: readonly Run[]): Candidate[] {
  const found: Candidate[] = [];
  for (const run of runs.flatMap((r) => splitAtAnd(ctx, r))) {
    const length = run.end - run.start;
    if (length < 2 || isLexiconName(ctx, run)) continue;
    if (ctx.titles.some((t) => t.start <= run.start && run.end <= t.end)) continue; // "Secretary of State"
    if (NUMBERED_POLICY_WORDS.has(ctx.keys[run.start]) && /^\d/.test(ctx.words[run.start + 1].text)) continue;
    const first = ctx.words[run.start].key;
    const last = ctx.words[run.end - 1].key;
    const beforeLast = ctx.words[run.end - 2].key;
    if (first === 'operation' || STORM_WORDS.has(first))
      found.push(candidate(run.start, run.end, 'event', 'operation-name'));
    else if (first === 'plan') found.push(candidate(run.start, run.end, 'policy', 'plan-name'));
    else if (last === 'convention' && beforeLast === 'national')
      found.push(candidate(run.start, run.end, 'event', 'event-head')); // a party's national convention
    else if (POLICY_HEADS.has(last) || (last === 'process' && beforeLast === 'peace'))
      found.push(candidate(run.start, extendByYear(ctx, run.end), 'policy', 'policy-head'));
    else if (EVENT_HEADS.has(last)) found.push(candidate(run.start, run.end, 'event', 'event-head'));
    else if (ORG_HEADS.has(last) || ORG_HEADS.has(headBeforeOf(ctx, run)))
      found.push(candidate(run.start, run.end, 'organization', 'organization-head'));
    else if (PLACE_HEADS.has(last) || PLACE_PREFIXES.has(first) || PLACE_HEADS.has(headBeforeOf(ctx, run)))
      found.push(candidate(run.start, run.end, 'place', 'place-head'));
  }
  return found;
}

/**
 * "MSNBC and CBS Radio", "the ACLU of Montana and Native American Rights Fund": two names when the part
 * before "and" is a name by itself (a lexicon entry, or it ends with a head noun); "Customs and Border
 * Protection" stays whole.
 */
function splitAtAnd(ctx: SentenceContext, run: Run): Run[] {
  for (let i = run.start + 1; i < run.end - 1; i++) {
    if (ctx.keys[i] !== 'and' && ctx.keys[i] !== '&') continue;
    const left: Run = { start: run.start, end: i };
    const leftHasHead = ctx.keys.slice(left.start, left.end).some((k) => ORG_HEADS.has(k));
    const leftIsName =
      ctx.names.some((n) => n.start === left.start && n.end === left.end) ||
      ORG_HEADS.has(ctx.keys[i - 1]) ||
      PLACE_HEADS.has(ctx.keys[i - 1]) ||
      (leftHasHead && ctx.names.some((n) => n.end === i && n.value.entity.type === 'place')); // "Union of Montana"
    if (leftIsName) return [left, ...splitAtAnd(ctx, { start: i + 1, end: run.end })];
  }
  return [run];
}

/**
 * "University of Texas", "Bay of Bengal", "District Court for the Western District of Virginia": the head
 * noun before the first "of" or "for" of the name.
 */
function headBeforeOf(ctx: SentenceContext, run: Run): string {
  for (let i = run.start + 1; i < run.end; i++)
    if (ctx.keys[i] === 'of' || ctx.keys[i] === 'for') return ctx.keys[i - 1];
  return '';
}

/** "Act of 1878": the year belongs to the name. */
function extendByYear(ctx: SentenceContext, end: number): number {
  const of = ctx.words[end];
  const year = ctx.words[end + 1];
  return of?.key === 'of' && year && /^\d{4}$/.test(year.text) ? end + 2 : end;
}

/** "Title 50", "Article 5", "Section 230", "Executive Order 13224". */
function numberedPolicyRule(ctx: SentenceContext): Candidate[] {
  const found: Candidate[] = [];
  const { words } = ctx;
  for (let i = 0; i + 1 < words.length; i++) {
    const word = words[i];
    if (word.shape !== 'title' || !NUMBERED_POLICY_WORDS.has(word.key)) continue;
    if (!/^\d+[A-Za-z]?$/.test(words[i + 1].text)) continue;
    const start = word.key === 'order' && words[i - 1]?.key === 'executive' ? i - 1 : i;
    found.push(candidate(start, i + 2, 'policy', 'numbered-policy'));
  }
  return found;
}

const OPEN_QUOTES = new Set(['“', '"', '‘', "'"]);
const CLOSE_QUOTES = new Set(['”', '"', '’', "'"]);

/** The “Remain in Mexico” policy; the “Fast and Furious” operation. */
function quotedNameRule(ctx: SentenceContext): Candidate[] {
  const found: Candidate[] = [];
  const { words } = ctx;
  for (let i = 0; i < words.length; i++) {
    if (!OPEN_QUOTES.has(words[i].text)) continue;
    let close = i + 1;
    while (close < words.length && close - i <= 8 && !CLOSE_QUOTES.has(words[close].text)) close++;
    if (close >= words.length || close - i > 8 || close === i + 1) continue;
    const noun = words[close + 1]?.key;
    const hasCapital = words.slice(i + 1, close).some(isCapitalized);
    if (!noun || !hasCapital) continue;
    if (QUOTED_POLICY_NOUNS.has(noun)) found.push(candidate(i + 1, close, 'policy', 'quoted-policy'));
    else if (QUOTED_EVENT_NOUNS.has(noun)) found.push(candidate(i + 1, close, 'event', 'quoted-event'));
    i = close;
  }
  return found;
}

/**
 * A designation is a policy: "designating six Mexican cartels as foreign terrorist organizations",
 * "Designation as Terrorist Organizations", "the FTO designation".
 */
function designationRule(ctx: SentenceContext): Candidate[] {
  const found: Candidate[] = [];
  const { words } = ctx;
  for (let i = 0; i < words.length; i++) {
    if (!words[i].key.startsWith('designat')) continue;
    if (words[i].key.startsWith('designation') && i > 0) {
      const named = namedDesignationBefore(ctx, i);
      if (named) found.push(named);
    }
    const as = words.findIndex((w, j) => j > i && j <= i + 10 && w.key === 'as');
    if (as < 0) continue;
    let start = as + 1;
    if (/^(a|an|the)$/.test(words[start]?.key ?? '')) start++;
    for (let end = start + 1; end <= Math.min(words.length, start + 5); end++) {
      const word = words[end - 1];
      if (!/^\p{L}/u.test(word.text)) break;
      if (DESIGNATION_HEADS.has(word.key) && !DESIGNATION_HEADS.has(words[end]?.key ?? '')) {
        const sponsorOf = word.key.startsWith('sponsor') && words[end]?.key === 'of' && words[end + 1];
        found.push(candidate(start, sponsorOf ? end + 2 : end, 'policy', 'designation'));
        break;
      }
    }
  }
  return found;
}

/** "the FTO designation", "Foreign Terrorist Organization designation". */
function namedDesignationBefore(ctx: SentenceContext, i: number): Candidate | undefined {
  let start = i;
  while (start > 0 && isCapitalized(ctx.words[start - 1])) start--;
  if (start === i) return undefined;
  const last = ctx.words[i - 1];
  const acronym = last.shape === 'upper' && i - start === 1;
  if (!acronym && !DESIGNATION_HEADS.has(last.key)) return undefined;
  return candidate(start, i, 'policy', 'designation');
}

/** "the Mueller report", "the Geneva talks", "the 2020 election". */
function namedEventRule(ctx: SentenceContext, runs: readonly Run[]): Candidate[] {
  const found: Candidate[] = [];
  const { words } = ctx;
  for (const run of runs) {
    const noun = words[run.end];
    if (!noun || noun.shape !== 'lower' || !NAMED_EVENT_NOUNS.has(noun.key)) continue;
    if (words[run.start - 1]?.key !== 'the') continue;
    const lexicon = ctx.names.find((n) => n.start === run.start && n.end === run.end)?.value.entity;
    if (AUTHORED_EVENT_NOUNS.has(noun.key) && (lexicon || ctx.demonyms.some((d) => d.start === run.start)))
      continue;
    if (ctx.demonyms.some((d) => d.start === run.start && d.end === run.end)) continue;
    found.push(candidate(run.start, run.end + 1, 'event', 'named-event'));
  }
  for (let i = 1; i + 1 < words.length; i++) {
    const year = words[i];
    if (words[i - 1].key !== 'the' || !/^(19|20)\d\d$/.test(year.text)) continue;
    let end = i + 1;
    if (words[end]?.shape === 'lower' && !NAMED_EVENT_NOUNS.has(words[end].key)) end++; // "presidential"
    if (words[end] && NAMED_EVENT_NOUNS.has(words[end].key) && !AUTHORED_EVENT_NOUNS.has(words[end].key))
      found.push(candidate(i, end + 1, 'event', 'dated-event'));
  }
  return found;
}

const ORG_NOUN_KEYS = DEMONYM_ORG_NOUNS.map((noun) => phraseKeys(noun));

/** A demonym or country name before an organization noun: "Mexican cartels", "the U.S. government". */
function demonymOrganizationRule(ctx: SentenceContext): Candidate[] {
  const found: Candidate[] = [];
  const modifiers = [
    ...ctx.demonyms.map((d) => ({ start: d.start, end: d.end, country: d.value.entity.id })),
    ...ctx.names
      .filter((n) => n.value.entity.kind === 'country')
      .map((n) => ({ start: n.start, end: n.end, country: n.value.entity.id })),
  ];
  for (const name of modifiers.slice(ctx.demonyms.length)) {
    const start = organizationOfStart(ctx, name.start);
    if (start !== undefined)
      found.push({
        ...candidate(start, name.end, 'organization', 'organization-of-country'),
        country: name.country,
      });
  }
  for (const modifier of modifiers) {
    const possessive = possessiveGovernmentEnd(ctx, modifier.end);
    if (possessive !== undefined) {
      const rule = candidate(modifier.start, possessive, 'organization', 'country-government');
      found.push({ ...rule, country: modifier.country });
      continue;
    }
    const end = orgNounEnd(ctx, modifier.end);
    if (end === undefined) continue;
    const next = ctx.words[end];
    const noun = ctx.keys.slice(modifier.end, end).join(' ');
    // "Mexican government officials" still names the government (its staff speak for it); "U.S. military
    // action" does not name the military.
    if (next && next.shape === 'lower' && MODIFIED_NOUNS.has(next.key) && !STAFFED_NOUNS.has(noun)) continue;
    if (ctx.words[end - 1].key === 'military' && next?.shape === 'lower' && /^[a-z]+$/.test(next.key)) {
      if (!FUNCTION_WORDS.has(next.key)) continue;
    }
    found.push({
      ...candidate(modifier.start, end, 'organization', 'demonym-organization'),
      country: modifier.country,
    });
  }
  return found;
}

/** Organization nouns that stay nouns before "officials", "leaders"...: they are bodies with staff. */
const STAFFED_NOUNS = new Set(['government', 'administration', 'regime', 'cabinet', 'embassy', 'parliament']);

const FUNCTION_WORDS = new Set(
  'has have had is are was were will would could should may might can must and or but in on to for of with from at by that which who as said says told'.split(
    ' ',
  ),
);

const GOVERNMENT_WORDS = new Set(['government', 'leadership', 'regime']);
const GOVERNMENT_MODIFIERS = new Set(['current', 'new', 'former', 'previous', 'top', 'civilian', 'interim']);

/** "Mexico’s current leadership", "Venezuela's government": the possessive phrase names the government. */
function possessiveGovernmentEnd(ctx: SentenceContext, start: number): number | undefined {
  if (!/^['’]s$/.test(ctx.words[start]?.text ?? '')) return undefined;
  let i = start + 1;
  while (GOVERNMENT_MODIFIERS.has(ctx.keys[i] ?? '')) i++;
  return GOVERNMENT_WORDS.has(ctx.keys[i] ?? '') ? i + 1 : undefined;
}

/** "Government of Iraq", "the Parliament of Canada": start of the organization noun before "of (the)". */
function organizationOfStart(ctx: SentenceContext, countryStart: number): number | undefined {
  let of = countryStart - 1;
  if (ctx.keys[of] === 'the') of--;
  if (ctx.keys[of] !== 'of') return undefined;
  let best: number | undefined;
  for (const keys of ORG_NOUN_KEYS) {
    const start = of - keys.length;
    if (start >= 0 && keys.every((k, j) => ctx.keys[start + j] === k)) best = Math.min(best ?? start, start);
  }
  if (best !== undefined && ctx.keys[best - 1] === 'federal') best--;
  return best;
}

function orgNounEnd(ctx: SentenceContext, start: number): number | undefined {
  let best: number | undefined;
  for (const keys of ORG_NOUN_KEYS) {
    if (keys.every((k, j) => ctx.keys[start + j] === k)) {
      const end = start + keys.length;
      if (best === undefined || end > best) best = end;
    }
  }
  return best;
}

/** A name before "administration", "regime"...: "Trump administration", "the Maduro regime". */
function personOrganizationRule(ctx: SentenceContext, runs: readonly Run[]): Candidate[] {
  const found: Candidate[] = [];
  for (const whole of runs) {
    // "Senator Klobuchar's campaign": the title is not part of the organization's name.
    const title = ctx.titles.filter((t) => t.start === whole.start && t.end < whole.end).at(-1);
    const run = title ? { start: title.end, end: whole.end } : whole;
    if (run.end - run.start > 3) continue;
    let noun = run.end;
    if (/^['’]s$/i.test(ctx.words[noun]?.text ?? '')) noun++;
    const word = ctx.words[noun];
    if (!word || !PERSON_ORG_NOUNS.has(word.key)) continue;
    const lexicon = ctx.names.find((n) => n.start === run.start && n.end === run.end);
    if (lexicon || ctx.demonyms.some((d) => d.start === run.start)) continue;
    if (!isTrustedCapital(ctx, run.start) && !ctx.doc.midCapitalized.has(ctx.words[run.start].key)) continue;
    found.push(candidate(run.start, noun + 1, 'organization', 'person-organization'));
  }
  return found;
}

/** "U.S.-Mexico border": two places joined by a hyphen before "border". */
function borderRule(ctx: SentenceContext): Candidate[] {
  const found: Candidate[] = [];
  const places = ctx.names.filter((n) => n.value.entity.type === 'place');
  for (const left of places) {
    const dash = ctx.words[left.end];
    if (!dash || (dash.text !== '-' && dash.text !== '–') || dash.spaceBefore) continue;
    const right = places.find((p) => p.start === left.end + 1);
    const noun = right && ctx.words[right.end];
    if (right && noun && BORDER_NOUNS.has(noun.key))
      found.push(candidate(left.start, right.end + 1, 'place', 'border'));
  }
  return found;
}

/** A title followed by capitalised words is a person: "Secretary of Defense Pete Hegseth", "dictator Manuel Noriega". */
function titledPersonRule(ctx: SentenceContext): Candidate[] {
  const found: Candidate[] = [];
  const ends = new Set(ctx.titles.map((t) => t.end));
  for (const end of ends) {
    if (ctx.titles.some((t) => t.start === end)) continue; // the title goes on: "Detective Inspector ..."
    const title = titleEndingAt(ctx, end);
    if (!title) continue;
    // "Minister for the Middle East, Tobias Ellwood, said": the name in apposition between commas.
    const apposition = ctx.words[end]?.text === ',' && /^\p{Lu}/u.test(title.text);
    const start = apposition ? end + 1 : end;
    const nameEnd = personNameEnd(ctx, start);
    if (nameEnd === undefined) continue;
    if (apposition && ctx.words[nameEnd]?.text !== ',') continue;
    found.push({ ...candidate(start, nameEnd, 'person', 'titled-person'), title });
  }
  return found;
}

const NAME_PARTICLES = new Set([
  'de',
  'del',
  'la',
  'bin',
  'ibn',
  'al',
  'von',
  'van',
  'der',
  'du',
  'da',
  'dos',
  'y',
]);

/** End of a personal name starting at `start` (1-4 capitalised words, particles, a quoted nickname). */
export function personNameEnd(ctx: SentenceContext, start: number): number | undefined {
  const { words } = ctx;
  let end = start;
  let names = 0;
  while (end < words.length && names < 5) {
    const word = words[end];
    if (isCapitalized(word) && /\p{L}/u.test(word.text) && word.spaceBefore !== false) {
      if (CALENDAR_WORDS.has(word.key)) break;
      if (names > 0 || end === start) {
        if (isNameBlocked(ctx, end)) break;
      }
      names++;
      end++;
    } else if (
      names > 0 &&
      NAME_PARTICLES.has(word.key) &&
      word.shape === 'lower' &&
      isCapitalized(words[end + 1] ?? word)
    ) {
      end++;
    } else if (
      names > 0 &&
      (word.text === '-' || word.text === '–') &&
      !word.spaceBefore &&
      words[end + 1] &&
      !words[end + 1].spaceBefore
    ) {
      end++;
    } else if (names > 0 && OPEN_QUOTES.has(word.text)) {
      const nick = nicknameEnd(ctx, end);
      if (nick === undefined) break;
      end = nick;
    } else break;
  }
  if (names === 0) return undefined;
  while (end > start && !isCapitalized(words[end - 1])) end--;
  if (ORG_HEADS.has(words[end - 1].key) || PLACE_HEADS.has(words[end - 1].key)) return undefined;
  return end;
}

/** A lexicon place or organization, or a demonym, cannot be part of a person's name. */
function isNameBlocked(ctx: SentenceContext, i: number): boolean {
  return (
    ctx.names.some((n) => n.start === i && n.value.entity.type !== 'person') ||
    ctx.demonyms.some((d) => d.start === i) ||
    ctx.doc.lexicon.groupWords.has(ctx.keys[i])
  );
}

/** Joaquín “El Chapo” Guzmán: a quoted nickname between name words. */
function nicknameEnd(ctx: SentenceContext, open: number): number | undefined {
  const { words } = ctx;
  let close = open + 1;
  while (close < words.length && close - open <= 4 && isCapitalized(words[close])) close++;
  if (close === open + 1 || !CLOSE_QUOTES.has(words[close]?.text ?? '')) return undefined;
  const after = words[close + 1];
  return after && isCapitalized(after) ? close + 1 : undefined;
}
