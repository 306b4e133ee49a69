import { useEffect, useState } from 'preact/hooks';
import { addValue, loadValues, moveValue, saveValues } from '@/lib/values/values';
import { describeStoreError } from '../common/storeErrorText';
import { optionsText as t } from './strings';
import { SaveError, useSaved } from './useSaved';
import { TextInput } from '../common/TextField';
import { VALUE_MAX } from '@/lib/limits';

/** The user's values, in their order: the reflection exercise starts from the top one. */
export function ValuesSection() {
  const saved = useSaved<string[]>([]);
  const values = saved.value;
  const [own, setOwn] = useState('');

  useEffect(() => {
    loadValues().then(saved.take, (err: unknown) => saved.setError(describeStoreError(err)));
  }, []);

  /** Saves the list; false when it could not be (the list goes back and the error is shown). */
  async function save(next: string[], focusId?: string): Promise<boolean> {
    const ok = await saved.save(next, () => saveValues(next));
    if (ok && focusId) requestAnimationFrame(() => document.getElementById(focusId)?.focus());
    return ok;
  }

  return (
    <section id="values" aria-labelledby="values-heading">
      <h2 id="values-heading">{t.valuesHeading}</h2>
      <p>{t.valuesIntro}</p>
      <SaveError error={saved.error} />
      <ol class="values-list">
        {values.map((value, i) => (
          <li key={value} class="values-item">
            <span>{value}</span>
            <span class="values-actions">
              <button
                id={`value-up-${i}`}
                type="button"
                class="button button-quiet"
                disabled={i === 0}
                onClick={() => void save(moveValue(values, i, -1), `value-up-${i - 1}`)}
              >
                {t.moveUp}
                <span class="visually-hidden">: {value}</span>
              </button>
              <button
                id={`value-down-${i}`}
                type="button"
                class="button button-quiet"
                disabled={i === values.length - 1}
                onClick={() => void save(moveValue(values, i, 1), `value-down-${i + 1}`)}
              >
                {t.moveDown}
                <span class="visually-hidden">: {value}</span>
              </button>
            </span>
          </li>
        ))}
      </ol>
      <form
        class="feed-form"
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
