/**
 * Bytes -> text: binary sniffing, BOMs, UTF-8 with a windows-1252 fallback, newline normalisation.
 * Pure functions over Buffers, shared by files on disk and uploaded buffers.
 */

/** How many leading bytes the binary sniffer looks at. */
export const SNIFF_BYTES = 1024;

/** Share of control characters in the sniffed bytes above which a file is treated as binary. */
const MAX_CONTROL_SHARE = 0.1;

/** Well-known signatures of formats people might drop into a corpus folder by mistake. */
const SIGNATURES: ReadonlyArray<[string, readonly number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (or .docx/.xlsx/.epub)', [0x50, 0x4b, 0x03, 0x04]],
  ['a ZIP archive', [0x50, 0x4b, 0x05, 0x06]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['a legacy Office document (.doc/.xls)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
];

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export type Sniffed =
  { binary: true; what: string } | { binary: false; encoding: TextEncoding; bomLength: number };

/** Decides from the first bytes whether a file is text, and in which Unicode encoding. */
export function sniff(head: Uint8Array): Sniffed {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { binary: false, encoding: 'utf-8', bomLength: 3 };
  if (startsWith(head, [0xff, 0xfe])) return { binary: false, encoding: 'utf-16le', bomLength: 2 };
  if (startsWith(head, [0xfe, 0xff])) return { binary: false, encoding: 'utf-16be', bomLength: 2 };
  for (const [what, signature] of SIGNATURES) {
    if (startsWith(head, signature)) return { binary: true, what };
  }
  const bytes = head.subarray(0, SNIFF_BYTES);
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return { binary: false, encoding: utf16, bomLength: 0 };
  let control = 0;
  for (const b of bytes) {
    if (b === 0) return { binary: true, what: 'a binary file (it contains NUL bytes)' };
    // Text uses tab, LF, VT, FF and CR; any other byte below 0x20, and DEL, is a control byte.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) || b === 0x7f) {
      control++;
    }
  }
  if (bytes.length > 0 && control / bytes.length > MAX_CONTROL_SHARE) {
    return { binary: true, what: 'a binary file (too many control characters)' };
  }
  return { binary: false, encoding: 'utf-8', bomLength: 0 };
}

/**
 * UTF-16 text without a BOM looks like ASCII with a NUL after (LE) or before (BE) every character;
 * recognise that pattern instead of calling such files binary.
 */
function guessBomlessUtf16(bytes: Uint8Array): TextEncoding | undefined {
  if (bytes.length < 8) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  const pairs = Math.floor(bytes.length / 2);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

export interface Decoded {
  text: string;
  /** The encoding actually used. */
  encoding: TextEncoding | 'windows-1252';
  /** True when the bytes were not valid UTF-8 and were read as windows-1252 instead. */
  fellBack: boolean;
}

/** Decodes a whole text file (already known not to be binary) and normalises it. */
export function decodeText(bytes: Uint8Array, sniffed: Extract<Sniffed, { binary: false }>): Decoded {
  const body = bytes.subarray(sniffed.bomLength);
  if (sniffed.encoding !== 'utf-8') {
    const text = new TextDecoder(sniffed.encoding, { ignoreBOM: true }).decode(body);
    return { text: normaliseText(text), encoding: sniffed.encoding, fellBack: false };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text: normaliseText(text), encoding: 'utf-8', fellBack: false };
  } catch {
    return { text: normaliseText(decodeWindows1252(body)), encoding: 'windows-1252', fellBack: true };
  }
}

/**
 * windows-1252 differs from Latin-1 only in 0x80-0x9F (curly quotes, dashes, euro...). Node 20's
 * TextDecoder('windows-1252') decodes those bytes as Latin-1 C1 controls, so map them ourselves.
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in windows-1252 and stay as they are.)
 */
const CP1252_HIGH: Record<number, number> = {
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x0192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x02c6,
  0x89: 0x2030,
  0x8a: 0x0160,
  0x8b: 0x2039,
  0x8c: 0x0152,
  0x8e: 0x017d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x02dc,
  0x99: 0x2122,
  0x9a: 0x0161,
  0x9b: 0x203a,
  0x9c: 0x0153,
  0x9e: 0x017e,
  0x9f: 0x0178,
};

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (c) =>
    String.fromCharCode(CP1252_HIGH[c.charCodeAt(0)] ?? c.charCodeAt(0)),
  );
}

/**
 * One canonical form for every later stage: LF line ends, NFC (so "é" typed two ways matches), and
 * stray C0/C1 control characters (form feeds, NULs from broken exports...) turned into spaces.
 */
export function normaliseText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- matching control characters is the point here
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, ' ')
      .normalize('NFC')
  );
}
