/**
 * Pattern rules for what a news tagger trained on GMB does not type well: policies ("Posse Comitatus Act",
 * "Title 50", "Plan Colombia", the “Remain in Mexico” policy, designations), named events ("Operation Just
 * Cause", "Cold War", "the Mueller report"), and names recognised by their head noun ("Joint Special
 * Operations Command", "Rio Grande"). Organizations named through a country or a leader and border places:
 * `rules-organizations.ts`; titled persons: `rules-persons.ts`.
 */
import { ruleCandidate, type Candidate } from './candidate';
import { isTrustedCapital, type SentenceContext } from './context';
import { capitalizedRuns, isCapitalized, particleNameEnd, type Run } from './runs';
import {
  borderRule,
  demonymOrganizationRule,
  drugCartelsRule,
  personOrganizationRule,
} from './rules-organizations';
import { titledPersonRule } from './rules-persons';
import {
  AUTHORED_EVENT_NOUNS,
  CLOSE_QUOTES,
  DESIGNATION_HEADS,
  EVENT_HEADS,
  NAMED_EVENT_NOUNS,
  NUMBERED_POLICY_WORDS,
  OPEN_QUOTES,
  ORG_HEADS,
  PLACE_HEADS,
  PLACE_PREFIXES,
  POLICY_HEADS,
  QUOTED_EVENT_NOUNS,
  QUOTED_POLICY_NOUNS,
} from './vocabulary';

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
    ...drugCartelsRule(ctx),
    ...titledPersonRule(ctx),
  ];
}

/** Drops leading determiners and untrusted capitals ("The", sentence-initial "Under") from a run. */
function trimRun(ctx: SentenceContext, run: Run): Run | undefined {
  let start = run.start;
  while (start < run.end) {
    const word = ctx.words[start];
    const determiner = /^(the|a|an)$/.test(word.key);
    if (!determiner && (isTrustedCapital(ctx, start) || isLexiconStart(ctx, start))) break;
    // "al-Ghuraba Brigades": a name particle opens the name (its capital comes after the hyphen).
    if (particleNameEnd(ctx.words, start) !== undefined && !ctx.heading && !ctx.allCaps) break;
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
  for (const whole of runs.flatMap((r) => splitAtAnd(ctx, r))) {
    const run = afterHeadlessOf(ctx, whole);
    const length = run.end - run.start;
    if (length < 2 || isLexiconName(ctx, run)) continue;
    if (ctx.titles.some((t) => t.start <= run.start && run.end <= t.end)) continue; // "Secretary of State"
    if (NUMBERED_POLICY_WORDS.has(ctx.keys[run.start]) && /^\d/.test(ctx.words[run.start + 1].text)) continue;
    const first = ctx.words[run.start].key;
    // "Electronic Commerce Directive 2000": a year after the head noun belongs to the name.
    const dated = /^(1[89]|20)\d\d$/.test(ctx.words[run.end - 1].text) && length > 2;
    const last = ctx.words[run.end - (dated ? 2 : 1)].key;
    const beforeLast = ctx.words[run.end - (dated ? 3 : 2)].key;
    if (first === 'operation' || STORM_WORDS.has(first))
      found.push(ruleCandidate(run.start, run.end, 'event', 'operation-name'));
    else if (first === 'plan') found.push(ruleCandidate(run.start, run.end, 'policy', 'plan-name'));
    else if (last === 'convention' && beforeLast === 'national')
      found.push(ruleCandidate(run.start, run.end, 'event', 'event-head')); // a party's national convention
    else if (POLICY_HEADS.has(last) || (last === 'process' && beforeLast === 'peace'))
      found.push(ruleCandidate(run.start, extendByYear(ctx, run.end), 'policy', 'policy-head'));
    else if (EVENT_HEADS.has(last)) found.push(ruleCandidate(run.start, run.end, 'event', 'event-head'));
    else if (ORG_HEADS.has(last) || ORG_HEADS.has(headBeforeOf(ctx, run)))
      found.push(ruleCandidate(run.start, run.end, 'organization', 'organization-head'));
    else if (PLACE_HEADS.has(last) || PLACE_PREFIXES.has(first) || PLACE_HEADS.has(headBeforeOf(ctx, run)))
      found.push(ruleCandidate(run.start, run.end, 'place', 'place-head'));
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
    // "Center for Biological Diversity and Center for Food Safety": a second name opens with its head noun.
    const rightOpensName =
      ORG_HEADS.has(ctx.keys[i + 1]) && i + 2 < run.end && /^(of|for)$/.test(ctx.keys[i + 2] ?? '');
    const leftIsName =
      ctx.names.some((n) => n.start === left.start && n.end === left.end) ||
      ORG_HEADS.has(ctx.keys[i - 1]) ||
      PLACE_HEADS.has(ctx.keys[i - 1]) ||
      (leftHasHead && ctx.names.some((n) => n.end === i && n.value.entity.type === 'place')) || // "Union of Montana"
      (leftHasHead && rightOpensName) ||
      ctx.words[i + 1]?.text === 'The'; // "The Progressive and The New York Times"
    if (leftIsName) return [left, ...splitAtAnd(ctx, { start: i + 1, end: run.end })];
  }
  return [run];
}

/**
 * "Xiaogang Wei of the Beijing Gender Health Education Institute", "US President Donald Trump of the
 * Republican Party": a person (no head noun before "of") of a body; the name is only the part after "of".
 * "University of Texas", "Army of the Victorious Sect" have their head noun before "of" and stay whole.
 */
function afterHeadlessOf(ctx: SentenceContext, run: Run): Run {
  for (let i = run.start + 1; i < run.end - 1; i++) {
    if (ctx.keys[i] !== 'of' && ctx.keys[i] !== 'for') continue;
    const before = ctx.keys.slice(run.start, i);
    const headed = before.some(
      (k) => ORG_HEADS.has(k) || PLACE_HEADS.has(k) || POLICY_HEADS.has(k) || EVENT_HEADS.has(k),
    );
    const lexiconBefore = ctx.names.some((n) => n.start === run.start && n.end === i);
    if (headed || lexiconBefore || NAME_PREFIX_WORDS.has(before[0])) return run;
    let start = i + 1;
    while (start < run.end && /^(the|la|le|los|las)$/.test(ctx.keys[start])) start++;
    return start < run.end ? { start, end: run.end } : run;
  }
  return run;
}

/**
 * "University of Texas", "Bay of Bengal", "District Court for the Western District of Virginia", "Commission
 * on International Religious Freedom": the head noun before the first "of", "for" or "on" of the name.
 */
function headBeforeOf(ctx: SentenceContext, run: Run): string {
  for (let i = run.start + 1; i < run.end; i++)
    if (ctx.keys[i] === 'of' || ctx.keys[i] === 'for' || ctx.keys[i] === 'on') return ctx.keys[i - 1];
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
    found.push(ruleCandidate(start, i + 2, 'policy', 'numbered-policy'));
  }
  return found;
}

