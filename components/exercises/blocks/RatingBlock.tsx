import { Rating } from '../../common/Rating';
import type { BlockProps, BlockOf } from './types';

export function RatingBlock({ block, fields, set }: BlockProps<BlockOf<'rating'>>) {
  const value = fields[block.field];
  return (
    <Rating
      id={`field-${block.field}`}
      class="flow-field"
      label={block.label}
      min={block.min}
      max={block.max}
      value={typeof value === 'number' ? value : undefined}
      minLabel={block.minLabel}
      maxLabel={block.maxLabel}
      onChange={(n) => set(block.field, n)}
    />
  );
}
