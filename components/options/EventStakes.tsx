import type { StoredOccurrence } from '@/lib/feeds/model';
import { KIND_LABELS, seriesKeyOf, tagOf } from '@/lib/prompts/events';
import type { Stakes } from '@/lib/prompts/model';
import type { HighStakesEvent, StakesKind } from '@/lib/schedule/types';
import { KindSelect } from './KindSelect';
import { applyTagChoice, tagChoice, tagChoices, withTagKind, type TagChoice } from './stakesForm';
import { optionsText as t } from './strings';

interface Props {
  event: StoredOccurrence;
  stakes: Stakes;
  /** Why the event is high-stakes, if it is. */
  found: HighStakesEvent | undefined;
  onChange: (apply: (stakes: Stakes) => Stakes) => void;
}

/** An upcoming event's high-stakes badge and the user's say over it: automatic (rules decide), high-stakes, or never. */
export function EventStakes({ event, stakes, found, onChange }: Props) {
  const title = event.title || t.untitled;
  if (event.allDay) return <span class="muted">{t.allDayNoPrompts}</span>;

  const choice = tagChoice(stakes, event);
  const marked = choice === 'one' || choice === 'series';
  const kind: StakesKind = found?.kind ?? tagOf(stakes, { key: event.key, seriesKey: seriesKeyOf(event) })?.kind ?? 'other';
  const rule = found?.source === 'rule' ? stakes.rules.find((r) => r.id === found.ruleId) : undefined;
  const labelOf = (c: TagChoice) => t.stakesChoices[c];

  return (
    <>
      {found && <span class="stakes-badge">{t.stakesBadge(KIND_LABELS[found.kind])}</span>}
      <select
        class="stakes-choice"
        aria-label={t.stakesLabel(title)}
        value={choice}
        onChange={(e) => {
          const next = tagChoices(event.recurring).find((c) => c === e.currentTarget.value);
          if (next) onChange((s) => applyTagChoice(s, event, next, kind, Date.now()));
        }}
      >
        {tagChoices(event.recurring).map((c) => (
          <option key={c} value={c}>
            {labelOf(c)}
          </option>
        ))}
      </select>
      {marked && (
        <KindSelect
          aria-label={t.stakesKindLabel(title)}
          value={kind}
          onChange={(next) => onChange((s) => withTagKind(s, event, next, Date.now()))}
        />
      )}
      {choice === 'auto' && rule && <span class="muted">{t.matchedBy(rule.keyword)}</span>}
    </>
  );
}
