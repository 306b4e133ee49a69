interface TimeFieldProps {
  id: string;
  label: string;
  value: string;
  disabled: boolean;
  invalid: boolean;
  /** Ids of the hint and error the field is described by, if any. */
  describedBy?: string;
  onInput: (value: string) => void;
  onCommit: (value: string) => void;
}

/**
 * A time of day, such as one end of the quiet hours. What is typed shows at
 * once (input), but is committed only on change, once the browser holds a
 * complete time: a half-typed "09:-" must never be saved.
 */
export function TimeField({ id, label, value, disabled, invalid, describedBy, onInput, onCommit }: TimeFieldProps) {
  return (
    <>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="time"
        value={value}
        disabled={disabled}
        aria-describedby={describedBy}
        aria-invalid={invalid ? true : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
        onChange={(e) => onCommit(e.currentTarget.value)}
      />
    </>
  );
}
