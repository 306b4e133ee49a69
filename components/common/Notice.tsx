// The one notice box: an error (announced at once), news of something done
// (announced politely), or a plain note. Every page uses it, so notices look
// and behave alike in both themes.
import type { ComponentChildren } from 'preact';

interface NoticeProps {
  tone?: 'info' | 'error' | 'success';
  id?: string;
  /** Extra classes for where it sits (e.g. the popup's error under its field). */
  class?: string;
  children: ComponentChildren;
}

const ROLE = { info: undefined, error: 'alert', success: 'status' } as const;

export function Notice({ tone = 'info', id, class: extra, children }: NoticeProps) {
  const classes = ['notice', tone === 'info' ? '' : `notice-${tone}`, extra ?? ''].filter(Boolean).join(' ');
  return (
    <p id={id} class={classes} role={ROLE[tone]}>
      {children}
    </p>
  );
}
