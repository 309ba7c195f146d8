/**
 * Acronyms: "Joint Special Operations Command" / "JSOC", "Foreign Terrorist Organizations" / "FTOs".
 * Explicit definitions in the text ("Expansion (ACRO)") are read first; otherwise an acronym joins the one
 * multi-word name whose initials spell it.
 */
const MINOR_WORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'on',
  'in',
  'to',
  'a',
  'an',
  'at',
  'by',
  '&',
  'de',
  'del',
  'la',
]);

/**
 * An all-capitals single word of 2-8 letters, optionally a plural "s": "JSOC", "FTOs", "U.S."; or a word
 * of mostly capitals with a few small letters inside: "AfCFTA", "UOKiK", "DoD" (not "McDonald").
 */
export function isAcronym(text: string): boolean {
  if (/^[A-Z](?:[A-Z.&]){1,8}s?$/.test(text) && /[A-Z].*[A-Z]/.test(text)) return true;
  if (!/^[A-Z][A-Za-z]{1,9}$/.test(text) || !/[A-Z]$/.test(text)) return false;
  const capitals = text.replace(/[^A-Z]/g, '').length;
  return capitals >= 2 && capitals > 2 * (text.length - capitals);
}

/** "FTOs" -> "FTO", "U.S." -> "US". */
export function acronymLetters(text: string): string {
  return text.replace(/[.&]/g, '').replace(/(?<=[A-Z]{2})s$/, '');
}

/** Initials of the content words: "Centers for Disease Control" -> "CDC", "Al-Qaeda in Iraq" -> "AQI". */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !MINOR_WORDS.has(w.toLowerCase()))
    .map((w) => w[0].toUpperCase())
    .join('');
}

/** An acronym defined right after a name: "Foreign Terrorist Organizations (FTOs)". */
export function acronymDefinedAfter(text: string, end: number): string | undefined {
  const match = /^\s*\(([A-Z][A-Za-z.&]{1,9})\)/.exec(text.slice(end, end + 16));
  return match && isAcronym(match[1]) ? match[1] : undefined;
}

/**
 * Whether `acronym` can abbreviate `name`: same first letter ("Department of Defense (DoD)"), and a one-word
 * name is not spelled by a longer acronym ("Iraq (AQI)" closes "al-Qaeda in Iraq", not "Iraq").
 */
export function acronymMayAbbreviate(acronym: string, name: string): boolean {
  const letters = acronymLetters(acronym).toUpperCase();
  const first = name
    .replace(/^the\s+/i, '')
    .trim()[0]
    ?.toUpperCase();
  if (!first || letters[0] !== first) return false;
  return /\s|-/.test(name.trim()) || letters.length <= 1 || name.toUpperCase().startsWith(letters);
}
