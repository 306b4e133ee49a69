// Every free-text field goes through here, so each one says when it is nearly
// full and when it is full, instead of the browser stopping the typing (or
// cutting a paste) without a word. The limit is the one the store checks
// (lib/limits.ts), so what the field holds can always be saved. The words
// load after the first paint, as a field starts far from full (see
// wxt.config.ts).
import { h, type ComponentChildren, type InputHTMLAttributes, type Ref, type TextareaHTMLAttributes } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type Words = typeof import('./fieldLimit');

let words: Words | null = null;
let loading: Promise<Words> | null = null;

interface LimitProps {
  /** The most characters the field holds: the stored schema's limit. */
  limit: number;
  value: string;
  /** Required: the label points at it, and the message's own id is made from it. */
  id: string;
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

function Field({ tag, limit, value, after, children, fieldRef, 'aria-describedby': describedBy, ...rest }: (InputProps | AreaProps) & { tag: 'input' | 'textarea' }) {
  const messageId = `${rest.id}-limit`;
  // Whether the last paste or drop held more than still fitted: the browser keeps only the start of it.
  const [cut, setCut] = useState(false);
  const [, setLoaded] = useState(words !== null);
  useEffect(() => {
    if (words) return;
    let mounted = true;
    loading ??= import('./fieldLimit').then((module) => (words = module));
    loading.then(
      () => mounted && setLoaded(true),
      () => undefined,
    );
    return () => {
      mounted = false;
    };
  }, []);
  const message = words?.limitMessage(value.length, limit, cut) ?? null;
  const full = value.length >= limit;
  return (
    <>
      {h(tag, {
        type: tag === 'input' ? 'text' : undefined,
        ...rest,
        maxLength: limit,
        'aria-describedby': [describedBy, message && messageId].filter(Boolean).join(' ') || undefined,
        onBeforeInput: (event: InputEvent) => words && setCut(words.cutByPaste(event, limit)),
        ref: fieldRef,
        value,
      })}
      {message && (
        <p id={messageId} class={full ? 'field-limit field-limit-full' : 'field-limit'}>
          {message}
        </p>
      )}
      {/* Always in the page, so a screen reader hears it change; it speaks once on nearing the limit rather than at every key. */}
      <span class="visually-hidden" aria-live="polite">
        {message && (full ? message : words?.fieldLimitText.nearly)}
      </span>
      {after}
      {children}
    </>
  );
}

export function TextInput(props: InputProps) {
  return <Field tag="input" {...props} />;
}

export function TextArea(props: AreaProps) {
  return <Field tag="textarea" {...props} />;
}
