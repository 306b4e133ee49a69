import type { JSX } from 'preact';
import { KIND_LABELS } from '@/lib/prompts/events';
import { STAKES_KINDS, type StakesKind } from '@/lib/planner/types';

type Props = Omit<JSX.HTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  value: StakesKind;
  onChange: (kind: StakesKind) => void;
};

/** A select of the kinds of high-stakes moment; the kind shapes the wording of prompts. */
export function KindSelect({ value, onChange, ...rest }: Props) {
  return (
    <select
      {...rest}
      value={value}
      onChange={(e) => {
        const kind = STAKES_KINDS.find((k) => k === e.currentTarget.value);
        if (kind) onChange(kind);
      }}
    >
      {STAKES_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {KIND_LABELS[kind]}
        </option>
      ))}
    </select>
  );
}
