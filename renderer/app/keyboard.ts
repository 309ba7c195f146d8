/** Global keyboard shortcuts (listed in the `?` overlay). Single keys only act outside text fields. */
import type { Controller } from './controller';
import type { Command } from './commands';
import { closeMenu } from '../ui/menu';

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return (
    el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT'
  );
}

export function installKeyboard(
  ctl: Controller,
  run: (command: Command) => void,
  focusSearch: () => void,
): void {
  window.addEventListener('keydown', (event) => {
    if (document.querySelector('dialog[open]')) return; // dialogs handle their own keys
    const a = ctl.actions;
    const mod = event.ctrlKey || event.metaKey;
    let handled = true;
    if (event.altKey && event.key === 'ArrowLeft') run('back');
    else if (event.altKey && event.key === 'ArrowRight') run('forward');
    else if (mod && event.key.toLowerCase() === 'k') focusSearch();
    else if (mod && event.shiftKey && event.key.toLowerCase() === 'e') run('export-graph');
    else if (mod && event.key.toLowerCase() === 'e') run('export-image');
    else if (mod && event.key.toLowerCase() === 'o') run('open-corpus');
    else if (mod || event.altKey || typingIn(event.target)) handled = false;
    else {
      switch (event.key) {
        case '/':
          focusSearch();
          break;
        case '?':
          run('help:shortcuts');
          break;
        case 'Escape': {
          closeMenu();
          const s = ctl.store.get();
          if (s.path.result) a.clearPath();
          else if (s.focus.present) a.exitFocus();
          else if (s.selection) a.select(null);
          else handled = false;
          break;
        }
        case 'f':
        case 'F':
          run('fit');
          break;
        case '+':
        case '=':
          run('zoom-in');
          break;
        case '-':
        case '_':
          run('zoom-out');
          break;
        case 'l':
        case 'L':
          run('layout:rerun');
          break;
        case 't':
        case 'T':
          run('theme:toggle');
          break;
        case 'p':
        case 'P':
          a.setTab('path');
          break;
        case 's':
        case 'S':
          a.setTab('stats');
          break;
        case '1':
        case '2':
          a.setDepth(event.key === '1' ? 1 : 2);
          break;
        default:
          handled = false;
      }
    }
    if (handled) event.preventDefault();
  });
}
