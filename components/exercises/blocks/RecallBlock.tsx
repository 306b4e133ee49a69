import type { BlockProps, BlockOf } from './types';

export function RecallBlock({ block, fields }: BlockProps<BlockOf<'recall'>>) {
  const earlier = fields[block.field];
  return (
    <p class="flow-recall">
      <span class="muted">{block.label}</span>
      <strong>{typeof earlier === 'string' ? earlier : ''}</strong>
    </p>
  );
}
