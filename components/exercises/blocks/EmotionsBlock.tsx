import { emotionField, emotionNameLabel, scalesOf, type ScaleQuestion } from '@/lib/exercises/runner';
import type { FlowFields } from '@/lib/exercises/types';
import { VALUE_MAX } from '@/lib/limits';
import { Rating } from '../../common/Rating';
import { TextInput } from '../../common/TextField';
import { runnerText as t } from '../strings';
import type { BlockContext, BlockProps, BlockOf } from './types';

/** Name each emotion and rate it, or rate again the ones named earlier; a row's slider appears once it has a name. */
export function EmotionsBlock({ block, fields, set }: BlockProps<BlockOf<'emotions'>>) {
  const scales = scalesOf(block, fields);
  if (block.phase === 'after') {
    return (
      <div class="flow-emotions">
        {scales.map((scale) => {
          // The first rating beside the new one, so the change is plain to see.
          const before = fields[scale.field.replace(/After$/, 'Before')];
          return (
            <div key={scale.field} class="flow-emotion">
              <Scale scale={scale} fields={fields} set={set} />
              {typeof before === 'number' && <p class="muted">{t.atFirst(before)}</p>}
            </div>
          );
        })}
      </div>
    );
  }
  return (
    <div class="flow-emotions">
      {Array.from({ length: block.rows }, (_, i) => i + 1).map((row) => {
        const id = `field-${emotionField(row, 'name')}`;
        const name = fields[emotionField(row, 'name')];
        const scale = scales.find((s) => s.field === emotionField(row, 'before'));
        return (
          <div key={row} class="flow-emotion">
            <div class="flow-field">
              <label for={id}>{emotionNameLabel(row)}</label>
              <TextInput id={id} limit={VALUE_MAX} value={typeof name === 'string' ? name : ''} onInput={(e) => set(emotionField(row, 'name'), e.currentTarget.value)} />
            </div>
            {scale && <Scale scale={scale} fields={fields} set={set} />}
          </div>
        );
      })}
    </div>
  );
}

function Scale({ scale, fields, set }: { scale: ScaleQuestion; fields: FlowFields; set: BlockContext['set'] }) {
  const value = fields[scale.field];
  return (
    <Rating
      id={`field-${scale.field}`}
      class="flow-field"
      label={scale.label}
      min={scale.min}
      max={scale.max}
      step={scale.step}
      value={typeof value === 'number' ? value : undefined}
      {...(scale.percent ? { format: (n: number) => `${n}%` } : {})}
      {...(scale.minLabel && scale.maxLabel ? { minLabel: scale.minLabel, maxLabel: scale.maxLabel } : {})}
      onChange={(n) => set(scale.field, n)}
    />
  );
}
