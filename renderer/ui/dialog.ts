/** Modal dialogs on the native <dialog> element: focus is trapped, Escape closes, focus returns after. */
import { h, type Child } from './dom';
import { icon } from './icons';

export interface DialogHandle {
  el: HTMLDialogElement;
  close(): void;
}

export function openDialog(
  title: string,
  body: Child[],
  footer: Child[] = [],
  options: { id?: string; wide?: boolean } = {},
): DialogHandle {
  const opener = document.activeElement as HTMLElement | null;
  const titleId = `${options.id ?? 'dialog'}-title`;
  const dialog = h(
    'dialog',
    {
      class: `dialog${options.wide ? ' dialog-wide' : ''}`,
      attrs: { id: options.id, 'aria-labelledby': titleId },
    },
    [
      h('header', { class: 'dialog-header' }, [
        h('h2', { text: title, attrs: { id: titleId } }),
        h(
          'button',
          {
            class: 'btn btn-icon',
            title: 'Close',
            attrs: { type: 'button', 'aria-label': 'Close' },
            on: { click: () => close() },
          },
          [icon('close')],
        ),
      ]),
      h('div', { class: 'dialog-body' }, body),
      footer.length ? h('footer', { class: 'dialog-footer' }, footer) : null,
    ],
  );
  const close = () => {
    if (dialog.open) dialog.close();
  };
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener?.focus?.();
  });
  // A click on the backdrop (outside the box) closes, like most desktop apps' sheets.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) {
      const r = dialog.getBoundingClientRect();
      const inside =
        event.clientX >= r.left &&
        event.clientX <= r.right &&
        event.clientY >= r.top &&
        event.clientY <= r.bottom;
      if (!inside) close();
    }
  });
  document.body.appendChild(dialog);
  dialog.showModal();
  return { el: dialog, close };
}

/** A labelled group of radio buttons. */
export function radioGroup<T extends string>(
  name: string,
  legend: string,
  options: Array<{ value: T; label: string; disabled?: boolean }>,
  value: T,
  onChange: (value: T) => void,
): HTMLFieldSetElement {
  return h('fieldset', { class: 'radio-group' }, [
    h('legend', { text: legend }),
    h(
      'div',
      { class: 'radio-options' },
      options.map((o) => {
        const id = `${name}-${o.value}`;
        return h('span', { class: 'radio-option' }, [
          h('input', {
            attrs: {
              type: 'radio',
              name,
              id,
              value: o.value,
              checked: o.value === value,
              disabled: o.disabled,
            },
            on: { change: () => onChange(o.value) },
          }),
          h('label', { attrs: { for: id }, text: o.label }),
        ]);
      }),
    ),
  ]);
}
