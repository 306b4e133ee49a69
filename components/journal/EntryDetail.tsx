// One entry opened from the timeline: read it as it was asked, edit the
// words (a win's text, an exercise's written answers), or delete it.
import { useState } from 'preact/hooks';
import { answerText, fieldLabels } from '@/lib/exercises/runner';
import type { FlowEntry } from '@/lib/exercises/entry';
import type { FlowDefinition } from '@/lib/exercises/types';
import { editableAnswers, withEditedAnswers } from '@/lib/journal/edit';
import type { JournalEntry } from '@/lib/journal/journal';
import { ANSWER_MAX } from '@/lib/limits';
import { WIN_TEXT_MAX, type WinEntry } from '@/lib/wins/model';
import { DeleteWithConfirm } from '../common/DeleteWithConfirm';
import { TextArea } from '../common/TextField';
import { useCrisisCheck } from '../common/useCrisisCheck';
import { flowById } from '../exercises/registry';
import { historyText as t } from './strings';
import { Notice } from '../common/Notice';

interface Props {
  entry: JournalEntry;
  onDelete: () => void;
  onSave: (edited: JournalEntry) => void;
}

export function EntryDetail({ entry, onDelete, onSave }: Props) {
  return (
    <div class="history-detail card">
      {entry.kind === 'win' ? <WinEditor win={entry} onSave={onSave} /> : <ExerciseAnswers entry={entry} onSave={onSave} />}
      {/* Apart from Save and quiet, so that deleting is never the obvious next press. */}
      <div class="history-detail-footer">
        <DeleteWithConfirm words={{ delete: t.delete, confirm: t.confirmDelete, yes: t.yesDelete, keep: t.keep }} onDelete={onDelete} />
      </div>
    </div>
  );
}

function WinEditor({ win, onSave }: { win: WinEntry; onSave: (edited: WinEntry) => void }) {
  const [text, setText] = useState(win.text);
  const { note } = useCrisisCheck(text);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onSave({ ...win, text: text.trim(), updatedAt: Date.now() });
      }}
    >
      <label for={`edit-${win.id}`}>{t.editWin}</label>
      <TextArea id={`edit-${win.id}`} value={text} limit={WIN_TEXT_MAX} rows={2} onInput={(e) => setText(e.currentTarget.value)} />
      {note}
      {win.eventTitle && <p class="muted">{t.partOf(win.eventTitle)}</p>}
      {win.goalTitle && <p class="muted">{t.partOfGoal(win.goalTitle)}</p>}
      {win.difficulty && <p class="muted">{t.difficulty(win.difficulty)}</p>}
      <button type="submit" class="button">
        {t.save}
      </button>
    </form>
  );
}

/** Each field's question, from the exercise's definition, so answers read as they were asked. */
function labelsOf(flow: FlowDefinition | undefined): Map<string, string> {
  return flow ? fieldLabels(flow) : new Map();
}

function ExerciseAnswers({ entry, onSave }: { entry: FlowEntry; onSave: (edited: FlowEntry) => void }) {
  const flow = flowById(entry.flowId);
  const labels = labelsOf(flow);
  const answers = flow ? editableAnswers(flow, entry.fields) : [];
  const [edits, setEdits] = useState<Record<string, string> | null>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const { note } = useCrisisCheck(edits ? Object.values(edits) : []);

  if (edits === null) {
    return (
      <>
        <dl>
          {Object.entries(entry.fields)
            .filter(([key, value]) => !key.startsWith('_') && value !== null && value !== '')
            .map(([key, value]) => (
              <div key={key}>
                <dt>{labels.get(key) ?? key}</dt>
                <dd>{answerText(flow, key, value)}</dd>
              </div>
            ))}
        </dl>
        {answers.length > 0 && (
          <button
            type="button"
            class="button button-quiet"
            onClick={() => setEdits(Object.fromEntries(answers.map((a) => [a.field, typeof entry.fields[a.field] === 'string' ? (entry.fields[a.field] as string) : ''])))}
          >
            {t.editAnswers}
          </button>
        )}
      </>
    );
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!flow) return;
        const result = withEditedAnswers(entry, edits, flow, Date.now());
        if (!result.ok) return setMissing(result.missing);
        setMissing([]);
        setEdits(null);
        onSave(result.entry);
      }}
    >
      {answers.map((answer) => {
        const id = `edit-${entry.id}-${answer.field}`;
        return (
          <div key={answer.field} class="history-answer">
            <label for={id}>{answer.label}</label>
            <TextArea
              id={id}
              rows={answer.multiline ? 3 : 1}
              limit={ANSWER_MAX}
              value={edits[answer.field] ?? ''}
              aria-invalid={missing.includes(answer.label) || undefined}
              onInput={(e) => {
                const text = e.currentTarget.value;
                setEdits((current) => ({ ...current, [answer.field]: text }));
              }}
            />
          </div>
        );
      })}
      {note}
      {missing.length > 0 && (
        <Notice tone="error">
          {t.answersMissing(missing)}
        </Notice>
      )}
      <div class="history-edit-actions">
        <button type="submit" class="button">
          {t.save}
        </button>{' '}
        <button type="button" class="button button-quiet" onClick={() => setEdits(null)}>
          {t.cancelEdit}
        </button>
      </div>
    </form>
  );
}
