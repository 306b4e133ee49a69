import { ArrowDown, ArrowUp } from 'lucide-preact';
import { useState } from 'preact/hooks';
import { VALUE_MAX } from '@/lib/limits';
import { addValue, moveValue } from '@/lib/values/values';
import { IconButton } from '../../common/IconButton';
import { TextInput } from '../../common/TextField';
import { runnerText as t } from '../strings';
import type { BlockProps, BlockOf } from './types';

/**
 * The user's values in their order, moved with buttons (so the keyboard and
 * screen readers can do it, not only a pointer), with room for their own.
 */
export function RankBlock({ block, values, rerank }: BlockProps<BlockOf<'rank'>>) {
  const onChange = (next: string[]) => rerank(block.field, next);
  const [own, setOwn] = useState('');
  const [moved, setMoved] = useState('');

  function move(i: number, by: -1 | 1) {
    const to = i + by;
    onChange(moveValue(values, i, by));
    setMoved(t.movedTo(values[i]!, to + 1, values.length));
    // The keyboard stays with the value that moved; at either end, on the button that still works.
    const edge = (by === -1 && to === 0) || (by === 1 && to === values.length - 1);
    const id = `rank-${edge ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down'}-${to}`;
    requestAnimationFrame(() => document.getElementById(id)?.focus());
  }

  function add() {
    const next = addValue(values, own);
    if (next.length === values.length) return;
    onChange(next);
    setMoved(t.added(own.trim(), next.length));
    setOwn('');
  }

  return (
    <div class="flow-rank">
      <p id="rank-label" class="flow-rank-label">
        {block.label}
      </p>
      <ol class="flow-rank-list" aria-labelledby="rank-label">
        {values.map((value, i) => (
          <li key={value} class="flow-rank-item">
            <span class="flow-rank-number" aria-hidden="true">
              {i + 1}
            </span>
            <span class="flow-rank-value">{value}</span>
            <span class="flow-rank-actions">
              <IconButton id={`rank-up-${i}`} label={t.moveUp(value)} disabled={i === 0} onClick={() => move(i, -1)}>
                <ArrowUp size={18} />
              </IconButton>
              <IconButton id={`rank-down-${i}`} label={t.moveDown(value)} disabled={i === values.length - 1} onClick={() => move(i, 1)}>
                <ArrowDown size={18} />
              </IconButton>
            </span>
          </li>
        ))}
      </ol>
      <p class="visually-hidden" aria-live="polite">
        {moved}
      </p>
      <div class="flow-rank-own">
        <label for="rank-own">{t.ownValue}</label>
        <span class="flow-rank-own-row">
          <TextInput
            id="rank-own"
            limit={VALUE_MAX}
            value={own}
            data-no-autofocus
            onInput={(e) => setOwn(e.currentTarget.value)}
            onKeyDown={(e) => {
              // Enter adds the value here; it must not move on to the next step.
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <button type="button" class="button button-quiet" onClick={add}>
            {t.addValue}
          </button>
        </span>
      </div>
    </div>
  );
}
