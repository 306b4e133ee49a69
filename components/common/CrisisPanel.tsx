// A calm note shown below a text field whose words call for more help than
// Primed can give. It never blocks saving. Loaded lazily with its matcher
// (see useCrisisCheck), so the pages that use it pay nothing until then.
import { useId } from 'preact/hooks';
import type { SafetyConcern } from '@/lib/safety/crisis';

export { safetyConcern, strongerConcern } from '@/lib/safety/crisis';

export const crisisText = {
  heading: 'You don’t have to carry this alone',
  body: 'If things feel this hard, please reach out to someone today. If you might act on thoughts of harming yourself, contact your local emergency number or a crisis line now.',
  link: 'Ways to get support',
  saved: 'What you write is still saved as usual.',
} as const;

// Chest pain and trouble breathing go to a doctor before anyone else: nerves
// can feel like this, but only a doctor can rule the rest out.
export const medicalText = {
  heading: 'Chest pain or trouble breathing needs care now',
  body: 'Please get urgent medical help first: call your local emergency number or go to the nearest emergency department. Nerves can feel like this too, and a doctor is the one who can tell.',
  alsoCrisis: 'If you are also thinking of harming yourself, tell them that as well.',
  brief: 'Please call your local emergency number first.',
  saved: crisisText.saved,
} as const;

interface Props {
  concern?: SafetyConcern;
  /** Heading and the one next step only: where room is short and the full note was already shown. */
  brief?: boolean;
}

export function CrisisPanel({ concern = 'crisis', brief = false }: Props) {
  const headingId = useId();
  if (brief) {
    return (
      <aside class={concern === 'crisis' ? 'notice crisis-panel crisis-panel-brief' : 'notice crisis-panel crisis-panel-medical crisis-panel-brief'} aria-labelledby={headingId}>
        <p>
          <span id={headingId} class="crisis-heading">
            {concern === 'crisis' ? crisisText.heading : medicalText.heading}
          </span>{' '}
          {concern === 'crisis' ? (
            <a href="/welcome.html#now" target="_blank" rel="noreferrer">
              {crisisText.link}
            </a>
          ) : (
            medicalText.brief
          )}
        </p>
      </aside>
    );
  }
  if (concern === 'crisis') {
    return (
      <aside class="notice crisis-panel" aria-labelledby={headingId}>
        <p id={headingId} class="crisis-heading">
          {crisisText.heading}
        </p>
        <p>{crisisText.body}</p>
        <p>
          <a href="/welcome.html#now" target="_blank" rel="noreferrer">
            {crisisText.link}
          </a>{' '}
          <span class="muted">{crisisText.saved}</span>
        </p>
      </aside>
    );
  }
  return (
    <aside class="notice crisis-panel crisis-panel-medical" aria-labelledby={headingId}>
      <p id={headingId} class="crisis-heading">
        {medicalText.heading}
      </p>
      <p>
        {medicalText.body}
        {concern === 'both' && <> {medicalText.alsoCrisis}</>}
      </p>
      <p class="muted">{medicalText.saved}</p>
    </aside>
  );
}
