// Opening Primed's own pages. Browser wiring: used by the background only.
import { browser } from 'wxt/browser';
import type { Page } from './messages';

const pagePaths = {
  welcome: '/welcome.html',
  options: '/options.html',
} as const satisfies Record<Page, string>;

export function pageUrl(page: Page, section?: string): string {
  const url = browser.runtime.getURL(pagePaths[page]);
  return section ? `${url}#${encodeURIComponent(section)}` : url;
}

export async function openPage(page: Page, section?: string): Promise<void> {
  await browser.tabs.create({ url: pageUrl(page, section) });
}
