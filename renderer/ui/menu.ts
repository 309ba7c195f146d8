/**
 * Pop-up menus (toolbar drop-downs and the canvas context menu): a `role="menu"` list positioned at a
 * point, keyboard navigable (arrows, Home/End, Enter, Escape), closed by any outside click.
 */
import { h } from './dom';
import { icon, type IconName } from './icons';

export interface MenuItem {
  label: string;
  icon?: IconName;
  shortcut?: string;
  disabled?: boolean;
  run: () => void;
}

export type MenuEntry = MenuItem | 'separator';

let openMenuEl: HTMLElement | null = null;
let restoreFocus: HTMLElement | null = null;

export function closeMenu(): void {
  if (!openMenuEl) return;
  openMenuEl.remove();
  openMenuEl = null;
  document.removeEventListener('pointerdown', onOutside, true);
  restoreFocus?.focus();
  restoreFocus = null;
}

function onOutside(event: Event): void {
  if (openMenuEl && !openMenuEl.contains(event.target as Node)) closeMenu();
}

export function openMenu(
  entries: MenuEntry[],
  at: { x: number; y: number },
  label: string,
  returnFocusTo?: HTMLElement,
): void {
  closeMenu();
  const items: HTMLButtonElement[] = [];
  const menu = h(
    'div',
    { class: 'menu', attrs: { role: 'menu', 'aria-label': label } },
    entries.map((entry) => {
      if (entry === 'separator') return h('div', { class: 'menu-sep', attrs: { role: 'separator' } });
      const item = h(
        'button',
        {
          class: 'menu-item',
          attrs: { type: 'button', role: 'menuitem', disabled: entry.disabled, tabindex: -1 },
          on: {
            click: () => {
              closeMenu();
              entry.run();
            },
          },
        },
        [
          entry.icon ? icon(entry.icon, 16) : h('span', { class: 'icon-spacer' }),
          h('span', { class: 'menu-label', text: entry.label }),
          entry.shortcut ? h('kbd', { text: entry.shortcut }) : null,
        ],
      );
      if (!entry.disabled) items.push(item);
      return item;
    }),
  );
  menu.addEventListener('keydown', (event) => {
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    const moveTo = (j: number) => items[(j + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') moveTo(i + 1);
    else if (event.key === 'ArrowUp') moveTo(i - 1);
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(items.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') closeMenu();
    else return;
    event.preventDefault();
    event.stopPropagation();
  });
  document.body.appendChild(menu);
  // Keep the menu on screen.
  const rect = menu.getBoundingClientRect();
  const x = Math.min(at.x, window.innerWidth - rect.width - 8);
  const y = at.y + rect.height > window.innerHeight - 8 ? Math.max(8, at.y - rect.height) : at.y;
  menu.style.left = `${Math.max(8, x)}px`;
  menu.style.top = `${y}px`;
  openMenuEl = menu;
  restoreFocus = returnFocusTo ?? (document.activeElement as HTMLElement | null);
  document.addEventListener('pointerdown', onOutside, true);
  items[0]?.focus();
}

/** A toolbar button that opens a drop-down menu below itself. */
export function menuButton(
  label: string,
  iconName: IconName,
  entries: () => MenuEntry[],
  options: { iconOnly?: boolean } = {},
): HTMLButtonElement {
  const b: HTMLButtonElement = h(
    'button',
    {
      class: `btn${options.iconOnly ? ' btn-icon' : ''}`,
      title: label,
      attrs: { type: 'button', 'aria-haspopup': 'menu', 'aria-label': options.iconOnly ? label : undefined },
      on: {
        click: () => {
          const r = b.getBoundingClientRect();
          openMenu(entries(), { x: r.left, y: r.bottom + 4 }, label, b);
        },
      },
    },
    [
      icon(iconName),
      options.iconOnly ? null : h('span', { text: label }),
      options.iconOnly ? null : icon('chevronDown', 14),
    ],
  );
  return b;
}
