/**
 * 32-bit feature hashing. Features are never built as strings ("w-1=the|w0=president"): every value is
 * hashed from its characters once per token, and a feature is the mix of a template id with one or two
 * value hashes. This keeps the tagger's hot loop free of string concatenation and allocation.
 * Collisions between distinct features are possible but rare (a few dozen among ~10^6 features) and
 * only add noise to a weight, which the perceptron tolerates.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function fnvStart(): number {
  return FNV_OFFSET;
}

export function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** murmur3's finaliser: spreads the bits so that small template ids and similar values do not collide. */
export function fmix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** A feature id for `template` applied to one value. Never 0 (0 marks an empty slot in lookup tables). */
export function feature1(template: number, value: number): number {
  const h = fmix32(Math.imul(template + 1, 0x9e3779b1) ^ value);
  return h === 0 ? 1 : h;
}

/** A feature id for `template` applied to two values (conjunctions such as previous word + word). */
export function feature2(template: number, a: number, b: number): number {
  return feature1(template, fmix32(a) ^ Math.imul(b, 0x27d4eb2f));
}

export function feature3(template: number, a: number, b: number, c: number): number {
  return feature2(template, fmix32(a) ^ Math.imul(b, 0x27d4eb2f), c);
}

export function hashString(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) h = fnvStep(h, text.charCodeAt(i));
  return h | 0;
}
