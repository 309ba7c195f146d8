/**
 * The tagger's label set: GMB's IOB tags. The mention stage maps entity types to the product ontology
 * (per -> person, org -> organization, geo/gpe -> place, ...); the tagger itself stays faithful to its
 * training data so the model and the evaluation speak the same language.
 */

export const NER_ENTITY_TYPES = ['per', 'org', 'geo', 'gpe', 'tim', 'art', 'eve', 'nat'] as const;
export type NerEntityType = (typeof NER_ENTITY_TYPES)[number];

/** `O` first, then `B-x`, `I-x` for every type. The model file records the order it was trained with. */
export const NER_LABELS: readonly string[] = [
  'O',
  ...NER_ENTITY_TYPES.flatMap((type) => [`B-${type}`, `I-${type}`]),
];

/** A tagged span over token indices, end exclusive. */
export interface TokenSpan {
  start: number;
  end: number;
  type: NerEntityType;
}

export function isNerEntityType(value: string): value is NerEntityType {
  return (NER_ENTITY_TYPES as readonly string[]).includes(value);
}

/** `B-per` -> `per`; `O` (or anything malformed) -> undefined. */
export function labelType(label: string): NerEntityType | undefined {
  if (label.length < 3 || label[1] !== '-') return undefined;
  const type = label.slice(2);
  return isNerEntityType(type) ? type : undefined;
}

/**
 * IOB validity: `I-x` may only continue a `B-x` or `I-x`. The decoder never produces an invalid sequence,
 * so this also documents the constraint the Viterbi search enforces.
 */
export function isAllowedTransition(previous: string | undefined, current: string): boolean {
  if (!current.startsWith('I-')) return true;
  if (previous === undefined || previous === 'O') return false;
  return previous.slice(2) === current.slice(2);
}

/**
 * Groups IOB labels into spans. Lenient like conlleval: an `I-x` that does not continue an `x` span starts
 * a new one (gold data is not always clean), and a type change closes the current span.
 */
export function labelsToSpans(labels: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let current: TokenSpan | undefined;
  labels.forEach((label, i) => {
    const type = labelType(label);
    const continues = current && type === current.type && label.startsWith('I-');
    if (continues && current) {
      current.end = i + 1;
      return;
    }
    if (current) spans.push(current);
    current = type ? { start: i, end: i + 1, type } : undefined;
  });
  if (current) spans.push(current);
  return spans;
}
