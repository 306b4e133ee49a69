// What a list or chart shows before there is anything in it: what will
// appear here and how to put it there, with at most one action.
import type { ComponentChildren } from 'preact';

interface EmptyStateProps {
  /** One short line: what is not here yet. */
  title: string;
  /** A picture above the line, for the eye only (an icon at about 28 px). */
  icon?: ComponentChildren;
  /** How to fill it, and an optional action. */
  children?: ComponentChildren;
}

export function EmptyState({ title, icon, children }: EmptyStateProps) {
  return (
    <div class="empty-state">
      {icon && (
        <span class="empty-state-icon" aria-hidden="true">
          {icon}
        </span>
      )}
      <p class="empty-state-title">{title}</p>
      {children}
    </div>
  );
}
