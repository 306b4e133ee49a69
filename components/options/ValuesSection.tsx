import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { addValue, loadValues, saveValues } from '@/lib/values/values';
import { describeStoreError } from '../common/storeErrorText';
import { keyTarget, moveTo } from './reorder';
import { optionsText as t } from './strings';
import { SaveError, useSaved } from './useSaved';
import { TextInput } from '../common/TextField';
import { VALUE_MAX } from '@/lib/limits';

const handleId = (index: number) => `value-handle-${index}`;

/**
 * The user's values, in their order: the reflection exercise starts from the
 * top one. Each has one handle: dragged with the pointer, or moved with the
 * arrow keys while it has focus, the new place read out.
 */
export function ValuesSection() {
  const saved = useSaved<string[]>([]);
  const values = saved.value;
  const [own, setOwn] = useState('');
  const [said, setSaid] = useState('');
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  // The handle to focus once the list has been drawn in its new order.
  const [focusAt, setFocusAt] = useState<number | null>(null);

  // Moving a row takes focus from its handle; it goes back in the same frame,
  // so that the next arrow key still moves the value rather than the page.
  useLayoutEffect(() => {
    if (focusAt === null) return;
    document.getElementById(handleId(focusAt))?.focus();
    setFocusAt(null);
  }, [focusAt, values]);

  useEffect(() => {
    loadValues().then(saved.take, (err: unknown) => saved.setError(describeStoreError(err)));
  }, []);

  /** Saves the list; false when it could not be (the list goes back and the error is shown). */
  const save = (next: string[]): Promise<boolean> => saved.save(next, () => saveValues(next));

  async function move(from: number, to: number) {
    const value = values[from];
    if (value === undefined || from === to) return;
    const keyboard = document.activeElement?.id === handleId(from);
    if (keyboard) setFocusAt(to);
    const ok = await save(moveTo(values, from, to));
    // A move that could not be saved puts the value back, and the focus with it.
    if (!ok && keyboard) setFocusAt(from);
    setSaid(ok ? t.valueMoved(value, to + 1, values.length) : '');
  }

  function endDrag() {
    setDragging(null);
    setOver(null);
  }

  return (
    <section id="values" aria-labelledby="values-heading">
      <h2 id="values-heading">{t.valuesHeading}</h2>
      <p>{t.valuesIntro}</p>
      <p id="values-move-hint" class="muted">
        {t.valuesMoveHint}
      </p>
      <SaveError error={saved.error} />
      <ol class="values-list">
        {values.map((value, i) => (
          <li
            key={value}
            class={['values-item', dragging === i ? 'values-dragging' : '', over === i && dragging !== i ? 'values-over' : ''].filter(Boolean).join(' ')}
            draggable
            onDragStart={(e) => {
              setDragging(i);
              // Firefox starts no drag without data.
              e.dataTransfer?.setData('text/plain', value);
              if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
            }}
            onDragOver={(e) => {
              if (dragging === null) return;
              e.preventDefault();
              setOver(i);
            }}
            onDrop={(e) => {
              e.preventDefault();
              if (dragging !== null) void move(dragging, i);
              endDrag();
            }}
            onDragEnd={endDrag}
          >
            <button
              id={handleId(i)}
              type="button"
              class="value-handle"
              aria-describedby="values-move-hint"
              onKeyDown={(e) => {
                const to = keyTarget(e.key, i, values.length);
                if (to === null) return;
                // The arrows would scroll the page too.
                e.preventDefault();
                void move(i, to);
              }}
            >
              <svg aria-hidden="true" viewBox="0 0 10 16" width="10" height="16">
                {[3, 8, 13].flatMap((y) => [2, 8].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.5" />))}
              </svg>
              <span class="visually-hidden">{t.moveValue(value, i + 1, values.length)}</span>
            </button>
            <span class="value-rank" aria-hidden="true">
              {i + 1}
            </span>
            <span class="value-text">{value}</span>
          </li>
        ))}
      </ol>
      <p class="visually-hidden values-said" aria-live="polite">
        {said}
      </p>
      <form
        class="feed-form values-add"
        onSubmit={(e) => {
          e.preventDefault();
          // What was typed stays in the field when it could not be saved.
          void save(addValue(values, own)).then((ok) => ok && setOwn(''));
        }}
      >
        <label for="own-value">{t.ownValue}</label>
        <TextInput id="own-value" limit={VALUE_MAX} value={own} onInput={(e) => setOwn(e.currentTarget.value)} />
        <button type="submit" class="button button-quiet">
          {t.addValue}
        </button>
      </form>
    </section>
  );
}
