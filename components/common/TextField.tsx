// Every free-text field goes through here, so each one says when it is nearly
// full and when it is full, instead of the browser stopping the typing (or
// cutting a paste) without a word. The limit is the one the store checks
// (lib/limits.ts), so what the field holds can always be saved.
import type { ComponentChildren, InputHTMLAttributes, Ref, TextareaHTMLAttributes } from 'preact';
import { useId, useState } from 'preact/hooks';
import { fieldLimitText as t } from './strings';

interface LimitProps {
  /** The most characters the field holds: the stored schema's limit. */
  limit: number;
  value: string;
  /** Placed below the field and its message: a support note, for instance. */
  after?: ComponentChildren;
  children?: ComponentChildren;
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'maxLength' | 'children'> &
  LimitProps & {
    /** The element itself (a function component gets no `ref`). */
    fieldRef?: Ref<HTMLInputElement>;
  };
type AreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'maxLength' | 'children'> & LimitProps & { fieldRef?: Ref<HTMLTextAreaElement> };

/** How many characters before the limit the count appears: a tenth of it, and never fewer than 20. */
export function nearFrom(limit: number): number {
  return Math.max(20, Math.round(limit / 10));
}

/** What the field says about its length, or null while it is far from full. */
export function limitMessage(length: number, limit: number, cut: boolean): string | null {
  const left = limit - length;
  if (left <= 0) return cut ? t.cut(limit) : t.full(limit);
  if (left <= nearFrom(limit)) return t.left(left);
  return null;
}

type Field = HTMLInputElement | HTMLTextAreaElement;

function useLimit(limit: number, value: string, describedBy: string | undefined) {
  const id = useId();
  // Whether the last paste or drop held more than still fitted: the browser keeps only the start of it.
  const [cut, setCut] = useState(false);
  const message = limitMessage(value.length, limit, cut);
  const onBeforeInput = (event: InputEvent) => {
    const field = event.currentTarget as Field;
    if (event.inputType !== 'insertFromPaste' && event.inputType !== 'insertFromDrop') return setCut(false);
    const incoming = event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
    const replaced = (field.selectionEnd ?? 0) - (field.selectionStart ?? 0);
    setCut(field.value.length - replaced + incoming.length > limit);
  };
  return {
    fieldProps: {
      maxLength: limit,
      'aria-describedby': [describedBy, message ? id : undefined].filter(Boolean).join(' ') || undefined,
      onBeforeInput,
    },
    status: (
      <>
        {message && (
          <p id={id} class={value.length >= limit ? 'field-limit field-limit-full' : 'field-limit'}>
            {message}
          </p>
        )}
        {/* Always in the page, so a screen reader hears it change; it speaks once on nearing the limit rather than at every key. */}
        <span class="visually-hidden" aria-live="polite">
          {message === null ? '' : value.length >= limit ? message : t.nearly}
        </span>
      </>
    ),
  };
}

export function TextInput({ limit, value, after, children, fieldRef, 'aria-describedby': describedBy, ...rest }: InputProps) {
  const { fieldProps, status } = useLimit(limit, value, typeof describedBy === 'string' ? describedBy : undefined);
  return (
    <>
      <input type="text" {...rest} {...fieldProps} ref={fieldRef} value={value} />
      {status}
      {after}
      {children}
    </>
  );
}

export function TextArea({ limit, value, after, children, fieldRef, 'aria-describedby': describedBy, ...rest }: AreaProps) {
  const { fieldProps, status } = useLimit(limit, value, typeof describedBy === 'string' ? describedBy : undefined);
  return (
    <>
      <textarea {...rest} {...fieldProps} ref={fieldRef} value={value} />
      {status}
      {after}
      {children}
    </>
  );
}
