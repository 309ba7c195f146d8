/**
 * Tagged spans cut where no name goes on: the statistical tagger sometimes runs one span over two names or
 * over the common words between them. A name never holds
 *   - a dash with spaces around it ("Tesco — Netto Poland currently has ..."),
 *   - a lower-case content word written apart ("Trump loyalist Stephen Schwarzman", "South American group
 *     Mercosur"); connectors ("Bank of America", "Brigade de Recherche") and name particles stay,
 *   - a participle glued by a hyphen ("United States-led Iraq", "Iran-backed Houthis"): what it modifies is
 *     another name.
 * Pieces lose the punctuation at their edges; pieces with no capitalised word, or only a nationality ("South
 * American" before "group Mercosur"), are dropped.
 */
import type { Candidate } from './candidate';
import type { SentenceContext } from './context';
import { isCapitalized } from './runs';
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

export function splitTaggedSpan(candidate: Candidate, ctx: SentenceContext): Candidate[] {
  const { words } = ctx;
  let breaks = false;
  for (let i = candidate.start; i < candidate.end && !breaks; i++) breaks = breaksName(words, i);
  if (!breaks) return [candidate];
  const pieces: Candidate[] = [];
  let from = candidate.start;
  for (let i = candidate.start; i <= candidate.end; i++) {
    if (i < candidate.end && !breaksName(words, i)) continue;
    let [start, end] = [from, i];
    while (start < end && words[start].shape === 'other') start++;
    while (end > start && words[end - 1].shape === 'other') end--;
    const nationality = ctx.demonyms.some((d) => d.start === start && d.end === end);
    if (end > start && hasCapital(words, start, end) && !nationality)
      pieces.push({ ...candidate, start, end });
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
