import { useEffect, useRef, useState } from 'preact/hooks';
import type { FlowId } from '@/lib/exercises/ids';
import { KIND_LABELS } from '@/lib/prompts/events';
import { CHOICES, EXERCISE_NAMES, KIND_PLURALS, overrideFor, primedSummary, withOverride } from '@/lib/prompts/choice';
import { loadPromptSettings, updatePromptSettings } from '@/lib/prompts/items';
import type { PromptSettings } from '@/lib/prompts/model';
import { STAKES_KINDS, type PromptType, type StakesKind } from '@/lib/planner/types';
import { describeStoreError } from '../common/storeErrorText';
import { Notice } from '../common/Notice';
import { SaveError, describeSaveError, useSaved } from './useSaved';
import { onDataRead } from '@/lib/browser/changes';

// This section's words live with it: the shared strings file is busy enough.
const text = {
  heading: 'Which exercise each prompt opens',
  intro: 'Primed picks what fits the kind of event and what you have already done for it. You can pick your own for any kind.',
  kind: 'Kind of event',
  primed: (summary: string) => `Primed’s choice (${summary})`,
  how: 'Primed’s choice: the day before, a step-by-step rehearsal (or, when you made a prep plan for the event, that plan, which ends with it). Once you have rehearsed an interview or a presentation, asking a supporter for help instead (or, with no supporters listed, someone like you who did it). Afterwards, the reflection, or the review of a plan you made for the event.',
  fixed: 'Forty-five minutes before, it is always the values reflection, and five minutes before, the get-ready exercise with your if-then plans: nothing else fits those minutes as well.',
  columns: { rehearse: 'The day before', feedback: 'Afterwards' } as Record<ChoiceSlot, string>,
  label: (kind: StakesKind, slot: ChoiceSlot) => `${slot === 'rehearse' ? 'The day before' : 'After'} ${KIND_PLURALS[kind]}`,
};

/** The moments with more than one exercise to choose from. */
const SLOTS = ['rehearse', 'feedback'] as const satisfies readonly PromptType[];
type ChoiceSlot = (typeof SLOTS)[number];

const selectId = (kind: StakesKind, slot: ChoiceSlot) => `exercise-${kind}-${slot}`;

/** The user's exercise per kind of event and moment; saved at once, used from the next prompt on. */
export function ExerciseChoiceSection() {
  const saved = useSaved<PromptSettings | null>(null);
  const [failedAt, setFailedAt] = useState<string | null>(null);
  // Arrow keys on a select save at each press. The echo of an earlier save,
  // arriving after a later press, would put the select back a step and the
  // next press would start from there: only the latest save's result is shown.
  const latest = useRef(0);
  const inFlight = useRef(0);

  useEffect(() => {
    loadPromptSettings().then(saved.take, (err: unknown) => saved.setError(describeStoreError(err)));
    return onDataRead('promptSettings', loadPromptSettings, (value) => {
      if (inFlight.current === 0) saved.take(value);
    });
  }, []);

  const settings = saved.value;
  if (!settings) {
    return (
      <section id="exercise-choice" aria-labelledby="exercise-choice-heading">
        <h2 id="exercise-choice-heading">{text.heading}</h2>
        {saved.error && <Notice tone="error">{saved.error}</Notice>}
      </section>
    );
  }

  async function choose(kind: StakesKind, slot: ChoiceSlot, value: string) {
    if (!settings) return;
    const request = ++latest.current;
    setFailedAt(selectId(kind, slot));
    const flowId = CHOICES[slot].find((id) => id === value);
    const exercises = withOverride(settings.exercises, kind, slot, flowId);
    saved.edit({ ...settings, exercises });
    inFlight.current += 1;
    try {
      const stored = await updatePromptSettings({ exercises });
      if (request === latest.current) {
        saved.take(stored);
        saved.setError(null);
      }
    } catch (err) {
      if (request === latest.current) {
        // Back to what is stored, and say so beside the choice.
        saved.take(await loadPromptSettings().catch(() => settings));
        saved.setError(describeSaveError(err));
      }
    } finally {
      inFlight.current -= 1;
    }
  }

  return (
    <section id="exercise-choice" aria-labelledby="exercise-choice-heading">
      <h2 id="exercise-choice-heading">{text.heading}</h2>
      <p>{text.intro}</p>
      <table class="exercise-choice">
        <thead>
          <tr>
            <th scope="col">{text.kind}</th>
            {SLOTS.map((slot) => (
              <th key={slot} scope="col">
                {text.columns[slot]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {STAKES_KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row">{KIND_LABELS[kind]}</th>
              {SLOTS.map((slot) => (
                <td key={slot}>
                  <select
                    id={selectId(kind, slot)}
                    aria-label={text.label(kind, slot)}
                    aria-describedby="exercise-choice-how"
                    value={overrideFor(settings.exercises, kind, slot) ?? ''}
                    onChange={(e) => void choose(kind, slot, e.currentTarget.value)}
                  >
                    <option value="">{text.primed(primedSummary(slot))}</option>
                    {CHOICES[slot].map((flowId: FlowId) => (
                      <option key={flowId} value={flowId}>
                        {EXERCISE_NAMES[flowId]}
                      </option>
                    ))}
                  </select>
                  {failedAt === selectId(kind, slot) && <SaveError error={saved.error} />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p id="exercise-choice-how" class="muted">
        {text.how}
      </p>
      <p class="muted">{text.fixed}</p>
    </section>
  );
}
