/**
 * Titles before person names ("President", "Secretary of Defense", "Former Mexican President"): stripped from
 * the person's span and kept on the mention, to help resolution and as a `leads` / `member_of` cue.
 */
import type { MentionTitle } from '../types';
import type { Match, SentenceContext } from './context';
import type { TitleEntry } from './lexicon';

/** Ranks and honorifics are only titles when capitalised ("general" and "major" are common adjectives). */
function titleWrittenAsTitle(ctx: SentenceContext, match: Match<TitleEntry>): boolean {
  // An acronym title ("PM", "MP", "CEO") only in capitals: "p.m." is a time.
  if (!/\p{Ll}/u.test(match.value.title) && ctx.words[match.start].text !== match.value.title) return false;
  const role = match.value.role;
  if (role === 'leader' || role === 'member') return true;
  return ctx.words[match.start].shape !== 'lower';
}

/** The longest title ending exactly at word `end`, extended back over modifiers and a demonym. */
export function titleEndingAt(ctx: SentenceContext, end: number): MentionTitle | undefined {
  let best: Match<TitleEntry> | undefined;
  for (const match of ctx.titles) {
    if (match.end !== end || !titleWrittenAsTitle(ctx, match)) continue;
    if (!best || match.start < best.start) best = match;
  }
  if (!best) return undefined;
  const start = extendOverModifiers(ctx, best.start);
  return makeTitle(ctx, start, best);
}

/**
 * The longest title at the start of a span `[start, end)` that still leaves a name after it
 * ("President Donald Trump" as tagged -> title "President", name "Donald Trump").
 */
export function titleAtStart(ctx: SentenceContext, start: number, end: number): MentionTitle | undefined {
  let from = extendForward(ctx, start);
  let best: Match<TitleEntry> | undefined;
  for (const match of ctx.titles) {
    if (match.start !== from || match.end >= end || !titleWrittenAsTitle(ctx, match)) continue;
    if (!best || match.end > best.end) best = match;
  }
  if (!best) return undefined;
  // A chain of titles ("Detective Inspector Steven Jones") ends with the last one before the name.
  for (let chained = chainedTitle(ctx, best.end, end); chained; chained = chainedTitle(ctx, best.end, end))
    best = chained;
  from = Math.min(from, start);
  return { ...makeTitle(ctx, from, best) };
}

function chainedTitle(ctx: SentenceContext, at: number, end: number): Match<TitleEntry> | undefined {
  return ctx.titles.filter((t) => t.start === at && t.end < end && titleWrittenAsTitle(ctx, t)).at(-1);
}

/** Modifiers and demonyms that may precede a title: "former", "acting", "Mexican", "then-". */
function extendOverModifiers(ctx: SentenceContext, start: number): number {
  let i = start;
  for (;;) {
    const before = precedingModifier(ctx, i);
    if (before === undefined) return i;
    i = before;
  }
}

function precedingModifier(ctx: SentenceContext, i: number): number | undefined {
  let j = i - 1;
  if (j >= 0 && ctx.words[j].text === '-' && !ctx.words[j].spaceBefore) j--; // "then-President", "ex-"
  if (j < 0) return undefined;
  for (let k = Math.max(0, j - 2); k <= j; k++) {
    for (const m of ctx.doc.lexicon.titleModifiers.matchesAt(ctx.keys, k)) if (m.end === j + 1) return k;
  }
  for (const d of ctx.demonyms) if (d.end === j + 1) return d.start;
  // Chained titles: "Detective Inspector", "Chief Superintendent", "Roman Catholic Pope".
  for (const t of ctx.titles) if (t.end === j + 1 && t.start <= j) return t.start;
  if (ctx.doc.lexicon.groupWords.has(ctx.keys[j])) return j;
  if (j > 0 && ctx.doc.lexicon.groupWords.has(`${ctx.keys[j - 1]} ${ctx.keys[j]}`)) return j - 1;
  return undefined;
}

/** Skips modifiers, demonyms and group words at the start of a span to find where the title proper begins. */
function extendForward(ctx: SentenceContext, start: number): number {
  let i = start;
  for (let guard = 0; guard < 4; guard++) {
    const modifier = ctx.doc.lexicon.titleModifiers.matchesAt(ctx.keys, i).at(-1);
    const demonym = ctx.demonyms.find((d) => d.start === i);
    const groups = ctx.doc.lexicon.groupWords;
    const group = groups.has(`${ctx.keys[i]} ${ctx.keys[i + 1]}`)
      ? i + 2
      : groups.has(ctx.keys[i])
        ? i + 1
        : undefined;
    const next = modifier?.end ?? demonym?.end ?? group;
    if (next === undefined) break;
    i = next;
    if (ctx.words[i]?.text === '-' && !ctx.words[i].spaceBefore) i++;
  }
  return i;
}

function makeTitle(ctx: SentenceContext, start: number, match: Match<TitleEntry>): MentionTitle {
  const first = ctx.words[start];
  const last = ctx.words[match.end - 1];
  const text = ctx.sentence.text.slice(first.start - ctx.sentence.start, last.end - ctx.sentence.start);
  return { start: first.start, end: last.end, text, core: match.value.title, role: match.value.role };
}

/** Gender stated by a title ("Mrs.", "Congresswoman", "King"), if any. */
export function titleGender(ctx: SentenceContext, title: MentionTitle): 'male' | 'female' | undefined {
  return ctx.titles.find(
    (t) => ctx.words[t.start].start >= title.start && ctx.words[t.end - 1].end === title.end,
  )?.value.gender;
}
