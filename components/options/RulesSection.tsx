import { useState } from 'preact/hooks';
import { timeOrderedId } from '@/lib/ids';
import type { KeywordRule, StakesKind } from '@/lib/planner/types';
import { KindSelect } from './KindSelect';
import { keywordProblem, missingDefaultRules, previewRule, ruleCandidates, type KeywordProblem } from './stakesForm';
import { optionsText as t } from './strings';
import { SaveError } from './useSaved';
import { useStakes } from './useStakes';
import { useUpcomingEvents } from './useUpcomingEvents';
import { TextInput } from '../common/TextField';
import { KEYWORD_MAX } from '@/lib/limits';
import { Notice } from '../common/Notice';

/** The keyword rules that mark events high-stakes, each with the upcoming events it would catch. */
export function RulesSection() {
  const { stakes, error, change: changeStakes } = useStakes();
  // Which part of the section the last change came from: its error is shown there.
  const [failedAt, setFailedAt] = useState<'list' | 'add' | 'restore'>('list');
  const change = (at: typeof failedAt, apply: Parameters<typeof changeStakes>[0]) => {
    setFailedAt(at);
    return changeStakes(apply);
  };
  const candidates = ruleCandidates(useUpcomingEvents());
  const [keyword, setKeyword] = useState('');
  const [kind, setKind] = useState<StakesKind>('presentation');
  const [problem, setProblem] = useState<KeywordProblem | null>(null);
  const [status, setStatus] = useState('');
  const rules = stakes?.rules ?? [];

  const updateRule = (id: string, patch: Partial<KeywordRule>) =>
    void change('list', (s) => ({ ...s, rules: s.rules.map((r) => (r.id === id ? { ...r, ...patch } : r)) }));

  async function remove(index: number) {
    const id = rules[index]!.id;
    // Keep the keyboard where it was: on the next rule, or the add field when none is left.
    const neighbour = rules[index + 1] ?? rules[index - 1];
    if (await change('list', (s) => ({ ...s, rules: s.rules.filter((r) => r.id !== id) }))) {
      const focusId = neighbour ? `rule-remove-${neighbour.id}` : 'rule-keyword';
      requestAnimationFrame(() => document.getElementById(focusId)?.focus());
    }
  }

  async function add(e: Event) {
    e.preventDefault();
    const found = keywordProblem(keyword, rules);
    setProblem(found);
    setStatus('');
    if (found) {
      document.getElementById('rule-keyword')?.focus();
      return;
    }
    const rule: KeywordRule = { id: `rule-${timeOrderedId(Date.now())}`, keyword: keyword.trim(), kind, matchDescription: false, enabled: true };
    // First in the list: the first rule that matches names the kind, and the
    // user's own word is usually the more specific one.
    if (await change('add', (s) => ({ ...s, rules: [rule, ...s.rules] }))) setKeyword('');
  }

  async function restore() {
    const missing = missingDefaultRules(rules);
    if (missing.length === 0 || (await change('restore', (s) => ({ ...s, rules: [...s.rules, ...missingDefaultRules(s.rules)] })))) {
      setStatus(t.restored(missing.length));
    }
  }

  function previewText(rule: KeywordRule): string {
    const preview = previewRule(rule, candidates);
    const text = preview.count === 0 ? t.ruleNoMatch : t.ruleMatches(preview.count, preview.titles, preview.more);
    return rule.enabled ? text : `${t.ruleOff} ${text}`;
  }

  return (
    <section id="rules" aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t.rulesHeading}</h2>
      <p>{t.rulesIntro}</p>
      {error && failedAt === 'list' && (
        <Notice tone="error">
          {error}
        </Notice>
      )}

      {stakes && rules.length === 0 && <p class="muted">{t.rulesNone}</p>}
      {rules.length > 0 && (
        <ul class="rule-list">
          {rules.map((rule, i) => (
            <li key={rule.id} class="card rule-item">
              <div class="rule-head">
                <strong class="rule-keyword">{rule.keyword}</strong>
                <KindSelect
                  aria-label={t.ruleKind(rule.keyword)}
                  value={rule.kind}
                  onChange={(next) => updateRule(rule.id, { kind: next })}
                />
              </div>
              <div class="rule-options">
                <label class="check">
                  <input type="checkbox" checked={rule.enabled} onChange={(e) => updateRule(rule.id, { enabled: e.currentTarget.checked })} />
                  <span>{t.ruleEnabled}</span>
                  <span class="visually-hidden">{t.ruleEnabledName(rule.keyword)}</span>
                </label>
                <label class="check">
                  <input
                    type="checkbox"
                    checked={rule.matchDescription}
                    onChange={(e) => updateRule(rule.id, { matchDescription: e.currentTarget.checked })}
                  />
                  <span>{t.ruleDescriptions}</span>
                  <span class="visually-hidden">{t.ruleDescriptionsName(rule.keyword)}</span>
                </label>
                <button id={`rule-remove-${rule.id}`} type="button" class="button button-quiet" onClick={() => void remove(i)}>
                  {t.ruleRemove}
                  <span class="visually-hidden">{t.ruleRemoveName(rule.keyword)}</span>
                </button>
              </div>
              <p class="rule-preview muted" data-rule-preview={rule.keyword}>
                {previewText(rule)}
              </p>
            </li>
          ))}
        </ul>
      )}

      <h3>{t.addRuleHeading}</h3>
      <form class="feed-form" noValidate onSubmit={(e) => void add(e)}>
        <label for="rule-keyword">{t.ruleKeyword}</label>
        <TextInput
          id="rule-keyword"
          limit={KEYWORD_MAX}
          autoComplete="off"
          value={keyword}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? 'rule-keyword-error' : undefined}
          onInput={(e) => {
            setKeyword(e.currentTarget.value);
            setProblem(null);
          }}
        />
        {problem && (
          <p id="rule-keyword-error" class="field-error" role="alert">
            {t.ruleProblems[problem]}
          </p>
        )}
        <label for="rule-kind">{t.kindLabel}</label>
        <KindSelect id="rule-kind" value={kind} onChange={setKind} />
        <button class="button" type="submit">
          {t.addRule}
        </button>
      </form>
      {failedAt === 'add' && <SaveError error={error} />}
      <p class="rule-restore">
        <button type="button" class="button button-quiet" onClick={() => void restore()}>
          {t.restoreRules}
        </button>{' '}
        <span class="muted" role="status">
          {status}
        </span>
      </p>
      {failedAt === 'restore' && <SaveError error={error} />}
    </section>
  );
}