/** Nouns after a quoted lower-case phrase that make it a policy's name: the "zero tolerance" policy. */
const QUOTED_LOWER_CASE_POLICY_NOUNS = new Set([
  'policy',
  'model',
  'principle',
  'doctrine',
  'formula',
  'programme',
  'program',
  'scheme',
  'initiative',
]);

/** The “Remain in Mexico” policy; the “Fast and Furious” operation; the "one country, two systems" model. */
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
    // The "one country, two systems" model: a lower-case quoted name needs a plainly policy noun.
    const lowerCaseName = close - i > 2 && QUOTED_LOWER_CASE_POLICY_NOUNS.has(noun ?? '');
    if (!noun || (!hasCapital && !lowerCaseName)) continue;
    if (QUOTED_POLICY_NOUNS.has(noun)) found.push(ruleCandidate(i + 1, close, 'policy', 'quoted-policy'));
    else if (QUOTED_EVENT_NOUNS.has(noun)) found.push(ruleCandidate(i + 1, close, 'event', 'quoted-event'));
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
        found.push(ruleCandidate(start, sponsorOf ? end + 2 : end, 'policy', 'designation'));
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
  return ruleCandidate(start, i, 'policy', 'designation');
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
    found.push(ruleCandidate(run.start, run.end + 1, 'event', 'named-event'));
  }
  for (let i = 1; i + 1 < words.length; i++) {
    const year = words[i];
    if (words[i - 1].key !== 'the' || !/^(19|20)\d\d$/.test(year.text)) continue;
    let end = i + 1;
    if (words[end]?.shape === 'lower' && !NAMED_EVENT_NOUNS.has(words[end].key)) end++; // "presidential"
    if (words[end] && NAMED_EVENT_NOUNS.has(words[end].key) && !AUTHORED_EVENT_NOUNS.has(words[end].key))
      found.push(ruleCandidate(i, end + 1, 'event', 'dated-event'));
  }
  return found;
}
