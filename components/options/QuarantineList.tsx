import { useState } from 'preact/hooks';
import type { QuarantinedRecord } from '@/lib/store/quarantine';
import { optionsText as t } from './strings';

interface Props {
  records: QuarantinedRecord[] | null;
  onDiscard: (id: string) => Promise<void>;
}

export function QuarantineList({ records, onDiscard }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);

  if (records === null) return null;
  if (records.length === 0) return <p class="muted">{t.quarantineEmpty}</p>;

  return (
    <ul class="quarantine-list">
      {records.map((record) => (
        <li key={record.id} class="card quarantine-item">
          <p class="quarantine-key">{t.quarantineFrom(record.key)}</p>
          <p class="muted">
            {t.quarantineWhen(record.quarantinedAt ? new Date(record.quarantinedAt).toLocaleString() : '')}
          </p>
          <details>
            <summary>{t.reason}</summary>
            <pre class="quarantine-reason">{record.reason}</pre>
            <pre class="quarantine-raw">{preview(record.raw)}</pre>
          </details>
          <div class="quarantine-actions">
            {confirming === record.id ? (
              <>
                <span>{t.discardQuestion}</span>
                <button
                  type="button"
                  class="button"
                  onClick={() => void onDiscard(record.id).then(() => setConfirming(null))}
                >
                  {t.confirmDiscard}
                </button>
                <button type="button" class="button button-quiet" onClick={() => setConfirming(null)}>
                  {t.cancel}
                </button>
              </>
            ) : (
              <>
                <button type="button" class="button button-quiet" onClick={() => downloadRecord(record)}>
                  {t.exportOne}
                  <span class="visually-hidden"> of {record.key}</span>
                </button>
                <button type="button" class="button button-quiet" onClick={() => setConfirming(record.id)}>
                  {t.discard}
                  <span class="visually-hidden"> {record.key}</span>
                </button>
              </>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}

function preview(raw: unknown): string {
  const text = JSON.stringify(raw, null, 2) ?? String(raw);
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}

function downloadRecord(record: QuarantinedRecord) {
  const blob = new Blob([JSON.stringify(record, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `primed-set-aside-${record.id}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
