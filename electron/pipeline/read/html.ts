/**
 * HTML -> visible text + metadata, with htmlparser2 (a tolerant streaming tokenizer: broken markup never
 * throws). Only text nodes outside dropped elements are kept, so scripts, styles, event-handler
 * attributes and `javascript:` links can never reach the extracted text.
 */
import { Parser } from 'htmlparser2';
import { normaliseDate } from './dates';
import type { Metadata } from './metadata';

/** Elements whose content is never article text (code, chrome, navigation, widgets). */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'math',
  'head',
  'title',
  'nav',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'textarea',
  'object',
  'embed',
  'canvas',
  'audio',
  'video',
  'dialog',
]);

/** Block elements: a paragraph break (2) or a line break (1) around their content. */
const BLOCKS: ReadonlyMap<string, 1 | 2> = new Map([
  ...[
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'pre',
    'table',
    'ul',
    'ol',
    'dl',
    'figure',
    'section',
    'article',
    'header',
    'main',
    'hr',
    'address',
    'details',
  ].map((t) => [t, 2] as const),
  ...['div', 'li', 'tr', 'dt', 'dd', 'figcaption', 'caption', 'summary', 'legend', 'fieldset', 'center'].map(
    (t) => [t, 1] as const,
  ),
]);

const CELLS = new Set(['td', 'th']);
const WHITESPACE = /[\s\u00a0]+/g;

export interface HtmlExtract extends Metadata {
  text: string;
}

/** Extracts the visible text (blocks become line breaks, entities decoded) and title/date/source/url. */
export function extractHtml(html: string): HtmlExtract {
  const out = new TextBuilder();
  const meta = new MetaCollector();
  // One entry per open element: whether it started a dropped (or hidden) subtree.
  const stack: boolean[] = [];
  let dropDepth = 0;
  let preDepth = 0;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        meta.open(name, attribs, dropDepth === 0);
        const drop = DROPPED.has(name) || isHidden(attribs);
        stack.push(drop);
        if (drop) dropDepth++;
        if (dropDepth > 0) return;
        if (name === 'pre') preDepth++;
        if (name === 'br') out.lineBreak();
        else if (CELLS.has(name)) out.space();
        else out.block(BLOCKS.get(name));
      },
      onclosetag(name) {
        meta.close(name);
        const dropped = stack.pop();
        if (dropped) dropDepth--;
        if (dropDepth > 0 || dropped) return;
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (CELLS.has(name)) out.space();
        else out.block(BLOCKS.get(name));
      },
      ontext(data) {
        meta.text(data, dropDepth === 0);
        if (dropDepth === 0) out.text(data, preDepth > 0);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { text: out.toString(), ...meta.result() };
}

/** `hidden`, `aria-hidden="true"` or an inline `display:none`/`visibility:hidden` style. */
function isHidden(attribs: Record<string, string>): boolean {
  if ('hidden' in attribs) return true;
  if (attribs['aria-hidden'] === 'true') return true;
  const style = attribs.style?.replace(/\s+/g, '').toLowerCase();
  return !!style && (style.includes('display:none') || style.includes('visibility:hidden'));
}

/** Accumulates text with collapsed whitespace and at most one blank line between blocks. */
class TextBuilder {
  private parts: string[] = [];
  private pendingBreak = 0;
  private pendingSpace = false;
  private empty = true;

  text(data: string, preformatted: boolean): void {
    if (preformatted) {
      this.flush();
      this.parts.push(data);
      this.empty = false;
      return;
    }
    const collapsed = data.replace(WHITESPACE, ' ');
    if (collapsed.trim() === '') {
      if (collapsed) this.pendingSpace = true;
      return;
    }
    let s = collapsed;
    if (s.startsWith(' ')) {
      this.pendingSpace = true;
      s = s.slice(1);
    }
    const trailing = s.endsWith(' ');
    if (trailing) s = s.slice(0, -1);
    this.flush();
    this.parts.push(s);
    this.empty = false;
    this.pendingSpace = trailing;
  }

  space(): void {
    this.pendingSpace = true;
  }

  lineBreak(): void {
    this.pendingBreak = Math.min(2, this.pendingBreak + 1);
    this.pendingSpace = false;
  }

  block(level: 1 | 2 | undefined): void {
    if (level) this.pendingBreak = Math.max(this.pendingBreak, level);
  }

  private flush(): void {
    if (this.empty) {
      this.pendingBreak = 0;
      this.pendingSpace = false;
      return;
    }
    if (this.pendingBreak) this.parts.push(this.pendingBreak === 2 ? '\n\n' : '\n');
    else if (this.pendingSpace) this.parts.push(' ');
    this.pendingBreak = 0;
    this.pendingSpace = false;
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** Collects <title>, og:title, the first <h1>, publication date, site name and canonical URL. */
class MetaCollector {
  private title = '';
  private h1 = '';
  private ogTitle?: string;
  private published?: string;
  private timeDatetime?: string;
  private siteName?: string;
  private canonical?: string;
  private inTitle = 0;
  private inH1 = 0;
  private h1Done = false;

  /** `visible`: not inside a dropped element (an <h1> in a <nav> is not the headline). */
  open(name: string, attribs: Record<string, string>, visible: boolean): void {
    if (name === 'title') this.inTitle++;
    if (name === 'h1' && !this.h1Done && (visible || this.inH1 > 0)) this.inH1++;
    if (name === 'meta') this.meta(attribs);
    if (name === 'link' && attribs.rel?.toLowerCase().split(/\s+/).includes('canonical')) {
      this.canonical ??= httpUrl(attribs.href);
    }
    if (name === 'time' && attribs.datetime) this.timeDatetime ??= attribs.datetime;
  }

  close(name: string): void {
    if (name === 'title') this.inTitle = Math.max(0, this.inTitle - 1);
    if (name === 'h1' && this.inH1 > 0) {
      this.inH1--;
      if (this.inH1 === 0 && this.h1.trim()) this.h1Done = true;
    }
  }

  /** <title> lives in the dropped <head>; the <h1> only counts its visible text. */
  text(data: string, visible: boolean): void {
    if (this.inTitle) this.title += data;
    if (this.inH1 && visible) this.h1 += data;
  }

  private meta(attribs: Record<string, string>): void {
    const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase();
    const content = attribs.content?.trim();
    if (!content) return;
    if (key === 'og:title') this.ogTitle ??= content;
    else if (key === 'og:site_name') this.siteName ??= content;
    else if (key === 'og:url') this.canonical ??= httpUrl(content);
    else if (['article:published_time', 'datepublished', 'date', 'pubdate', 'dc.date'].includes(key)) {
      this.published ??= content;
    }
  }

  result(): Metadata {
    const clean = (s: string | undefined) => s?.replace(WHITESPACE, ' ').trim() || undefined;
    return {
      title: clean(this.ogTitle) ?? clean(this.h1) ?? clean(this.title),
      date: normaliseDate(this.published) ?? normaliseDate(this.timeDatetime),
      source: clean(this.siteName),
      url: this.canonical,
    };
  }
}

/** Only http(s) URLs are kept as document URLs (never `javascript:` or `data:`). */
function httpUrl(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v && /^https?:\/\/\S+$/i.test(v) ? v : undefined;
}
