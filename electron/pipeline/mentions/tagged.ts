/**
 * Candidates from the statistical tagger (averaged perceptron trained on GMB, `../ner`). GMB's types map to
 * ours: per -> person, org -> organization, geo -> place, eve -> event. gpe in GMB is mostly demonyms
 * ("Iraqi"): a demonym alone is not a mention (annotation guidelines), so gpe only counts when it is a place
 * name; tim, nat and art are not entities. The tagger reads our words with hyphenated compounds re-joined
 * ("al-Qaida", "U.S.-Mexico"), the way GMB writes them.
 */
import { tagSpans, type NerEntityType } from '../ner';
import type { EntityType } from '../types';
import type { Candidate } from './candidate';
import { isInitialPosition, isTrustedCapital, type SentenceContext } from './context';
import { isCapitalized, particleNameEnd } from './runs';
import { titleAtStart, titleEndingAt } from './titles';
import { ORG_HEADS, PLACE_HEADS } from './vocabulary';

const GENERIC_WORDS = new Set(
  'republic kingdom empire state states nation federation union jr sr bst gmt utc est edt cst cdt pst pdt cet cest ist aest prime'.split(
    ' ',
  ),
);

/** Prepositions, conjunctions and sentence adverbs: capitalised only because they open a sentence. */
const CAPITALISED_FUNCTION_WORDS = new Set(
  `unlike despite although though during after before since following according however meanwhile while when
   whereas with without within amid among as at by for from in into of on over through to under upon via and
   but or if because unless until whether then thus also besides nevertheless moreover instead like`.split(
    /\s+/,
  ),
);

const TYPE_MAP: Partial<Record<NerEntityType, EntityType>> = {
  per: 'person',
  org: 'organization',
  geo: 'place',
  gpe: 'place',
  eve: 'event',
};

interface TaggerToken {
  start: number;
  end: number;
  text: string;
}

/**
 * Whether the tagger can add anything here: a span needs a capitalised word that is neither a common word
 * opening the sentence ("The building was evacuated.") nor already read by the lexicons ("Officials in the
 * U.S. and Mexico said...").
 */
function mayHoldName(ctx: SentenceContext): boolean {
  const { words } = ctx;
  const covered = new Uint8Array(words.length);
  for (const n of ctx.names) covered.fill(1, n.start, n.end);
  for (const t of ctx.titles) covered.fill(1, t.start, t.end);
  for (const d of ctx.demonyms) covered.fill(1, d.start, d.end);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word.shape !== 'title' && word.shape !== 'upper') continue;
    if (covered[i]) continue; // the lexicon already reads it
    if (!isInitialPosition(words, i) || !ctx.doc.lowercase.has(word.key)) return true;
  }
  return false;
}

/** Re-joins words glued by hyphens (no spaces) into one token each. */
function taggerTokens(ctx: SentenceContext): TaggerToken[] {
  const tokens: TaggerToken[] = [];
  const { words } = ctx;
  let i = 0;
  while (i < words.length) {
    let end = i + 1;
    while (
      end + 1 < words.length &&
      /^[-–]$/.test(words[end].text) &&
      !words[end].spaceBefore &&
      !words[end + 1].spaceBefore &&
      words[end + 1].shape !== 'other'
    )
      end += 2;
    const text = ctx.sentence.text.slice(
      words[i].start - ctx.sentence.start,
      words[end - 1].end - ctx.sentence.start,
    );
    tokens.push({ start: i, end, text });
    i = end;
  }
  return tokens;
}

export function taggerCandidates(ctx: SentenceContext): Candidate[] {
  if (ctx.words.length === 0 || ctx.allCaps || !mayHoldName(ctx)) return [];
  const tokens = taggerTokens(ctx);
  const found: Candidate[] = [];
  // Spans with their lowest token confidence, computed by the tagger without per-token objects.
  for (const span of tagSpans(tokens.map((t) => t.text))) {
    const type = TYPE_MAP[span.type];
    if (!type) continue;
    const score = span.confidence;
    const start = tokens[span.start].start;
    const end = tokens[span.end - 1].end;
    for (const piece of splitAtPossessives(ctx, start, end)) {
      const candidate = cleanSpan(ctx, piece, type, span.type === 'gpe', score, tokens);
      if (candidate) found.push(candidate);
    }
  }
  return found;
}

