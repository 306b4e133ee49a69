import { useState } from 'preact/hooks';
import { request } from '@/lib/browser/messaging';
import { openToolbarPopup } from '@/lib/browser/toolbar';
import { useShortcut } from '../common/useShortcut';
import { welcomeText as t } from './strings';
import { supportText as support } from './supportText';
import { FLOW_IDS } from '@/lib/exercises/ids';
import { ConfidenceSources } from '../common/ConfidenceSources';
import { Notice } from '../common/Notice';
import { PinGuide } from './PinGuide';
import { Setup } from './Setup';
import { browserOf } from './setup';

export function WelcomeApp() {
  const shortcut = useShortcut();
  const [canOpenPopup, setCanOpenPopup] = useState(true);

  async function openPopup() {
    // Some browsers only open the popup from the toolbar itself; the hint says how.
    if (!(await openToolbarPopup())) setCanOpenPopup(false);
  }

  return (
    <main class="page welcome">
      <img class="welcome-logo" src="/icon/128.png" width="64" height="64" alt="" />
      <h1>{t.title}</h1>
      {t.intro.map((sentence) => (
        <p key={sentence} class="welcome-intro">
          {sentence}
        </p>
      ))}

      <PinGuide browser={browserOf(navigator.userAgent)} />

      <Setup />

      <section aria-labelledby="next-heading">
        <h2 id="next-heading">{t.nextHeading}</h2>
        <ol class="welcome-steps">
          <li>
            <strong>{t.firstWin}.</strong> {t.firstWinHint(shortcut)}{' '}
            {canOpenPopup && (
              <button type="button" class="link-button" onClick={() => void openPopup()}>
                {t.openPopup}
              </button>
            )}
          </li>
          <li>
            <button type="button" class="link-button" onClick={() => void request('flow/open', { flowId: FLOW_IDS.selfCheck })}>
              {t.baseline}
            </button>{' '}
            {t.baselineHint}
          </li>
          <li>
            {/* A new tab: this page is where the user comes back to. */}
            <a href="/journal.html#goals" target="_blank" rel="noopener">
              {t.goalLadder}
            </a>{' '}
            {t.goalLadderHint}
          </li>
          <li>
            <a href="/journal.html#program" target="_blank" rel="noopener">
              {t.program}
            </a>{' '}
            {t.programHint}
          </li>
        </ol>
      </section>

      <ConfidenceSources id="how-confidence-grows" headingLevel={2} />

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t.privacyHeading}</h2>
        <p>{t.privacy}</p>
      </section>

      <section aria-labelledby="care-heading">
        <h2 id="care-heading">{t.careHeading}</h2>
        <p>
          {t.care} <a href="#support">{t.careLink}</a>
        </p>
        <Notice>{t.crisis}</Notice>
      </section>

      <section id="support" aria-labelledby="support-heading">
        <h2 id="support-heading">{support.title}</h2>
        <p>{support.intro}</p>
        <ul class="help-signs">
          {support.signs.map((sign) => (
            <li key={sign}>{sign}</li>
          ))}
        </ul>
        <p>{support.outro}</p>
        <div id="now" class="card">
          <h3>{support.nowHeading}</h3>
          <ul>
            {support.now.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        </div>
      </section>
    </main>
  );
}
