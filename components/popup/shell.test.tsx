// @vitest-environment happy-dom
// The popup's page carries its first screen (the question, the field, the
// button) as plain HTML, so that it paints before any script has loaded;
// the app then takes that markup over rather than drawing it again. This
// checks that the two stay the same: a difference would be drawn twice, or
// lose what was typed before the script ran.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { expect, it } from 'vitest';
import { freshDb } from '../../tests/unit/helpers';
import { PopupApp } from './PopupApp';

const normalise = (html: string) => html.replace(/>\s+</g, '><').trim();

it('the page holds exactly the markup of the popup first render', () => {
  const page = readFileSync(resolve(__dirname, '../../entrypoints/popup/index.html'), 'utf8');
  const shell = /<div id="app">([\s\S]*)<\/div>\s*<script/.exec(page)?.[1];
  const container = document.createElement('div');
  document.body.append(container);
  render(<PopupApp db={freshDb()} />, container);
  const first = container.innerHTML;
  render(null, container);
  container.remove();
  // The page's field also has autofocus: it takes keys before the app starts (which then focuses it itself).
  expect(shell && normalise(shell).replace(' autofocus', '')).toBe(normalise(first));
});
