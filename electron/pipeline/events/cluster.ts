/**
 * Grouping eventive phrases into events: phrases of one family with the same key argument are one event
 * across the corpus ("the planned deployment to Mexico" / "sending troops to Mexico"); a phrase without
 * an argument ("the strikes", "the plan", "the mission") refers back to the latest event of a compatible
 * family in the same document, or to the event a following phrase of the sentence describes ("plan to
 * put troops onto Mexican soil"). Only events stated at least twice become nodes: recurrence is the
 * proxy for "central to the story" (docs/annotation-guidelines.md).
 */
import { FAMILIES, type EventFamily } from './lexicon';
import type { EventPhrase } from './detect';

export interface LocatedPhrase {
  docId: string;
  sentence: number;
  phrase: EventPhrase;
}

export interface EventCluster {
  family: EventFamily;
  /** The key argument; for an event known by description only, none ("the measles outbreak"). */
  key?: NonNullable<EventPhrase['key']>;
  phrases: LocatedPhrase[];
  /** Label for events known by description or by a name written before them ("Kabul car bombing"). */
  label?: string;
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
  protest: ['protest'],
  outbreak: ['outbreak'],
  campaign: ['campaign'],
  shutdown: ['shutdown'],
  trial: ['trial'],
  legislation: ['legislation'],
  ban: ['ban'],
  sanctions: ['sanctions'],
  agreement: ['agreement'],
  emergency: ['emergency'],
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

/** Head words of one family that name the same kind of thing ("vaccination drive" / "vaccination campaign"). */
const HEAD_SYNONYMS: Readonly<Record<string, string>> = {
  drive: 'campaign',
  campaigns: 'campaign',
  drives: 'campaign',
  protests: 'protest',
  demonstrations: 'protest',
  demonstration: 'protest',
  trials: 'trial',
  bills: 'bill',
  laws: 'law',
  bans: 'ban',
  deals: 'deal',
  agreements: 'agreement',
};

function headOf(word: string): string {
  return HEAD_SYNONYMS[word] ?? word;
}

/**
 * A phrase stated once may still name one thing: a place and a content word before the head ("the Kabul
 * car bombing"), or a policy by its issuer ("United States sanctions").
 */
function namesItself(c: EventCluster): boolean {
  const p = c.phrases[0]?.phrase;
  if (!p?.key?.left) return false;
  return p.key.role === 'agent' || p.content.length > 0;
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
    // "the campaign of X" is X's own: a campaign is known by what it is for, not by a target.
    if (p.phrase.family === 'campaign' && key.role === 'target') return undefined;
    const family = p.phrase.family === 'plan' ? 'deployment' : p.phrase.family;
    // A policy known by its issuer is one of its document ("U.S. sanctions" differ from story to story).
    return key.role === 'agent' ? `${family}|${key.id}|${p.docId}` : `${family}|${key.id}`;
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
  // Pass 1b: events known by description in their document ("the measles outbreak", "a two-day shutdown").
  documents.forEach((phrases, d) => {
    for (const p of phrases) {
      if (clusterOf.has(p) || !FAMILIES[p.phrase.family].descriptive || !p.phrase.content) continue;
      // "the anti-extradition protests" in a document about "protests in Hong Kong": the same protests.
      const head = headOf(p.phrase.headWord);
      const keyed = phrases.find(
        (q) =>
          clusterOf.get(q)?.key && q.phrase.family === p.phrase.family && headOf(q.phrase.headWord) === head,
      );
      if (keyed) {
        clusterOf.get(keyed)!.phrases.push(p);
        clusterOf.set(p, clusterOf.get(keyed)!);
        continue;
      }
      // One event per family and head word in a document: "jury trial" and "three-week trial" are one trial.
      const id = `descr|${d}|${p.phrase.family}|${head}`;
      let cluster = clusters.get(id);
      if (!cluster) {
        cluster = { family: p.phrase.family, phrases: [], label: `${p.phrase.content} ${p.phrase.headWord}` };
        clusters.set(id, cluster);
      }
      cluster.phrases.push(p);
      clusterOf.set(p, cluster);
    }
  });
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
      // "The bill was suspended ... the extradition bill": a described thing named later in its document.
      if (!antecedent && p.phrase.definite && FAMILIES[p.phrase.family].descriptive) {
        const head = headOf(p.phrase.headWord);
        const later = phrases
          .slice(n + 1)
          .find(
            (q) =>
              q.phrase.family === p.phrase.family && headOf(q.phrase.headWord) === head && clusterOf.has(q),
          );
        if (later) antecedent = clusterOf.get(later);
      }
      if (antecedent) {
        antecedent.phrases.push(p);
        clusterOf.set(p, antecedent);
      }
    });
  }
  const kept = [...clusters.values()].filter((c) => c.phrases.length >= MIN_EVENT_PHRASES || namesItself(c));
  for (const c of kept)
    if (!c.label && c.key?.left) c.label = c.phrases.find((p) => p.phrase.key?.left)?.phrase.text;
  return kept;
}
