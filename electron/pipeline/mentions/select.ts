/**
 * Overlap resolution: one mention per span. Longer spans win ("Mexican National Guard" over "National
 * Guard", "Remain in Mexico" over "Mexico"); at equal length rules beat the lexicon, which beats the tagger.
 */
import { SOURCE_PRIORITY, type Candidate } from './candidate';

export function selectCandidates(
  candidates: readonly Candidate[],
  keys: readonly string[] = [],
): Candidate[] {
  const ordered = candidates
    .filter((c) => !joinsTwoNames(c, candidates, keys))
    .sort(
      (a, b) =>
        b.end - b.start - (a.end - a.start) ||
        SOURCE_PRIORITY[b.source] - SOURCE_PRIORITY[a.source] ||
        a.start - b.start,
    );
  const chosen: Candidate[] = [];
  for (const candidate of ordered) {
    if (chosen.some((c) => c.start < candidate.end && candidate.start < c.end)) continue;
    chosen.push(merged(candidate, candidates));
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** The winner keeps what other sources know about the same span (lexicon entry, title). */
function merged(winner: Candidate, all: readonly Candidate[]): Candidate {
  const same = all.filter((c) => c.start === winner.start && c.end === winner.end);
  const lexicon = winner.lexicon ?? same.find((c) => c.lexicon && c.lexicon.type === winner.type)?.lexicon;
  const title = winner.title ?? same.find((c) => c.title)?.title;
  return { ...winner, ...(lexicon ? { lexicon } : {}), ...(title ? { title } : {}) };
}

const LIST_WORDS = new Set(['and', ',', '&', 'or']);

/**
 * "al-Ghuraba Brigades and al-Ahwal Brigades" tagged as one span: a tagger span made of two names the rules
 * or lexicons read apart, joined by a list word, is the list, not a name.
 */
function joinsTwoNames(tagged: Candidate, all: readonly Candidate[], keys: readonly string[]): boolean {
  if (tagged.source !== 'tagger' || keys.length === 0) return false;
  const inside = all.filter(
    (c) =>
      c.source !== 'tagger' &&
      c.start >= tagged.start &&
      c.end <= tagged.end &&
      c.end - c.start < tagged.end - tagged.start,
  );
  return inside.some((a) =>
    inside.some(
      (b) =>
        a.end < b.start &&
        b.start - a.end <= 2 &&
        keys.slice(a.end, b.start).every((k) => LIST_WORDS.has(k)) &&
        (a.start === tagged.start || b.end === tagged.end),
    ),
  );
}
