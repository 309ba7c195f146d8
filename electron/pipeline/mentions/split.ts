/**
 * Tagged spans cut where no name goes on: the statistical tagger sometimes runs one span over two names or
 * over the common words between them. A name never holds
 *   - a dash with spaces around it ("Tesco — Netto Poland currently has ..."),
 *   - a lower-case content word written apart ("Trump loyalist Stephen Schwarzman", "South American group
 *     Mercosur"); connectors ("Bank of America", "Brigade de Recherche") and name particles stay,
 *   - a participle glued by a hyphen ("United States-led Iraq", "Iran-backed Houthis"): what it modifies is
 *     another name.
 * Pieces lose the punctuation at their edges and a capitalised preposition opening them ("Chair In Global
 * ..."); a participle opening a sentence before a body's name is no part of it ("Remarked Center for ...",
 * "Proroguing Parliament").
 * Pieces with no capitalised word, only a nationality ("South American" before "group Mercosur") or only
 * group words ("Muslims and Christians") are dropped.
 */
import type { Candidate } from './candidate';
import { isInitialPosition, type SentenceContext } from './context';
import { isCapitalized } from './runs';
import { ORG_HEADS, PLACE_HEADS } from './vocabulary';
import type { Word } from './words';

/** Lower-case words that may stand inside a name. */
const NAME_CONNECTORS = new Set(
  `of for and the de del della di da das do dos du des la le les los las el al bin ibn bint abu bu bou ben ould
   ag ul ud van von der den ter te ten zu y et e on upon in at to sur sous am an`.split(/\s+/),
);

/** Participles glued to a name by a hyphen that make it a modifier ("US-led", "Iran-backed"). */
const GLUED_PARTICIPLES = new Set(
  'led backed based born owned run funded controlled sponsored allied linked affiliated made brokered'.split(
    ' ',
  ),
);

/** Prepositions capitalised at the start of a tagged piece ("In Global ..."); "The Hague" keeps its article. */
const OPENING_PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'of',
  'for',
  'from',
  'by',
  'with',
  'and',
  'or',
  'to',
]);

export function splitTaggedSpan(candidate: Candidate, ctx: SentenceContext): Candidate[] {
  const { words } = ctx;
  const pieces: Candidate[] = [];
  let from = candidate.start;
  for (let i = candidate.start; i <= candidate.end; i++) {
    if (i < candidate.end && !breaksName(words, i)) continue;
    let [start, end] = [from, i];
    while (start < end && (words[start].shape === 'other' || OPENING_PREPOSITIONS.has(words[start].key)))
      start++;
    while (end > start && words[end - 1].shape === 'other') end--;
    if (openingParticiple(ctx, start, end)) start++;
    if (end > start && hasCapital(words, start, end) && !onlyGroupWords(ctx, start, end))
      pieces.push(
        start === candidate.start && end === candidate.end ? candidate : { ...candidate, start, end },
      );
    from = i + 1;
  }
  return pieces;
}

function breaksName(words: readonly Word[], i: number): boolean {
  const word = words[i];
  if (/^[—–-]$/.test(word.text)) return word.spaceBefore && !!words[i + 1]?.spaceBefore;
  if (word.shape !== 'lower') return false;
  if (word.spaceBefore) return !NAME_CONNECTORS.has(word.key);
  return words[i - 1]?.text === '-' && GLUED_PARTICIPLES.has(word.key);
}

function hasCapital(words: readonly Word[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isCapitalized(words[i])) return true;
  return false;
}

/**
 * "Remarked Center for Biological Diversity scientist ...", "Proroguing Parliament is ...": a participle or
 * gerund opening the sentence before a body's name ("Reading", a town the lexicon knows, stays).
 */
function openingParticiple(ctx: SentenceContext, start: number, end: number): boolean {
  const word = ctx.words[start];
  if (end - start < 2 || !word || !/^\p{Lu}\p{Ll}{3,}(ed|ing)$/u.test(word.text)) return false;
  if (!isInitialPosition(ctx.words, start) || ctx.names.some((n) => n.start === start)) return false;
  for (let i = start + 1; i < end; i++)
    if (ORG_HEADS.has(ctx.keys[i]) || PLACE_HEADS.has(ctx.keys[i])) return true;
  return false;
}

/** A nationality ("South American") or group words only ("Muslims and Christians"). */
function onlyGroupWords(ctx: SentenceContext, start: number, end: number): boolean {
  if (ctx.demonyms.some((d) => d.start === start && d.end === end)) return true;
  const groups = ctx.doc.lexicon.groupWords;
  for (let i = start; i < end; i++) {
    const key = ctx.keys[i];
    if (!groups.has(key) && key !== 'and' && key !== 'or' && key !== ',') return false;
  }
  return true;
}
