/**
 * DOM construction without innerHTML: every piece of text goes through textContent or attributes, so data
 * from the corpus (labels, sentences, file names) can never become markup. No inline style attributes
 * either (the page runs under a strict CSP); visual state is expressed with classes.
 */
export type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  text?: string;
  title?: string;
  attrs?: Record<string, string | number | boolean | undefined>;
  dataset?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.text !== undefined) el.textContent = props.text;
  if (props.title) el.title = props.title;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [key, value] of Object.entries(props.dataset ?? {})) el.dataset[key] = value;
  for (const [type, listener] of Object.entries(props.on ?? {})) {
    el.addEventListener(type, listener as EventListener);
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child,
    );
  }
}

/** Replaces all children (the safe equivalent of assigning innerHTML). */
export function replaceChildren(parent: Element, children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

export function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  children: SVGElement[] = [],
): SVGElementTagNameMap[K] {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  for (const child of children) el.appendChild(child);
  return el;
}

export function button(
  label: string,
  onClick: (event: MouseEvent) => void,
  options: {
    class?: string;
    icon?: SVGElement;
    title?: string;
    iconOnly?: boolean;
    attrs?: Props['attrs'];
  } = {},
): HTMLButtonElement {
  const b = h(
    'button',
    {
      class: `btn ${options.class ?? ''}${options.iconOnly ? ' btn-icon' : ''}`.trim(),
      title: options.title ?? (options.iconOnly ? label : undefined),
      attrs: { type: 'button', 'aria-label': options.iconOnly ? label : undefined, ...options.attrs },
      on: { click: onClick },
    },
    [options.icon ?? null, options.iconOnly ? null : h('span', { text: label })],
  );
  return b;
}

export const formatCount = (n: number): string => n.toLocaleString('en-US');

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** Calls `fn` at most once per animation frame / after `ms` of quiet. */
export function debounce<A extends unknown[]>(
  fn: (...args: A) => void,
  ms: number,
): ((...args: A) => void) & { cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = (...args: A) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      fn(...args);
    }, ms);
  };
  debounced.cancel = () => timer !== undefined && clearTimeout(timer);
  return debounced;
}

/**
 * A small colour chip. The colour is set through the CSSOM (element.style), which a strict CSP allows,
 * unlike a style attribute in markup.
 */
export function colorSwatch(color: string, className = 'swatch'): HTMLSpanElement {
  const el = h('span', { class: className, attrs: { 'aria-hidden': 'true' } });
  el.style.backgroundColor = color;
  return el;
}
