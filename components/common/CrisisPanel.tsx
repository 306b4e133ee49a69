// A calm note shown beside a text field that contains crisis language. It
// never blocks saving. Loaded lazily with its matcher, so the pages that use
// it pay nothing until then.
export { mentionsCrisis } from '@/lib/safety/crisis';

export const crisisText = {
  heading: 'You don’t have to carry this alone',
  body: 'If things feel this hard, please reach out to someone today. If you might act on thoughts of harming yourself, contact your local emergency number or a crisis line now.',
  link: 'Ways to get support',
  saved: 'What you write is still saved as usual.',
} as const;

export function CrisisPanel() {
  return (
    <aside class="notice crisis-panel" aria-labelledby="crisis-heading">
      <p id="crisis-heading" class="crisis-heading">
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
