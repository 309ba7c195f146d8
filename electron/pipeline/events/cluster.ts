/**
 * Grouping eventive phrases into events: phrases of one family with the same key argument are one event
 * across the corpus ("the planned deployment to Mexico" / "sending troops to Mexico"); a phrase without
 * an argument ("the strikes", "the plan", "the mission") refers back to the latest event of a compatible
 * family in the same document, or to the event a following phrase of the sentence describes ("plan to
 * put troops onto Mexican soil"). Only events stated at least twice become nodes: recurrence is the
 * proxy for "central to the story" (docs/annotation-guidelines.md).
 */
import type { EventFamily } from './lexicon';
import type { EventPhrase } from './detect';

export interface LocatedPhrase {
  docId: string;
  sentence: number;
  phrase: EventPhrase;
}

export interface EventCluster {
  family: EventFamily;
  key: NonNullable<EventPhrase['key']>;
  phrases: LocatedPhrase[];
}

/** Heads that always refer to a plan already in the story. */
const PLAN_HEADS = new Set(['plan', 'plans', 'proposal', 'proposals', 'planning']);

/** Minimum number of phrases for an event to become a node. */
export const MIN_EVENT_PHRASES = 2;
/** How many sentences back an argument-less phrase may look for what it refers to. */
const ANAPHORA_WINDOW = 15;

/** Families an argument-less phrase of `family` may refer back to, in order of preference. */
const COMPATIBLE: Record<EventFamily, EventFamily[]> = {
  deployment: ['deployment'],
  strike: ['strike'],
  arrest: ['arrest'],
  meeting: ['meeting'],
  election: ['election'],
  plan: ['deployment', 'strike'],
};

/**
 * The event "the strikes" most likely means: among the compatible events mentioned in the last sentences,
 * the one the document has spoken of most so far (salience), the latest on a tie.
 */
function mostSalient(
  before: readonly LocatedPhrase[],
  sentence: number,
  family: EventFamily,
  clusterOf: ReadonlyMap<LocatedPhrase, EventCluster>,
): EventCluster | undefined {
  const counts = new Map<EventCluster, { count: number; last: number }>();
  for (const q of before) {
    const c = clusterOf.get(q);
    if (!c || c.family !== family) continue;
    const entry = counts.get(c) ?? { count: 0, last: -1 };
    entry.count++;
    entry.last = Math.max(entry.last, q.sentence);
    counts.set(c, entry);
  }
  let best: EventCluster | undefined;
  let bestScore = { count: 0, last: -1 };
  for (const [c, score] of counts) {
    if (sentence - score.last > ANAPHORA_WINDOW) continue;
    if (score.count > bestScore.count || (score.count === bestScore.count && score.last > bestScore.last)) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** Clusters in a stable order; `documents` gives each document's phrases in text order. */
export function clusterPhrases(documents: ReadonlyArray<readonly LocatedPhrase[]>): EventCluster[] {
  const clusters = new Map<string, EventCluster>();
  const clusterOf = new Map<LocatedPhrase, EventCluster>();
  const keyed = (p: LocatedPhrase): string | undefined => {
    const key = p.phrase.key;
    if (!key) return undefined;
    // A plan or an operation with its own place is the deployment it names; aimed at someone, it says too
    // little ("operation against X" may be anything) to be an event of its own.
    if (p.phrase.family === 'plan' && key.role !== 'place') return undefined;
    const family = p.phrase.family === 'plan' ? 'deployment' : p.phrase.family;
    return `${family}|${key.id}`;
  };
  // Pass 1: phrases with a key argument.
  for (const phrases of documents) {
    for (const p of phrases) {
      const id = keyed(p);
      if (!id) continue;
      let cluster = clusters.get(id);
      if (!cluster) {
        cluster = { family: id.split('|')[0] as EventFamily, key: p.phrase.key!, phrases: [] };
        clusters.set(id, cluster);
      }
      cluster.phrases.push(p);
      clusterOf.set(p, cluster);
    }
  }
  // Pass 2: argument-less phrases refer forward within their sentence, else back within the document.
  for (const phrases of documents) {
    phrases.forEach((p, n) => {
      if (clusterOf.has(p) || p.phrase.hasArgument) return;
      const wanted = COMPATIBLE[p.phrase.family];
      const forward = phrases
        .slice(n + 1)
        .find(
          (q) =>
            q.sentence === p.sentence &&
            clusterOf.has(q) &&
            (p.phrase.family === 'plan' || wanted.includes(clusterOf.get(q)!.family)),
        );
      let antecedent: EventCluster | undefined = forward ? clusterOf.get(forward) : undefined;
      if (!antecedent && (p.phrase.definite || p.phrase.intended || PLAN_HEADS.has(p.phrase.headWord))) {
        for (const family of wanted) {
          antecedent = mostSalient(phrases.slice(0, n), p.sentence, family, clusterOf);
          if (antecedent) break;
        }
      }
      if (antecedent) {
        antecedent.phrases.push(p);
        clusterOf.set(p, antecedent);
      }
    });
  }
  return [...clusters.values()].filter((c) => c.phrases.length >= MIN_EVENT_PHRASES);
}
