/**
 * The pipeline's data model, shared by every stage (read -> clean -> segment -> mentions -> resolve ->
 * relations -> events -> graph -> analytics). Electron-free: runs under plain Node for the CLI and tests.
 *
 * Offsets: every `start`/`end` is a UTF-16 code-unit offset into `SourceDocument.text`, end exclusive,
 * so `doc.text.slice(start, end)` is always the verbatim surface form.
 */

export const ENTITY_TYPES = ['person', 'organization', 'place', 'policy', 'event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'threatens',
  'opposes',
  'criticizes',
  'supports',
  'cooperates_with',
  'attacks',
  'deploys',
  'plans',
  'designates',
  'targets',
  'arrests',
  'leads',
  'member_of',
  'reports',
  'regulates',
  'located_in',
  'conducts',
  'meets',
  'related_to',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relations that read the same both ways; stored once with a canonical direction. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set([
  'cooperates_with',
  'meets',
  'related_to',
]);

export const MODALITIES = ['asserted', 'reported', 'planned', 'hypothetical', 'negated'] as const;
export type Modality = (typeof MODALITIES)[number];

export interface Span {
  start: number;
  end: number;
}

/** A problem with one input file or one stage; never fatal for the rest of the corpus. */
export interface Diagnostic {
  severity: 'error' | 'warning' | 'info';
  /** Stable machine-readable code, e.g. `binary-file`, `invalid-utf8`, `file-too-large`. */
  code: string;
  /** One clear sentence a user can act on. */
  message: string;
  /** Document id or path the diagnostic is about, when there is one. */
  file?: string;
}

/** A document as read from disk. `text` is what all offsets refer to. */
export interface SourceDocument {
  /** Path relative to the corpus folder (`sub/a.txt`); CSV rows get `file.csv#<row>`. */
  id: string;
  /** Absolute path of the file it came from. */
  path: string;
  format: 'txt' | 'md' | 'html' | 'csv';
  /** Decoded text. For HTML: the visible text extracted from the markup (scripts, styles dropped). */
  text: string;
  title?: string;
  /** ISO date `yyyy-mm-dd` (or `yyyy-mm`, `yyyy`) when the file, its manifest or its text gives one. */
  date?: string;
  source?: string;
  url?: string;
}

/** After cleaning: which parts of `text` are the article (boilerplate, comments, bios... removed). */
export interface CleanedDocument extends SourceDocument {
  /** Kept regions (paragraphs or lines), in order, non-overlapping. */
  body: Array<Span & { heading: boolean }>;
  /** Removed regions and why, for transparency and debugging. */
  removed: Array<Span & { reason: string }>;
}

export interface Token extends Span {
  text: string;
}

export interface Sentence extends Span {
  /** Index within the document. */
  index: number;
  /** `doc.text.slice(start, end)`, verbatim. */
  text: string;
  tokens: Token[];
  /** Index of the body region it came from. */
  paragraph: number;
  /** True for headlines, section headings and other title-like lines. */
  heading: boolean;
}

export interface SegmentedDocument extends CleanedDocument {
  sentences: Sentence[];
}

/** A typed reference to something in one sentence. */
export interface Mention extends Span {
  docId: string;
  /** Sentence index in the document. */
  sentence: number;
  /** Token range within the sentence, end exclusive. */
  tokenStart: number;
  tokenEnd: number;
  /** `doc.text.slice(start, end)`. */
  text: string;
  type: EntityType;
  /** How it was found: statistical tagger, lexicon, pattern rule, or coreference (pronoun, "the president"). */
  source: 'tagger' | 'lexicon' | 'rule' | 'coref';
  /** Set by the resolve stage: the id of the entity this mention refers to. */
  entity?: string;
  /** Person mentions: the title written just before the name (kept out of the label; a `leads`/`member_of` cue). */
  title?: MentionTitle;
  /** Coreference mentions: index in `AnnotatedDocument.mentions` of the named mention it refers to. */
  antecedent?: number;
  /** Id of the general-knowledge lexicon entry the mention matched (`organization:department-of-defense`). */
  lexicon?: string;
  /**
   * Organizations named through a country ("Mexican government", "Mexico's National Guard", "its National
   * Guard" after Mexico): the country's lexicon id (`place:mexico`).
   */
  country?: string;
}

/** Title or role words before a person's name: "Secretary of Defense", "Former Mexican President". */
export interface MentionTitle extends Span {
  /** Verbatim, modifiers included: "Former Mexican President". */
  text: string;
  /** The title proper, as the titles lexicon writes it: "President", "Secretary of Defense". */
  core: string;
  /** `leader` (heads the body named nearby), `member` (works for it), `rank` or `honorific` (no relation). */
  role: 'leader' | 'member' | 'rank' | 'honorific';
}

export interface AnnotatedDocument extends SegmentedDocument {
  mentions: Mention[];
}

/** One real-world thing: all its mentions across the corpus. */
export interface Entity {
  id: string;
  /** Canonical name. */
  label: string;
  type: EntityType;
  /** Every distinct surface form seen (including the label). */
  aliases: string[];
  mentions: Mention[];
  /** Ids of the documents it appears in. */
  docs: string[];
  description?: string;
  /** Events only: ISO date (yyyy-mm-dd, yyyy-mm or yyyy). */
  date?: string;
}

export interface Evidence {
  doc: string;
  /** The sentence exactly as in the document: `text.slice(start, end)`. */
  sentence: string;
  start: number;
  end: number;
}

/** One stated relation in one sentence (merged into weighted edges by the graph stage). */
export interface RelationInstance {
  source: string;
  target: string;
  relation: RelationType;
  modality: Modality;
  evidence: Evidence;
  /** The word(s) that triggered it, for explanations in the UI. */
  trigger?: string;
}
