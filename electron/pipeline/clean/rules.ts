/**
 * Line rules: general patterns of web boilerplate, never any outlet's or article's own strings. Each
 * rule names the reason it reports. They run on one trimmed line (apostrophes either straight or curly)
 * and are deliberately narrow: a false positive deletes article text, which is worse than a kept footer.
 */
import type { Span } from '../types';
import { parseLoneDate } from '../read/dates';

export interface LineContext {
  /** Index among non-blank lines, and how many there are. */
  index: number;
  total: number;
}

export interface LineRule {
  reason: string;
  /** Longest line the rule applies to: boilerplate lines are short, article paragraphs are not. */
  maxLength: number;
  /**
   * Words without which the rule cannot match: a cheap first test, because the rules run on every
   * paragraph of every document and most paragraphs contain none of them.
   */
  hint?: RegExp;
  test(line: string, context: LineContext): boolean;
}

/** A test passing when any pattern matches (a plain loop: this runs for every line of every document). */
function anyOf(...patterns: RegExp[]): (line: string) => boolean {
  return (line) => {
    for (const p of patterns) if (p.test(line)) return true;
    return false;
  };
}

const ORPHAN_LINES = new Set([
  'learn more',
  'read more',
  'read more here',
  'continue reading',
  'keep reading',
  'references',
  'sources',
  'see also',
  'related',
  'related articles',
  'related stories',
  'related coverage',
  'related content',
  'more stories',
  'more from this author',
  'advertisement',
  'sponsored',
  'sponsored content',
  'external links',
  'further reading',
  'recommended',
  'recommended for you',
  'trending',
  'trending now',
  'most read',
  'most popular',
  'show comments',
  'view comments',
  'comments',
  'load comments',
  'top stories',
  'back to top',
  'skip to content',
  'share',
  'share this',
  'share this article',
  'share this story',
  'print',
  'email',
  'tweet',
  'watch',
  'listen',
  'listen to this article',
  'view gallery',
  'view all',
  'see more',
  'show more',
]);

/** Agencies and words that mark a parenthetical or a line as a photo credit. */
const CREDIT_WORDS =
  /\b(getty|images?|photos?|photography|ap|reuters|afp|epa|bloomberg|shutterstock|alamy|pool|file|courtesy|via|xinhua|anadolu|sipa|nurphoto|zuma|efe|dpa|tass|wirephoto)\b/i;

