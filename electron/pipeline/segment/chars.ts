/** Character classes on UTF-16 code units, for the linear scanners of sentences and tokens. */

/** Whitespace, including no-break and zero-width spaces (Wikinews puts U+200D before "'s"). */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export const PERIOD = 46;
export const ELLIPSIS = 0x2026;

/** . ! ? … */
export function isTerminator(c: number): boolean {
  return c === PERIOD || c === 33 || c === 63 || c === ELLIPSIS;
}

/** Marks that may follow a sentence's final punctuation and still belong to it: quotes, brackets. */
export function isCloser(c: number): boolean {
  return (
    c === 34 || // "
    c === 39 || // '
    c === 0x201d || // ”
    c === 0x2019 || // ’
    c === 0xbb || // »
    c === 0x203a || // ›
    c === 41 || // )
    c === 93 || // ]
    c === 125 // }
  );
}

/** Opening quotes and brackets that may precede a sentence's first word. */
export function isOpener(c: number): boolean {
  return (
    c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0x201e || c === 0xab || c === 40 || c === 91
  );
}

export function isUpper(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLower(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters (any script) and digits. */
export function isAlnum(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(c));
}
