import type { BlockProps, BlockOf } from './types';

export function ReadBlock({ block }: BlockProps<BlockOf<'read'>>) {
  return (
    <div class="flow-read">
      {block.paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
    </div>
  );
}
