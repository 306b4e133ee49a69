// The goal ladder's small fields: a 1-to-10 rating, and whole minutes under ten.
import { useState } from 'preact/hooks';
import { MICRO_MINUTES_UNDER } from '@/lib/goals/model';
import { Rating } from '../common/Rating';
import { goalText as t } from './strings';

/** A 1-to-10 rating that may be left out, so it can be cleared again. */
export function GoalRating({ id, label, value, onChange }: { id: string; label: string; value: number | undefined; onChange: (value: number | undefined) => void }) {
  return <Rating id={id} class="goal-scale" label={label} min={1} max={10} value={value} onChange={onChange} onClear={() => onChange(undefined)} />;
}

export function MinutesInput({ id, label, value, readOnly, onChange }: { id: string; label: string; value: number | undefined; readOnly: boolean; onChange: (value: number | undefined) => void }) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const n = Number(text);
  const valid = text === '' || (Number.isInteger(n) && n >= 1 && n < MICRO_MINUTES_UNDER);
  return (
    <div class="goal-minutes">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={MICRO_MINUTES_UNDER - 1}
        value={text}
        readOnly={readOnly}
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : `${id}-problem`}
        onInput={(e) => {
          const typed = e.currentTarget.value;
          setText(typed);
          const minutes = Number(typed);
          // Only whole minutes under ten are kept; the field shows what is wrong with the rest.
          onChange(typed !== '' && Number.isInteger(minutes) && minutes >= 1 && minutes < MICRO_MINUTES_UNDER ? minutes : undefined);
        }}
      />
      {!valid && (
        <p id={`${id}-problem`} class="field-problem">
          {t.minutesProblem}
        </p>
      )}
    </div>
  );
}
