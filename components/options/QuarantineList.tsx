import { useState } from 'preact/hooks';
import { maskAddresses } from '@/lib/feeds/url';
import { holdsSecrets } from '@/lib/store/catalogue';
import type { QuarantinedRecord } from '@/lib/store/quarantine';
import { optionsText as t } from './strings';

interface Props {
  records: QuarantinedRecord[] | null;
  onDiscard: (id: string) => Promise<void>;
}

/** Feed addresses are secrets: a set-aside item that holds them (the catalogue says which) shows them masked, and saves them only when asked. */
function holdsAddresses(record: QuarantinedRecord): boolean {
  return record.origin === 'extension-storage' && holdsSecrets(record.key);
}

function shown(record: QuarantinedRecord): QuarantinedRecord {
  return holdsAddresses(record) ? { ...record, raw: maskAddresses(record.raw), reason: maskAddresses(record.reason) } : record;
}

export function QuarantineList({ records, onDiscard }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [withAddresses, setWithAddresses] = useState<ReadonlySet<string>>(new Set());

  if (records === null) return null;
  if (records.length === 0) return <p class="muted">{t.quarantineEmpty}</p>;

  return (
    <ul class="quarantine-list">
      {records.map((original) => {
        const record = shown(original);
        const secret = holdsAddresses(original);
        return (
          <li key={record.id} class="card quarantine-item">
            <p class="quarantine-key">{t.quarantineFrom(record.key)}</p>
            <p class="muted">
              {t.quarantineWhen(record.quarantinedAt ? new Date(record.quarantinedAt).toLocaleString() : '')}
            </p>
            {secret && <p>{t.feedListSetAside}</p>}
            <details open={secret}>
              <summary>{t.reason}</summary>
              <pre class="quarantine-reason">{record.reason}</pre>
              <pre class="quarantine-raw">{preview(record.raw)}</pre>
            </details>
            {secret && (
              <label class="check">
                <input
                  type="checkbox"
                  checked={withAddresses.has(record.id)}
                  onChange={(e) => {
                    const next = new Set(withAddresses);
                    if (e.currentTarget.checked) next.add(record.id);
                    else next.delete(record.id);
                    setWithAddresses(next);
                  }}
                />
                <span>{t.includeSetAsideAddresses}</span>
              </label>
            )}
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
                  <button
                    type="button"
                    class="button button-quiet"
                    onClick={() => downloadRecord(withAddresses.has(record.id) ? original : record)}
                  >
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
        );
      })}
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