/** Index of the tagger token holding word `i` (tokens are sorted and contiguous). */
function tokenOfWord(tokens: readonly TaggerToken[], i: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid].start <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** "Pentagon's Joint Special Operations Command" is two names; so is "Jerry [O'Connell". */
function splitAtPossessives(
  ctx: SentenceContext,
  start: number,
  end: number,
): Array<{ start: number; end: number }> {
  const pieces: Array<{ start: number; end: number }> = [];
  let from = start;
  for (let i = start; i < end; i++) {
    // Possessives and brackets or quotes inside a span separate names ("Jerry [O'Connell").
    if (/^(['’]s?|[[\](){}“”"‘,;:|/])$/i.test(ctx.words[i].text)) {
      if (i > from) pieces.push({ start: from, end: i });
      from = i + 1;
    }
  }
  if (end > from) pieces.push({ start: from, end });
  return pieces;
}

function cleanSpan(
  ctx: SentenceContext,
  piece: { start: number; end: number },
  type: EntityType,
  gpe: boolean,
  score: number,
  tokens: readonly TaggerToken[],
): Candidate | undefined {
  const { words } = ctx;
  let { start, end } = piece;
  // Edges: determiners, punctuation and words the document does not confirm as names; a hyphenated
  // compound ("Chan-o-cha") is kept or dropped whole, by its first word.
  const groupOf = (i: number) => tokens[tokenOfWord(tokens, i)];
  while (start < end && !acceptableEdge(ctx, groupOf(start).start)) start = Math.min(end, groupOf(start).end);
  while (end > start && !acceptableEdge(ctx, groupOf(end - 1).start))
    end = Math.max(start, groupOf(end - 1).start);
  if (start >= end) return undefined;
  // A title running past the span's end cuts it: "Tongan Prime" + "Minister Akilisi Pohiva".
  const straddling = ctx.titles.find((t) => t.start >= start && t.start < end && t.end > end);
  if (straddling) end = straddling.start;
  if (start >= end || joinsListedNames(ctx, start, end)) return undefined;
  // A title is not a name: "Secretary of State", "U.S. District Judge" (before the judge's name).
  if (ctx.titles.some((t) => t.end === end && t.start >= start - 1 && titleEndsName(t.start, start)))
    return undefined;
  for (let i = start; i < end; i++) if (isCapitalized(words[i]) && !isConfirmed(ctx, i)) return undefined;
  // "Secretary of Defense Pete Hegseth" tagged as one span: the title is not part of the name, and a title
  // announces a person whatever type the tagger guessed ("Police and Crime Commissioner Stephen Mold").
  let title = titleAtStart(ctx, start, end);
  const inside = ctx.titles
    .filter((t) => t.start < start && start < t.end && t.end < end)
    .concat(
      ctx.titles.filter((t) => !title && t.start > start && t.end < end && nameFollows(ctx, t.end, end)),
    )
    // "Hong Kong Chief Executive Carrie Lam": the title that ends last ("Chief Executive", not "Chief").
    .reduce<(typeof ctx.titles)[number] | undefined>(
      (best, t) => (!best || t.end > best.end ? t : best),
      undefined,
    );
  if (title) start = words.findIndex((w) => w.start >= title!.end);
  else if (inside) start = inside.end;
  if (title || inside) type = 'person';
  // "Prime Minister of [Slovakia Igor Matovič]": the place belongs to the title before it.
  if (ctx.keys[start - 1] === 'of' && titleEndingAt(ctx, start - 1)) {
    const place = ctx.names.find((n) => n.start === start && n.end < end && n.value.entity.type === 'place');
    // Only when a name follows ("Sheriff of Milwaukee County" is the county).
    if (place && !ORG_HEADS.has(ctx.keys[end - 1]) && !PLACE_HEADS.has(ctx.keys[end - 1])) {
      start = place.end;
      type = 'person';
    }
  }
  // "Senator Tammy Duckworth of Illinois": a name after a title is a person's, up to "of".
  const titledBefore = titleEndingAt(ctx, start);
  if (
    titledBefore &&
    (titledBefore.role === 'leader' || titledBefore.role === 'member' || type === 'person')
  ) {
    const of = ctx.keys.slice(start, end).findIndex((k) => k === 'of' || k === 'from');
    if (of > 0) {
      end = start + of;
      type = 'person';
    }
  }
  if (type === 'person') title ??= titledBefore;
  if (start < 0 || start >= end) return undefined;
  // "Democrat Spearman", "Roman Catholic Pope Francis": party, faith and nationality words are not the name.
  let afterGroups = start;
  while (afterGroups < end && isGroupWordAt(ctx, afterGroups)) afterGroups += isGroupWordAt(ctx, afterGroups);
  if (afterGroups >= end) return undefined; // "Roman Catholic Christianity", "Sunni Arabs"
  if (type === 'person') start = afterGroups;
  // "National Guard Soldiers": a lexicon name followed by common nouns the document writes in lower case.
  const name = ctx.names.find(
    (n) =>
      n.start === start && n.end < end && ctx.keys.slice(n.end, end).every((k) => ctx.doc.lowercase.has(k)),
  );
  if (name) {
    end = name.end;
    type = name.value.entity.type;
  }
  ({ start, end } = withNameParticles(ctx, start, end, type));
  type = kindNounType(ctx, end) ?? type;
  if (isNonEntity(ctx, start, end, gpe)) return undefined;
  return { start, end, type, source: 'tagger', why: 'tagger', score, ...(title ? { title } : {}) };
}

/**
 * The tagger reads a lower-case particle as no part of a name: "Ibrahim [al-Jaafari]", "Bashar [al-Assad]",
 * "Osama [bin Laden]", "[al-Ghuraba] Brigades". Extends the span over such particles and their name.
 */
function withNameParticles(
  ctx: SentenceContext,
  start: number,
  end: number,
  type: EntityType,
): { start: number; end: number } {
  const { words } = ctx;
  for (;;) {
    const glued = words[end]?.spaceBefore ? particleNameEnd(words, end) : undefined;
    if (glued !== undefined) {
      end = glued;
      continue;
    }
    // Jeremy “Spike” Cohen: a quoted nickname between a given name and the surname.
    const nick = type === 'person' ? quotedNicknameEnd(ctx, end) : undefined;
    if (nick !== undefined) {
      end = nick;
      continue;
    }
    const spaced = words[end];
    if (
      type === 'person' &&
      spaced &&
      spaced.shape === 'lower' &&
      SPACED_PARTICLES.has(spaced.key) &&
      words[end + 1] &&
      isCapitalized(words[end + 1])
    ) {
      end += 2;
      continue;
    }
    break;
  }
  // An organization or place opening with the particle: "al-Ghuraba Brigades", "Ras al-Ain" is handled above.
  if (
    type !== 'person' &&
    start >= 3 &&
    particleNameEnd(words, start - 3) === start &&
    words[start].spaceBefore
  )
    start -= 3;
  return { start, end };
}

/** Lower-case nouns after a name that say what it names: "the Al Qa'im region", "the Al Bu Nimr tribe". */
const PLACE_KIND_AFTER = new Set(
  'region province district governorate county municipality prefecture oblast subdistrict'.split(' '),
);
const GROUP_KIND_AFTER = new Set('tribe clan militia'.split(' '));

function kindNounType(ctx: SentenceContext, end: number): EntityType | undefined {
  const next = ctx.words[end];
  if (!next || next.shape !== 'lower') return undefined;
  if (PLACE_KIND_AFTER.has(next.key)) return 'place';
  if (GROUP_KIND_AFTER.has(next.key)) return 'organization';
  return undefined;
}

/** After a given name: an opening quote, one or two capitalised words, the closing quote and a surname. */
function quotedNicknameEnd(ctx: SentenceContext, at: number): number | undefined {
  const { words } = ctx;
  if (!/^[“"‘]$/.test(words[at]?.text ?? '')) return undefined;
  let close = at + 1;
  while (close < words.length && close - at <= 2 && isCapitalized(words[close])) close++;
  if (close === at + 1 || !/^[”"’]$/.test(words[close]?.text ?? '')) return undefined;
  const surname = words[close + 1];
  return surname && isCapitalized(surname) && surname.spaceBefore ? close + 2 : undefined;
}

/** Particles written apart inside Arabic names: "Osama bin Laden", "Abdullah ibn Saud". */
const SPACED_PARTICLES = new Set(['bin', 'ibn', 'bint']);

/** Length of the group word or demonym at word `i` (0 if none). */
function isGroupWordAt(ctx: SentenceContext, i: number): number {
  const groups = ctx.doc.lexicon.groupWords;
  if (i + 1 < ctx.keys.length && groups.has(`${ctx.keys[i]} ${ctx.keys[i + 1]}`)) return 2;
  if (groups.has(ctx.keys[i])) return 1;
  const demonym = ctx.demonyms.find((d) => d.start === i);
  return demonym ? demonym.end - demonym.start : 0;
}

/** Capitalised words up to `end`, not closing on an organization or place head ("General Motors"). */
function nameFollows(ctx: SentenceContext, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (!isCapitalized(ctx.words[i])) return false;
  const last = ctx.keys[end - 1];
  return !ORG_HEADS.has(last) && !PLACE_HEADS.has(last);
}

/**
 * "Texas and California", "South Carolina US": the tagger joined names the lexicon knows apart (by "and",
 * a comma, or side by side).
 */
function joinsListedNames(ctx: SentenceContext, start: number, end: number): boolean {
  let i = start;
  let names = 0;
  while (i < end) {
    const next = ctx.names
      .filter((n) => n.start === i && n.end <= end)
      .reduce((a, n) => Math.max(a, n.end), -1);
    if (next < 0) break;
    names++;
    i = next;
  }
  if (i === end && names >= 2) return true;
  for (let i = start + 1; i < end - 1; i++) {
    if (ctx.keys[i] !== 'and' && ctx.words[i].text !== ',') continue;
    const left = ctx.names.some((n) => n.start >= start && n.end === i);
    const right = ctx.names.some((n) => n.start === i + 1 && n.end <= end);
    if (left || right) return true;
  }
  return false;
}

/** The title ends the span: unless the span holds words before the title that are a name ("Ford CEO"). */
function titleEndsName(titleStart: number, spanStart: number): boolean {
  return titleStart <= spanStart + 2;
}

function acceptableEdge(ctx: SentenceContext, i: number): boolean {
  const word = ctx.words[i];
  if (word.shape === 'other') return /^\p{N}/u.test(word.text);
  if (word.shape === 'lower') return false;
  // "Unlike AIS", "Despite Trump": a capitalised function word opening a sentence is no part of a name.
  if (CAPITALISED_FUNCTION_WORDS.has(word.key) && !ctx.names.some((n) => n.start <= i && i < n.end))
    return false;
  return isConfirmed(ctx, i);
}

/**
 * A capitalised word is confirmed when capitalisation is meaningful where it stands, or the document
 * confirms it; a sentence-initial body word is also accepted when the document never writes it in lower case.
 */
function isConfirmed(ctx: SentenceContext, i: number): boolean {
  if (isTrustedCapital(ctx, i)) return true;
  if (ctx.names.some((n) => n.start <= i && i < n.end)) return true;
  if (ctx.heading || ctx.allCaps) return false;
  return isInitialPosition(ctx.words, i) && !ctx.doc.lowercase.has(ctx.words[i].key);
}

/** Demonyms, group words and GMB gpe tags that are not place names are not mentions. */
function isNonEntity(ctx: SentenceContext, start: number, end: number, gpe: boolean): boolean {
  const key = ctx.keys.slice(start, end).join(' ');
  if (ctx.doc.lexicon.groupWords.has(key)) return true;
  // A head noun alone ("Committee", "University", "Republic"), a time zone or a name suffix is no name.
  if (end - start === 1 && (GENERIC_WORDS.has(key) || ORG_HEADS.has(key) || PLACE_HEADS.has(key)))
    return true;
  if (ctx.demonyms.some((d) => d.start === start && d.end === end)) return true;
  if (gpe)
    return !ctx.names.some((n) => n.start === start && n.end === end && n.value.entity.type === 'place');
  return false;
}
