/**
 * Organizations named through a country or a leader ("Mexican cartels", "the U.S. armed forces", "Government
 * of Iraq", "Mexico’s current leadership", "Trump administration") and border places ("U.S.-Mexico border").
 */
import { ruleCandidate, type Candidate } from './candidate';
import { isTrustedCapital, type SentenceContext } from './context';
import type { Run } from './runs';
import { BORDER_NOUNS, DEMONYM_ORG_NOUNS, MODIFIED_NOUNS, PERSON_ORG_NOUNS } from './vocabulary';
import { phraseKeys } from './words';

const ORG_NOUN_KEYS = DEMONYM_ORG_NOUNS.map((noun) => phraseKeys(noun));

/** A demonym or country name before an organization noun: "Mexican cartels", "the U.S. government". */
export function demonymOrganizationRule(ctx: SentenceContext): Candidate[] {
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
        ...ruleCandidate(start, name.end, 'organization', 'organization-of-country'),
        country: name.country,
      });
  }
  for (const modifier of modifiers) {
    const possessive = possessiveGovernmentEnd(ctx, modifier.end);
    if (possessive !== undefined) {
      const rule = ruleCandidate(modifier.start, possessive, 'organization', 'country-government');
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
      // "the U.S. military rejected ...": a past tense after it is its verb, not a noun it modifies.
      if (!FUNCTION_WORDS.has(next.key) && !/[^e]ed$/.test(next.key)) continue;
    }
    found.push({
      ...ruleCandidate(modifier.start, end, 'organization', 'demonym-organization'),
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
export function personOrganizationRule(ctx: SentenceContext, runs: readonly Run[]): Candidate[] {
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
    found.push(ruleCandidate(run.start, noun + 1, 'organization', 'person-organization'));
  }
  return found;
}

/**
 * "drug cartels": the armed groups a story is about, named by what they traffic (annotation guidelines: an
 * organization "when they are the story's actors"). Singular "drug cartel" is mostly a modifier ("drug cartel
 * leadership"); with a demonym the demonym rule reads the longer name ("Mexican drug cartels").
 */
export function drugCartelsRule(ctx: SentenceContext): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i + 1 < ctx.words.length; i++) {
    if (ctx.keys[i] !== 'drug' || ctx.keys[i + 1] !== 'cartels' || ctx.words[i + 1].shape !== 'lower')
      continue;
    if (ctx.demonyms.some((d) => d.end === i) || ctx.names.some((n) => n.end === i)) continue;
    found.push(ruleCandidate(i, i + 2, 'organization', 'drug-cartels'));
  }
  return found;
}

/** "U.S.-Mexico border": two places joined by a hyphen before "border". */
export function borderRule(ctx: SentenceContext): Candidate[] {
  const found: Candidate[] = [];
  const places = ctx.names.filter((n) => n.value.entity.type === 'place');
  for (const left of places) {
    const dash = ctx.words[left.end];
    if (!dash || (dash.text !== '-' && dash.text !== '–') || dash.spaceBefore) continue;
    const right = places.find((p) => p.start === left.end + 1);
    const noun = right && ctx.words[right.end];
    if (right && noun && BORDER_NOUNS.has(noun.key))
      found.push(ruleCandidate(left.start, right.end + 1, 'place', 'border'));
  }
  return found;
}
