import { ANSWER_MAX } from '@/lib/limits';
import { TextArea, TextInput } from '../../common/TextField';
import type { BlockProps, BlockOf } from './types';

export function TextBlock({ block, fields, set, compact }: BlockProps<BlockOf<'text'>>) {
  const id = `field-${block.field}`;
  const value = typeof fields[block.field] === 'string' ? (fields[block.field] as string) : '';
  return (
    <div class="flow-field">
      <label for={id}>{block.label}</label>
      {block.hint && (
        <p id={`${id}-hint`} class="muted">
          {block.hint}
        </p>
      )}
      {block.multiline ? (
        <TextArea
          id={id}
          rows={compact ? 3 : 4}
          limit={ANSWER_MAX}
          value={value}
          aria-describedby={block.hint ? `${id}-hint` : undefined}
          onInput={(e) => set(block.field, e.currentTarget.value)}
        />
      ) : (
        <TextInput
          id={id}
          limit={ANSWER_MAX}
          value={value}
          aria-describedby={block.hint ? `${id}-hint` : undefined}
          onInput={(e) => set(block.field, e.currentTarget.value)}
        />
      )}
    </div>
  );
}
