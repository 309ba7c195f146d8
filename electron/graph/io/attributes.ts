/**
 * Flattening attribute values for formats that only hold scalars (GEXF, GraphML, CSV): arrays and objects
 * (aliases, docs, evidence...) become JSON strings, and the names of the flattened keys are recorded so an
 * import can restore them exactly (a label that merely looks like JSON stays a string).
 */

export type Scalar = string | number | boolean;

export interface FlattenedKeys {
  graph: string[];
  node: string[];
  edge: string[];
}

/**
 * XML 1.0 forbids most control characters, U+FFFE/U+FFFF and unpaired surrogates even when escaped: they
 * become U+FFFD so the file stays well-formed.
 */
export function xmlSafe(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let bad = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else bad = true;
    } else if (c >= 0xdc00 && c <= 0xdfff) bad = true;
    if (bad) {
      out += text.slice(from, i) + '\uFFFD';
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** A scalar version of `value`; undefined/null/NaN give undefined (left out). */
export function flattenValue(value: unknown): Scalar | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** Flattens every attribute, adding the names of those that were JSON-encoded to `jsonKeys`. */
export function flattenAttributes(
  attributes: Record<string, unknown>,
  jsonKeys: Set<string>,
  clean: (s: string) => string = (s) => s,
): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [key, value] of Object.entries(attributes)) {
    const flat = flattenValue(value);
    if (flat === undefined) continue;
    if (typeof value === 'object') jsonKeys.add(key);
    out[key] = typeof flat === 'string' ? clean(flat) : flat;
  }
  return out;
}

/** Restores the JSON-encoded keys; a value that does not parse is left as it is. */
export function restoreAttributes(attributes: Record<string, unknown>, jsonKeys: Iterable<string>): void {
  for (const key of jsonKeys) {
    const value = attributes[key];
    if (typeof value !== 'string') continue;
    try {
      attributes[key] = JSON.parse(value);
    } catch {
      // Not ours or edited by hand: keep the string; validation reports it if it matters.
    }
  }
}

export function parseFlattenedKeys(text: unknown): FlattenedKeys {
  const empty: FlattenedKeys = { graph: [], node: [], edge: [] };
  if (typeof text !== 'string') return empty;
  try {
    const data = JSON.parse(text) as Partial<FlattenedKeys>;
    const list = (v: unknown) =>
      Array.isArray(v) ? v.filter((k): k is string => typeof k === 'string') : [];
    return { graph: list(data.graph), node: list(data.node), edge: list(data.edge) };
  } catch {
    return empty;
  }
}
