/**
 * Relations written as a hyphenated participle before a noun: "Iran-backed militias" (Iran supports the
 * militias), "the U.S.-led coalition" (the United States leads it), "a Saudi-funded group". The name
 * before the hyphen is the agent, the entity the compound modifies is the object. ("Mexico-based" is a
 * location: `locations.ts`.)
 */
import { isInnerHyphen, type ArgumentContext } from './arguments';
import { isPunctuation, isWord } from './reading';
import type { Candidate } from './triggers';
import type { RelationType } from '../types';

/** Participle -> relation (a Map: asked once per word of every sentence). */
const PARTICIPLES: ReadonlyMap<string, RelationType> = new Map([
  ['backed', 'supports'],
  ['supported', 'supports'],
  ['funded', 'supports'],
  ['financed', 'supports'],
  ['sponsored', 'supports'],
  ['armed', 'supports'],
  ['trained', 'supports'],
  ['led', 'leads'],
  ['run', 'leads'],
  ['controlled', 'leads'],
  ['commanded', 'leads'],
  ['held', 'leads'],
  ['ruled', 'leads'],
]);

/** Whether the word at `i` is a participle glued to a name by a hyphen ("-backed" in "Iran-backed"). */
export function isHyphenParticiple(ctx: ArgumentContext, i: number): boolean {
  const u = ctx.units[i];
  return (
    u?.kind === 'word' &&
    ctx.units[i - 2]?.kind === 'entity' &&
    PARTICIPLES.has(u.lower) &&
    isInnerHyphen(ctx.units, i - 1) &&
    ctx.units[i - 2]?.kind === 'entity'
  );
}

export function compoundCandidates(ctx: ArgumentContext): Candidate[] {
  const out: Candidate[] = [];
  const { units } = ctx;
  for (let i = 2; i < units.length; i++) {
    if (!isHyphenParticiple(ctx, i)) continue;
    // The modified noun: the next entity, past at most two lower-case modifiers ("Iran-backed Shia militias").
    for (let k = i + 1; k < units.length && k <= i + 3; k++) {
      const u = units[k];
      if (u.kind === 'entity') {
        if (u.type !== 'person' && u.type !== 'organization' && u.type !== 'event') break;
        out.push({
          source: i - 2,
          target: k,
          relation: PARTICIPLES.get(units[i].lower)!,
          trigger: `${units[i - 1].text}${units[i].text}`,
          triggerStart: i,
          triggerEnd: i,
          structural: true,
        });
        break;
      }
      if (isPunctuation(u) || isWord(u, 'and', 'or', 'of', 'by') || !/^[a-z-]+$/.test(u.text)) break;
    }
  }
  return out;
}