export const LINE_RULES: readonly LineRule[] = [
  {
    reason: 'affiliate-disclosure',
    maxLength: 600,
    hint: /affiliate|commission|disclosure/i,
    test: anyOf(
      /\baffiliate (links?|disclosure|commissions?|partners?|programs?)\b/i,
      /\b(we|i) (may )?(earn|receive) (a )?(small )?commission\b/i,
      /^(advertiser |affiliate )?disclosure:/i,
    ),
  },
  {
    reason: 'newsletter',
    maxLength: 500,
    hint: /newsletter|mailing list|inbox|mail|subscribe|sign.?up/i,
    test: anyOf(
      /\b(subscribe|sign up|sign-up|signup|register)\b.{0,100}\b(newsletters?|mailing list|inbox|e-?mail updates)\b/i,
      /\bjoin\b.{0,40}\b(newsletter|mailing list)\b/i,
      /\bnewsletters?\b.{0,100}\b(subscribe|sign up|straight to your inbox|delivered to your inbox)\b/i,
      /^(subscribe|sign up)( now| today| here| for free)?\s*[.!]?$/i,
      /\benter your e-?mail( address)?\b/i,
      /\bunsubscribe (at )?any ?time\b/i,
    ),
  },
  {
    reason: 'share-prompt',
    maxLength: 200,
    hint: /alert|notification|share|follow|like|download|iphone|android|ipad|click/i,
    test: anyOf(
      /^(get|receive)\b.{0,40}\b(alerts|notifications)\b/i,
      /^share (this|on|via)\b/i,
      /^(follow|like) (us|me) (on|@)/i,
      /^follow @\w/i,
      /^follow \S+( \S+){0,3} on (twitter|x|facebook|instagram|threads|bluesky|linkedin|tiktok|youtube)\b/i,
      /\bdownload (our|the) .{0,30}\bapp\b/i,
      /\bon your (iphone|android|ipad)\b/i,
      /^click here\b/i,
    ),
  },
  {
    reason: 'comment-prompt',
    maxLength: 400,
    hint: /comment|conversation|discussion|let us know|share your|love to hear/i,
    test: (line) =>
      !/["“”]/.test(line) &&
      /\b(in the comments?( section)?( below)?|comments? (section )?below|leave (us )?a comment|post a comment|join the (conversation|discussion)|let us know (in|what you think|your thoughts)|share your (thoughts|views|opinions?|perspectives?|experiences?)|we['’]d love to hear)\b/i.test(
        line,
      ),
  },
  {
    reason: 'taxonomy',
    maxLength: 400,
    test: anyOf(
      /^(categories|category|tags|tagged( with| in)?|filed under|topics|related topics|keywords)\s*:/i,
    ),
  },
  {
    reason: 'read-more',
    maxLength: 250,
    test: anyOf(
      /^(read more|related|see also|also read|read also|recommended|more on this( story)?|watch|listen)\s*:/i,
    ),
  },
  {
    reason: 'orphan-link',
    maxLength: 40,
    test: (line) =>
      ORPHAN_LINES.has(
        line
          .toLowerCase()
          .replace(/^[«‹←<\s]+|[\s.:!»›→>…]+$/g, '')
          .replace(/\s+/g, ' '),
      ),
  },
  {
    reason: 'photo-credit',
    maxLength: 200,
    test: (line) =>
      /^(photo|image|picture|photograph|graphic|illustration|video|photo credit|image credit|image source)s?( courtesy)?\s*:/i.test(
        line,
      ) ||
      (/^[(]?(getty images|ap photo|reuters|afp|epa|shutterstock)\b/i.test(line) && line.length < 60),
  },
  {
    reason: 'copyright',
    maxLength: 300,
    test: anyOf(/^(©|\(c\)\s*\d{4}|copyright\s*(©|\(c\))?\s*\d{4})/i, /\ball rights reserved\b/i),
  },
  {
    reason: 'byline',
    maxLength: 200,
    test: (line, { index }) =>
      (index < 5 && isByline(line)) ||
      /^(reporting|additional reporting|writing|editing|compiled|written|produced) by\b/i.test(line) ||
      (line.includes('contributed') &&
        /\bcontributed (reporting|to this (report|story|article))\.?$/i.test(line)),
  },
  {
    reason: 'author-bio',
    maxLength: 400,
    test: (line, { index, total }) =>
      index >= total - 2 &&
      /^\p{Lu}[\p{L}.'’-]+(\s\p{Lu}[\p{L}.'’-]+){1,3} (is|was|has been) an? ([\p{L}-]+ ){0,5}(reporter|journalist|correspondent|writer|editor|columnist|contributor|producer|freelancer)\b/u.test(
        line,
      ),
  },
  {
    reason: 'code',
    maxLength: Infinity,
    hint: /[{};=<>\\|]/,
    test: (line) => (/^[{[]/.test(line) && /[}\]]$/.test(line) && /"\s*:/.test(line)) || isCodeLike(line),
  },
  {
    reason: 'stray-markup',
    maxLength: 200,
    test: (line) => !/[\p{L}\p{N}]/u.test(line),
  },
  {
    reason: 'link-line',
    maxLength: 2000,
    test: (line) => /^(https?:\/\/|www\.)\S+$/i.test(line),
  },
  {
    reason: 'date-line',
    maxLength: 60,
    test: (line) => parseLoneDate(line) !== undefined,
  },
];

/** "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By JANE DOE | May 10, 2025". */
function isByline(line: string): boolean {
  if (line.length > 100 || /[.!?]$/.test(line)) return false;
  const m = /^by\s+(.+)$/i.exec(line);
  if (!m) return false;
  const names = m[1].split(/\s*[,|•·]\s*/)[0];
  return names
    .split(/\s+/)
    .every((w) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w) || /^(and|&|de|da|van|von|der|al|el|bin|le|la)$/i.test(w));
}

/** Lines dense in code punctuation (stray scripts, CSS, HTML left in a text export). */
function isCodeLike(line: string): boolean {
  if (line.length < 20) return false;
  let symbols = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    // { } < > ; = \ |
    if (c === 123 || c === 125 || c === 60 || c === 62 || c === 59 || c === 61 || c === 92 || c === 124)
      symbols++;
  }
  return symbols / line.length > 0.08 && /[{};=<>]/.test(line) && /[;{}]|<\/?[a-z]/i.test(line);
}

/** The first rule a whole line matches, if any. */
export function matchLineRule(line: string, context: LineContext): string | undefined {
  for (const rule of LINE_RULES) {
    if (line.length > rule.maxLength || (rule.hint && !rule.hint.test(line))) continue;
    if (rule.test(line, context)) return rule.reason;
  }
  return undefined;
}

/**
 * A photo credit at the end of a caption line: "(Name/Getty Images file photo)" or "Image: Name.".
 * Returns the span to cut, relative to the line, or undefined. The caption itself is kept.
 */
export function trailingCredit(text: string): Span | undefined {
  // Lines are trimmed; cheap checks first, this runs on every kept paragraph.
  const paren = text.endsWith(')') ? /\(([^()]{1,80}\/[^()]{1,80})\)$/.exec(text) : null;
  if (paren && CREDIT_WORDS.test(paren[1]) && paren.index > 0) {
    let start = paren.index;
    while (start > 0 && /\s/.test(text[start - 1])) start--;
    return { start, end: text.length };
  }
  if (text.length > 250 || !text.includes(':')) return undefined;
  const label =
    /(?:\s|(?<=\p{Ll}))\(?(?:image|photo|photograph|picture|photo credit|image credit|credit)s?:\s*[^:\n]{1,80}$/iu.exec(
      text,
    );
  if (label && label.index > 0) return { start: label.index, end: text.length };
  return undefined;
}
