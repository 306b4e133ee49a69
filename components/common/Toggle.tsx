// An on/off setting that takes effect at once, drawn as a switch. It stays a
// real checkbox (keyboard, forms, forced colours) with the switch role, so a
// screen reader says "on" and "off" rather than "checked".
import type { ComponentChildren } from 'preact';

interface ToggleProps {
  checked: boolean;
  onChange(checked: boolean): void;
  /** What the switch turns on: its accessible name. */
  children: ComponentChildren;
  id?: string;
  disabled?: boolean;
  /** The id of a line that explains the setting. */
  describedBy?: string;
}

export function Toggle({ checked, onChange, children, id, disabled, describedBy }: ToggleProps) {
  return (
    <label class="toggle-row">
      <input
        id={id}
        type="checkbox"
        role="switch"
        class="toggle"
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span>{children}</span>
    </label>
  );
}
