/**
 * The model file: gzipped JSON whose large arrays are base64 typed arrays.
 *   - feature hashes sorted as unsigned ints and delta-encoded as varints (~2.5 bytes each instead of 4);
 *   - weights quantised to int8 with one float scale per feature row (max |w| / 127): per-row scales keep
 *     the small weights of rare features that one global scale would round to zero;
 *   - rows whose largest weight is below `pruneBelow` dropped.
 * JSON keeps the metadata readable (`zcat ner.json.gz | head -c 2000`); gzip + base64 decode in ~100 ms.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { NerModelError, type NerModelData } from './model';

const metaSchema = z.object({
  format: z.literal('plexus-ner'),
  formatVersion: z.literal(1),
  featureSetVersion: z.number().int(),
  labels: z.array(z.string()).min(2),
  lexicons: z.record(z.string(), z.array(z.string())),
  temperature: z.number().positive(),
  training: z.record(z.string(), z.unknown()),
});

const fileSchema = z.object({
  meta: metaSchema,
  transitions: z.array(z.number()),
  rows: z.number().int().nonnegative(),
  hashes: z.string(),
  scales: z.string(),
  weights: z.string(),
});

export interface EncodeOptions {
  /** Drop feature rows whose largest absolute weight is below this. */
  pruneBelow?: number;
}

export function encodeModel(data: NerModelData, options: EncodeOptions = {}): Buffer {
  const L = data.meta.labels.length;
  const keep = keptRows(data, L, options.pruneBelow ?? 0);
  keep.sort((a, b) => (data.hashes[a] >>> 0) - (data.hashes[b] >>> 0));
  const scales = new Float32Array(keep.length);
  const quantised = new Int8Array(keep.length * L);
  keep.forEach((row, i) => {
    let max = 0;
    for (let y = 0; y < L; y++) max = Math.max(max, Math.abs(data.weights[row * L + y]));
    const scale = max / 127;
    scales[i] = scale;
    for (let y = 0; y < L; y++) quantised[i * L + y] = Math.round(data.weights[row * L + y] / scale);
  });
  const file = {
    meta: data.meta,
    transitions: Array.from(data.transitions, (v) => Math.round(v * 1e4) / 1e4),
    rows: keep.length,
    hashes: encodeSortedHashes(keep.map((row) => data.hashes[row] >>> 0)).toString('base64'),
    scales: Buffer.from(scales.buffer, scales.byteOffset, scales.byteLength).toString('base64'),
    weights: Buffer.from(quantised.buffer, quantised.byteOffset, quantised.byteLength).toString('base64'),
  };
  return gzipSync(Buffer.from(JSON.stringify(file)), { level: 9 });
}

export function decodeModel(bytes: Uint8Array): NerModelData {
  let parsed: unknown;
  try {
    parsed = JSON.parse(gunzipSync(bytes).toString('utf8'));
  } catch (error) {
    throw new NerModelError('The NER model file is not a gzipped JSON model file.', { cause: error });
  }
  const result = fileSchema.safeParse(parsed);
  if (!result.success) {
    throw new NerModelError(`The NER model file is malformed: ${result.error.issues[0]?.message}.`);
  }
  const file = result.data;
  const L = file.meta.labels.length;
  const hashes = decodeSortedHashes(Buffer.from(file.hashes, 'base64'), file.rows);
  const scales = toFloat32(Buffer.from(file.scales, 'base64'));
  const quantised = new Int8Array(toOwnedBuffer(Buffer.from(file.weights, 'base64')));
  if (scales.length !== file.rows || quantised.length !== file.rows * L) {
    throw new NerModelError('The NER model file is truncated: array sizes do not match its row count.');
  }
  if (file.transitions.length !== (L + 1) * L) {
    throw new NerModelError('The NER model file has a transition matrix of the wrong size.');
  }
  const weights = new Float32Array(quantised.length);
  for (let i = 0; i < file.rows; i++) {
    const scale = scales[i];
    for (let y = 0; y < L; y++) weights[i * L + y] = quantised[i * L + y] * scale;
  }
  return { meta: file.meta, hashes, weights, transitions: Float32Array.from(file.transitions) };
}

function keptRows(data: NerModelData, L: number, pruneBelow: number): number[] {
  const keep: number[] = [];
  for (let row = 0; row < data.hashes.length; row++) {
    let max = 0;
    for (let y = 0; y < L; y++) max = Math.max(max, Math.abs(data.weights[row * L + y]));
    if (max > 0 && max >= pruneBelow) keep.push(row);
  }
  return keep;
}

/** Ascending unsigned hashes -> LEB128 varints of the gaps. */
export function encodeSortedHashes(sorted: readonly number[]): Buffer {
  const bytes: number[] = [];
  let previous = 0;
  for (const value of sorted) {
    let gap = value - previous;
    previous = value;
    while (gap >= 0x80) {
      bytes.push((gap % 0x80) | 0x80);
      gap = Math.floor(gap / 0x80);
    }
    bytes.push(gap);
  }
  return Buffer.from(bytes);
}

export function decodeSortedHashes(bytes: Uint8Array, count: number): Int32Array {
  const out = new Int32Array(count);
  let at = 0;
  let previous = 0;
  for (let i = 0; i < count; i++) {
    let gap = 0;
    let factor = 1;
    for (;;) {
      if (at >= bytes.length) throw new NerModelError('The NER model file is truncated (feature list).');
      const b = bytes[at++];
      gap += (b & 0x7f) * factor;
      if (b < 0x80) break;
      factor *= 0x80;
    }
    previous += gap;
    out[i] = previous | 0;
  }
  if (at !== bytes.length) throw new NerModelError('The NER model file has trailing feature data.');
  return out;
}

function toFloat32(buffer: Buffer): Float32Array {
  if (buffer.byteLength % 4 !== 0) throw new NerModelError('The NER model file has a malformed scale table.');
  return new Float32Array(toOwnedBuffer(buffer));
}

/** Node Buffers may share a pool with an unaligned offset; typed arrays need their own aligned copy. */
function toOwnedBuffer(buffer: Buffer): ArrayBuffer {
  const copy = new Uint8Array(buffer.byteLength);
  copy.set(buffer);
  return copy.buffer;
}
