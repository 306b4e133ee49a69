import { useEffect, useState } from 'preact/hooks';
import { MAX_SUPPORTERS, SUPPORTER_NAME_MAX, SUPPORTER_NOTE_MAX } from '@/lib/limits';
import { onDataChanged } from '@/lib/browser/changes';
import {
  addSupporter,
  editSupporter,
  loadSupporters,
  removeSupporter,
  saveSupporters,
  SUPPORT_KIND_NAMES,
  SUPPORT_KINDS,
  type Supporter,
  type SupportKind,
} from '@/lib/supporters/supporters';
import { describeStoreError } from '../common/storeErrorText';
import { TextInput } from '../common/TextField';
import { optionsText as t } from './strings';
import { SaveError, useSaved } from './useSaved';

function KindSelect({ id, value, label, onChange }: { id: string; value: SupportKind; label?: string; onChange: (kind: SupportKind) => void }) {
  return (
    <select id={id} value={value} aria-label={label} onChange={(e) => onChange(e.currentTarget.value as SupportKind)}>
      {SUPPORT_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {SUPPORT_KIND_NAMES[kind]}
        </option>
      ))}
    </select>
  );
}

/** The short list of people the user can lean on: added, given a kind of support and a note, removed. */
export function SupportersSection() {
  const saved = useSaved<Supporter[]>([]);
  const people = saved.value;
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SupportKind>('listener');
  const [said, setSaid] = useState('');

  useEffect(() => {
    loadSupporters().then(saved.take, (err: unknown) => saved.setError(describeStoreError(err)));
    // The reach-out exercise in another window only reads the list, but a second settings tab may change it.
    return onDataChanged(['supporters'], () => void loadSupporters().then(saved.take, () => undefined));
  }, []);

  const save = (next: Supporter[]): Promise<boolean> => saved.save(next, () => saveSupporters(next));
  const full = people.length >= MAX_SUPPORTERS;

  async function remove(person: Supporter) {
    if (await save(removeSupporter(people, person.id))) {
      setSaid(t.supporterRemoved(person.name));
      // The row and its button are gone: the form is the next sensible place for focus.
      document.getElementById('supporter-name')?.focus();
    }
  }

  return (
    <section id="supporters" aria-labelledby="supporters-heading">
      <h2 id="supporters-heading">{t.supportersHeading}</h2>
      <p>{t.supportersIntro}</p>
      <SaveError error={saved.error} />
      {people.length === 0 ? (
        <p class="muted">{t.supportersNone}</p>
      ) : (
        <ul class="supporter-list">
          {people.map((person) => (
            <li key={person.id} class="supporter-item">
              <span class="supporter-name">{person.name}</span>
              <KindSelect
                id={`supporter-kind-${person.id}`}
                label={t.supporterKindLabel(person.name)}
                value={person.kind}
                onChange={(next) => void save(editSupporter(people, person.id, { kind: next }, Date.now()))}
              />
              <TextInput
                id={`supporter-note-${person.id}`}
                class="supporter-note"
                aria-label={t.supporterNoteLabel(person.name)}
                placeholder={t.supporterNoteHint}
                limit={SUPPORTER_NOTE_MAX}
                value={person.note ?? ''}
                onInput={(e) => saved.edit(editSupporter(people, person.id, { note: e.currentTarget.value }, Date.now()))}
                onChange={(e) => void save(editSupporter(people, person.id, { note: e.currentTarget.value }, Date.now()))}
              />
              <button type="button" class="button button-quiet" onClick={() => void remove(person)}>
                {t.supporterRemove}
                <span class="visually-hidden"> {person.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="visually-hidden" aria-live="polite">
        {said}
      </p>
      {full ? (
        <p class="muted">{t.supportersFull(MAX_SUPPORTERS)}</p>
      ) : (
        <form
          class="supporter-add"
          onSubmit={(e) => {
            e.preventDefault();
            if (!name.trim()) return;
            // What was typed stays in the field when it could not be saved.
            void save(addSupporter(people, name, kind, Date.now())).then((ok) => {
              if (!ok) return;
              setName('');
              setSaid('');
            });
          }}
        >
          <div class="supporter-add-field">
            <label for="supporter-name">{t.supporterName}</label>
            <TextInput id="supporter-name" autoComplete="off" limit={SUPPORTER_NAME_MAX} value={name} onInput={(e) => setName(e.currentTarget.value)} />
          </div>
          <div class="supporter-add-field">
            <label for="supporter-kind">{t.supporterKind}</label>
            <KindSelect id="supporter-kind" value={kind} onChange={setKind} />
          </div>
          <button type="submit" class="button button-quiet">
            {t.addSupporter}
          </button>
        </form>
      )}
    </section>
  );
}
