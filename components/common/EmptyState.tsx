// What a list or chart shows before there is anything in it: what will
// appear here and how to put it there, with at most one action.
import type { ComponentChildren } from 'preact';

export interface EmptyStateProps {
  /** One short line: what is not here yet. */
  title: string;
  /** How to fill it, and an optional action. */
  children?: ComponentChildren;
}

export function EmptyState({ title, children }: EmptyStateProps) {
  return (
    <div class="empty-state">
      <p>{title}</p>
      {children}
    </div>
  );
}
