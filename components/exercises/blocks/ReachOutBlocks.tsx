// The reach-out exercise's two blocks: the user's supporters to pick from,
// and ready-made requests with one-click copy.
import { useEffect, useState } from 'preact/hooks';
import { loadSupporters, SUPPORT_KIND_NAMES, type Supporter } from '@/lib/supporters/supporters';
import type { FlowBlock, FlowFields } from '@/lib/exercises/types';
import { requestTemplates } from '../reach-out/requests';
import { reachOutText as t } from '../strings';
import type { BlockProps, BlockOf } from './types';

type Setter = BlockProps<BlockOf<'supporters'>>['set'];

export function SupportersBlock({ block, fields, set }: BlockProps<BlockOf<'supporters'>>) {
  return <SupporterPicks field={block.targetField} fields={fields} set={set} />;
}

export function RequestBlock({ block, fields, set }: BlockProps<BlockOf<'request'>>) {
  return <RequestIdeas block={block} fields={fields} set={set} />;
}

function SupporterPicks({ field, fields, set }: { field: string; fields: FlowFields; set: Setter }) {
  const [people, setPeople] = useState<Supporter[] | null>(null);
  useEffect(() => {
    // Without the list the exercise still works: the name is typed instead.
    loadSupporters().then(setPeople, () => setPeople([]));
  }, []);
  if (people === null) return null;
  if (people.length === 0) {
    return (
      <p class="muted flow-supporters-none">
        {t.noSupporters}{' '}
        <a href="/options.html#exercises" target="_blank" rel="noopener">
          {t.addSupporters}
        </a>
      </p>
    );
  }
  const chosen = typeof fields[field] === 'string' ? (fields[field] as string).trim() : '';
  return (
    <div class="flow-supporters">
      <p class="flow-ask-heading" id="flow-supporters-heading">
        {t.yourSupporters}
      </p>
      <ul aria-labelledby="flow-supporters-heading">
        {people.map((person) => (
          <li key={person.id}>
            <button type="button" class="flow-supporter" aria-pressed={chosen === person.name} onClick={() => set(field, person.name)}>
              <strong>{person.name}</strong>{' '}
              <span class="muted">{SUPPORT_KIND_NAMES[person.kind]}</span>
              {person.note && <span class="muted flow-supporter-note">{person.note}</span>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function RequestIdeas({ block, fields, set }: { block: Extract<FlowBlock, { kind: 'request' }>; fields: FlowFields; set: Setter }) {
  const person = typeof fields[block.personField] === 'string' ? (fields[block.personField] as string) : '';
  const askFor = Array.isArray(fields[block.askField]) ? (fields[block.askField] as string[]) : [];
  const request = typeof fields[block.targetField] === 'string' ? (fields[block.targetField] as string) : '';
  const [copied, setCopied] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(request);
      setCopied(request);
      setFailed(false);
    } catch {
      setCopied(null);
      setFailed(true);
    }
  }

  return (
    <div class="flow-ask flow-request">
      <div class="flow-request-copy">
        <button type="button" class="button button-quiet" disabled={!request.trim()} onClick={() => void copy()}>
          {t.copyRequest}
        </button>
        <span role="status" class="muted">
          {failed ? t.copyFailed : copied !== null && copied === request ? t.copiedRequest : ''}
        </span>
      </div>
      <p class="flow-ask-heading">{t.ideasHeading}</p>
      <ul>
        {requestTemplates(person, askFor).map((line) => (
          <li key={line}>
            <span>{line}</span>{' '}
            <button type="button" class="link-button" onClick={() => set(block.targetField, line)}>
              {t.useThis}
              <span class="visually-hidden">: {line}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
