import type { BlockProps, BlockOf } from './types';

export function ChoicesBlock({ block, fields, set }: BlockProps<BlockOf<'choices'>>) {
  const chosen = Array.isArray(fields[block.field]) ? (fields[block.field] as string[]) : [];
  const toggle = (value: string, on: boolean) =>
    set(block.field, on ? [...chosen.filter((c) => c !== value), value] : chosen.filter((c) => c !== value));
  return (
    <fieldset class="flow-choices-field">
      <legend>{block.label}</legend>
      {block.options.map((option) => (
        <label key={option.value} class="flow-choice">
          <input type="checkbox" checked={chosen.includes(option.value)} onChange={(e) => toggle(option.value, e.currentTarget.checked)} />
          <span>
            <strong>{option.label}</strong>
            <span class="muted"> {option.hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
