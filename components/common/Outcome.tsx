// What became of the last action: a quiet status line that screen readers
// announce, and an error (announced at once) when something went wrong.
import { Notice } from './Notice';

export function Outcome({ status, error }: { status: string; error: string | null }) {
  return (
    <>
      <p role="status">{status}</p>
      {error && (
        <Notice tone="error">
          {error}
        </Notice>
      )}
    </>
  );
}
