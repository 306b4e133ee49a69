import { Rating } from '../../common/Rating';
import type { BlockProps, BlockOf } from './types';

export function PercentBlock({ block, fields, set }: BlockProps<BlockOf<'percent'>>) {
  const value = fields[block.field];
  return (
    <Rating
      id={`field-${block.field}`}
      class="flow-field"
      label={block.label}
      min={0}
      max={100}
      step={5}
      value={typeof value === 'number' ? value : undefined}
      format={(n) => `${n}%`}
      onChange={(n) => set(block.field, n)}
    />
  );
}
