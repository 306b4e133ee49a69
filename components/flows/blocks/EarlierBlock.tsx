// An 'earlier' block: answers from an exercise done before for the same
// event (the rehearsal's if-then plans, the plan a review looks back at),
// each under its question. Nothing at all when there is none.
import { useEffect, useState } from 'preact/hooks';
import { latestEntryFor } from '@/lib/flows/earlier';
import { fieldLabels } from '@/lib/flows/runner';
import { flowById } from '../registry';
import type { BlockProps, BlockOf } from './types';

export function EarlierBlock({ block, eventKey, db }: BlockProps<BlockOf<'earlier'>>) {
  const [answers, setAnswers] = useState<Array<{ field: string; label: string; text: string }>>([]);
  useEffect(() => {
    if (!eventKey) return;
    const flow = flowById(block.flowId);
    void latestEntryFor(db, block.flowId, eventKey).then((entry) => {
      if (!entry || !flow) return;
      const labels = fieldLabels(flow);
      setAnswers(
        block.fields.flatMap((field) => {
          const text = entry.fields[field];
          return typeof text === 'string' && text.trim() ? [{ field, label: labels.get(field) ?? field, text }] : [];
        }),
      );
    });
  }, [block, eventKey, db]);
  if (answers.length === 0) return null;
  return (
    <section class="flow-earlier" aria-label={block.label}>
      <h2 class="flow-earlier-heading">{block.label}</h2>
      <dl>
        {answers.map((a) => (
          <div key={a.field}>
            <dt class="muted">{a.label}</dt>
            <dd>{a.text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
