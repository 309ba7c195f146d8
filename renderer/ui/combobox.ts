/**
 * Entity picker: a text box with typo-tolerant suggestions (the search index), keyboard navigable,
 * following the ARIA combobox pattern. Used by the main search and by the path finder's two ends.
 */
import { h, replaceChildren } from './dom';
import { icon, typeGlyph } from './icons';
import { typeStyle } from '../graph/palette';
import type { SearchHit, SearchIndex } from '../search/index';

export interface ComboboxOptions {
  id: string;
  label: string;
  placeholder: string;
  index: () => SearchIndex | null;
  onPick: (hit: SearchHit) => void;
  /** Keep the picked label in the box (path ends) or clear it (main search). */
  keepValue?: boolean;
  /** Shown under the box when nothing matches. */
  emptyText?: string;
}

export interface Combobox {
  el: HTMLElement;
  input: HTMLInputElement;
  setValue(text: string): void;
  focus(): void;
}

export function createCombobox(options: ComboboxOptions): Combobox {
  const listId = `${options.id}-list`;
  let hits: SearchHit[] = [];
  let active = -1;

  const input = h('input', {
    class: 'search-input',
    attrs: {
      id: options.id,
      type: 'search',
      role: 'combobox',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: options.placeholder,
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
    },
  });
  const list = h('ul', {
    class: 'search-results',
    attrs: { id: listId, role: 'listbox', 'aria-label': `${options.label} suggestions` },
  });
  list.hidden = true;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    close();
    input.value = options.keepValue ? hit.label : '';
    options.onPick(hit);
  };

  const setActive = (i: number) => {
    active = hits.length ? (i + hits.length) % hits.length : -1;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `${listId}-${active}`);
      (list.children[active] as HTMLElement).scrollIntoView({ block: 'nearest' });
    }
  };

  const render = () => {
    const query = input.value.trim();
    const index = options.index();
    hits = query && index ? index.search(query, 12) : [];
    if (!query) return close();
    replaceChildren(
      list,
      hits.length
        ? hits.map((hit, i) =>
            h(
              'li',
              {
                class: 'search-hit',
                attrs: { id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false' },
                on: {
                  // mousedown, not click: keeps focus in the box until the pick is done
                  mousedown: (e) => {
                    e.preventDefault();
                    pick(hit);
                  },
                },
              },
              [
                typeGlyph(hit.type, 14),
                h('span', { class: 'hit-text' }, [
                  h('span', { class: 'hit-label', text: hit.label }),
                  hit.alias ? h('span', { class: 'hit-alias', text: `also “${hit.alias}”` }) : null,
                ]),
                h('span', { class: 'hit-type', text: typeStyle(hit.type).label }),
              ],
            ),
          )
        : [
            h('li', {
              class: 'search-empty',
              attrs: { role: 'presentation' },
              text: options.emptyText ?? `No entity matches “${query}”.`,
            }),
          ],
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(hits.length ? 0 : -1);
  };

  input.addEventListener('input', render);
  input.addEventListener('focus', () => input.value.trim() && render());
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      if (list.hidden) render();
      else setActive(active + 1);
    } else if (event.key === 'ArrowUp') setActive(active - 1);
    else if (event.key === 'Enter') pick(hits[active] ?? hits[0]);
    else if (event.key === 'Escape') {
      if (!list.hidden) close();
      else {
        input.value = '';
        input.blur();
      }
    } else return;
    event.preventDefault();
    event.stopPropagation();
  });

  const el = h('div', { class: 'combobox' }, [
    h('label', { class: 'sr-only', text: options.label, attrs: { for: options.id } }),
    h('span', { class: 'search-icon' }, [icon('search', 16)]),
    input,
    list,
  ]);
  return {
    el,
    input,
    setValue: (text) => (input.value = text),
    focus: () => input.focus(),
  };
}
