// How to pin the icon, drawn for the browser the page is open in: Chrome (and
// other Chromium browsers) pin from the puzzle-piece menu directly, Firefox
// from a gear menu beside the extension. Drawn with the page's own colours,
// so it follows dark mode like everything else.
import type { BrowserFamily } from './setup';
import { welcomeText as t } from './strings';

/** The puzzle piece both browsers put in the toolbar, in a 20 px box. */
const PUZZLE = 'M3 6h4a2 2 0 1 1 4 0h4v4a2 2 0 1 1 0 4v4H3z';

export function PinGuide({ browser }: { browser: BrowserFamily }) {
  const firefox = browser === 'firefox';
  return (
    <section class="pin-guide card" aria-labelledby="pin-heading">
      <h2 id="pin-heading">{t.pinHeading}</h2>
      <p>{t.pinIntro}</p>
      <div class="pin-body">
        <svg class="pin-picture" viewBox="0 0 360 170" role="img" aria-labelledby="pin-picture-title" data-browser={browser}>
          <title id="pin-picture-title">{t.pinPicture[browser]}</title>
          {/* The toolbar: the address field, then the puzzle piece the user looks for. */}
          <rect class="pin-bar" x="0" y="0" width="360" height="44" rx="10" />
          <rect class="pin-field" x="12" y="9" width={firefox ? 236 : 228} height="26" rx={firefox ? 6 : 13} />
          <rect class="pin-text-line" x="30" y="20" width="110" height="4" rx="2" />
          <g transform="translate(266 12)">
            <circle class="pin-ring" cx="10" cy="10" r="15" />
            <path class="pin-glyph" d={PUZZLE} />
          </g>
          <circle class="pin-glyph" cx="316" cy="22" r="7" />
          {firefox ? (
            <path class="pin-glyph-line" d="M337 16h14M337 22h14M337 28h14" />
          ) : (
            <g class="pin-glyph">
              <circle cx="344" cy="15" r="2" />
              <circle cx="344" cy="22" r="2" />
              <circle cx="344" cy="29" r="2" />
            </g>
          )}
          {/* The menu it opens, with Primed in it. */}
          <path class="pin-pointer" d="M270 52l6-7 6 7z" />
          <rect class="pin-panel" x="130" y="52" width="222" height={firefox ? 112 : 84} rx="10" />
          <text class="pin-menu-title" x="146" y="76">
            {t.pinMenuTitle}
          </text>
          <g transform="translate(146 94)">
            <rect width="22" height="22" rx="6" class="pin-mark" />
            <path class="pin-mark-sun" d="M6 14a5 5 0 0 1 10 0z" />
            <rect class="pin-mark-sun" x="4" y="15.5" width="14" height="2" rx="1" />
          </g>
          <text class="pin-app-name" x="178" y="110">
            Primed
          </text>
          <g transform="translate(314 95)">
            <circle class="pin-ring" cx="10" cy="10" r="14" />
            {firefox ? (
              <g class="pin-gear">
                <circle cx="10" cy="10" r="6" stroke-dasharray="2.35 2.35" stroke-width="4" />
                <circle cx="10" cy="10" r="4" stroke-width="2" />
              </g>
            ) : (
              <path class="pin-glyph" d="M7 3h6v2l-1 1v4l3 3v1H5v-1l3-3V6L7 5zM9.2 14h1.6v5h-1.6z" />
            )}
          </g>
          {firefox && (
            <>
              <rect class="pin-submenu" x="190" y="130" width="150" height="26" rx="6" />
              <text class="pin-submenu-text" x="204" y="148">
                {t.pinMenuItem}
              </text>
            </>
          )}
        </svg>
        <ol class="pin-steps">
          {t.pinSteps[browser].map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </div>
    </section>
  );
}
