// An 'earlier' block: answers from an exercise done before for the same
// event (the rehearsal's if-then plans, the plan a review looks back at),
// each under its question; or the event's prep plan, step by step. Nothing
// at all when there is none.
import { useEffect, useState } from 'preact/hooks';
import { latestEntryFor } from '@/lib/exercises/earlier';
import { PREP_PLAN_ID } from '@/lib/exercises/ids';
import { fieldLabels } from '@/lib/exercises/runner';
import { flowById } from '../registry';
import type { Db } from '@/lib/store/db';
import type { BlockProps, BlockOf } from './types';

type Answer = { field: string; label: string; text: string };

/** The plan's steps, each with whether it was done; loaded only here, so that exercises in the popup do not carry it. */
async function planAnswers(db: Db, eventKey: string): Promise<Answer[]> {
  const [{ readPlan }, { prepText }] = await Promise.all([import('@/lib/prep/store'), import('../../prep/strings')]);
  const plan = await readPlan(db, eventKey);
  return (plan?.steps ?? []).map((step) => ({
    field: step.id,
    label: prepText.steps[step.id].title,
    text: step.doneAt !== undefined ? prepText.stepDone : prepText.stepNotDone,
  }));
}

export function EarlierBlock({ block, eventKey, db }: BlockProps<BlockOf<'earlier'>>) {
  const [answers, setAnswers] = useState<Answer[]>([]);
  useEffect(() => {
    if (!eventKey) return;
    if (block.flowId === PREP_PLAN_ID) {
      planAnswers(db, eventKey).then(setAnswers, () => undefined);
      return;
    }
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
