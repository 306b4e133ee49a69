// A square button that shows only an icon. The label is required: it is the
// button's accessible name and its tooltip, since the icon alone says nothing
// to a screen reader and not always enough to a sighted user.
import type { ComponentChildren, JSX } from 'preact';

interface IconButtonProps extends Omit<JSX.ButtonHTMLAttributes<HTMLButtonElement>, 'aria-label' | 'title' | 'type' | 'children' | 'class' | 'className'> {
  label: string;
  class?: string;
  /** The icon, drawn at 1.25rem and hidden from screen readers (the label speaks for it). */
  children: ComponentChildren;
}

export function IconButton({ label, children, class: extra, ...rest }: IconButtonProps) {
  return (
    <button type="button" {...rest} class={extra ? `icon-button ${extra}` : 'icon-button'} aria-label={label} title={label}>
      <span aria-hidden="true">{children}</span>
    </button>
  );
}
