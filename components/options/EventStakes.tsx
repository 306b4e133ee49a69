import { useId } from 'preact/hooks';
import type { StoredOccurrence } from '@/lib/feeds/model';
import { seriesKeyOf, tagOf } from '@/lib/prompts/events';
import type { Stakes } from '@/lib/prompts/model';
import type { HighStakesEvent, StakesKind } from '@/lib/planner/types';
import { KindSelect } from './KindSelect';
import { applyTagChoice, tagChoice, tagChoices, withTagKind } from './stakesForm';
import { optionsText as t } from './strings';

interface Props {
  event: StoredOccurrence;
  stakes: Stakes;
  /** Why the event is high-stakes, if it is. */
  found: HighStakesEvent | undefined;
  onChange: (apply: (stakes: Stakes) => Stakes) => void;
}

/** The user's say over an upcoming event's prompts: automatic (rules decide), high-stakes, or never. */
export function EventStakes({ event, stakes, found, onChange }: Props) {
  const title = event.title || t.untitled;
  // Event keys hold spaces and colons; an id from Preact is safe to point at.
  const hint = useId();
  if (event.allDay) return <p class="stakes-hint muted">{t.allDayNoPrompts}</p>;

  const choice = tagChoice(stakes, event);
  const marked = choice === 'one' || choice === 'series';
  const kind: StakesKind = found?.kind ?? tagOf(stakes, { key: event.key, seriesKey: seriesKeyOf(event) })?.kind ?? 'other';
  const rule = found?.source === 'rule' ? stakes.rules.find((r) => r.id === found.ruleId) : undefined;
  const explain = (): string => {
    if (choice !== 'auto') return t.stakesExplain[choice];
    return rule ? t.stakesExplain.autoMatched(rule.keyword) : t.stakesExplain.autoNone;
  };

  return (
    <>
      <div class="stakes-row">
        <select
          class="stakes-choice"
          aria-label={t.stakesLabel(title)}
          aria-describedby={hint}
          value={choice}
          onChange={(e) => {
            const next = tagChoices(event.recurring).find((c) => c === e.currentTarget.value);
            if (next) onChange((s) => applyTagChoice(s, event, next, kind, Date.now()));
          }}
        >
          {tagChoices(event.recurring).map((c) => (
            <option key={c} value={c}>
              {t.stakesChoices[c]}
            </option>
          ))}
        </select>
        {marked && (
          <KindSelect
            class="stakes-kind"
            aria-label={t.stakesKindLabel(title)}
            value={kind}
            onChange={(next) => onChange((s) => withTagKind(s, event, next, Date.now()))}
          />
        )}
      </div>
      <p id={hint} class="stakes-hint muted">
        {explain()}
      </p>
    </>
  );
}
