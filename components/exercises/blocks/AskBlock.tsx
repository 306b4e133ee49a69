import { useState } from 'preact/hooks';
import { isTraitPraise, praiseToQuestion, taskQuestions } from '@/lib/exercises/feedback-questions';
import { runnerText as t } from '../strings';
import type { BlockProps, BlockOf } from './types';

/** Questions about the work itself to ask others, each one click from the clipboard. */
export function AskBlock({ block, fields }: BlockProps<BlockOf<'ask'>>) {
  const part = fields[block.partField];
  const praise = fields[block.praiseField];
  const focus = typeof part === 'string' ? part : '';
  const said = typeof praise === 'string' ? praise.trim() : '';
  const [copied, setCopied] = useState<string | null>(null);
  const lines = [...taskQuestions(focus), ...(said && isTraitPraise(said) ? [praiseToQuestion(said, focus)] : [])];

  async function copy(line: string) {
    try {
      await navigator.clipboard.writeText(line);
      setCopied(line);
    } catch {
      setCopied(null);
    }
  }

  return (
    <div class="flow-ask">
      <p class="flow-ask-heading">{t.askHeading}</p>
      <ul>
        {lines.map((line) => (
          <li key={line}>
            <span>{line}</span>{' '}
            <button type="button" class="link-button" onClick={() => void copy(line)}>
              {copied === line ? t.copied : t.copy}
              <span class="visually-hidden">: {line}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
