// Opening Primed's own pages. Browser wiring: used by the background only.
import { browser } from 'wxt/browser';
import { flowPath, type FlowRequest } from '../exercises/url';
import type { Page } from '../messages';

const pagePaths = {
  welcome: '/welcome.html',
  options: '/options.html',
  journal: '/journal.html',
} as const satisfies Record<Page, string>;

function pageUrl(page: Page, section?: string): string {
  const url = browser.runtime.getURL(pagePaths[page]);
  return section ? `${url}#${encodeURIComponent(section)}` : url;
}

export async function openPage(page: Page, section?: string): Promise<void> {
  await browser.tabs.create({ url: pageUrl(page, section) });
}

/**
 * Opens an exercise in a window of its own: moving focus elsewhere does not
 * close it, as it would close the toolbar popup.
 */
export async function openFlowWindow(request?: FlowRequest): Promise<void> {
  const path = request ? flowPath(request) : '/flow.html';
  await browser.windows.create({ url: browser.runtime.getURL(path), type: 'popup', width: 480, height: 720 });
}
