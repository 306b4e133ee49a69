import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessages, request } from './messaging';

describe('message map', () => {
  it('delivers a typed request to its handler and returns the answer', async () => {
    const opened: string[] = [];
    const stop = handleMessages({
      'page/open': ({ page, section }) => {
        opened.push(`${page}#${section ?? ''}`);
        return null;
      },
    });
    await expect(request('page/open', { page: 'options', section: 'data' })).resolves.toBeUndefined();
    expect(opened).toEqual(['options#data']);
    stop();
  });

  it('rejects a malformed payload before the handler sees it', async () => {
    let called = false;
    const stop = handleMessages({
      'page/open': () => {
        called = true;
        return null;
      },
    });
    await expect(fakeBrowser.runtime.sendMessage({ type: 'page/open', payload: { page: 'nowhere' } })).rejects.toThrow(
      /Malformed page\/open/,
    );
    expect(called).toBe(false);
    stop();
  });

  it('leaves messages it does not know to other listeners', async () => {
    const stop = handleMessages({ 'page/open': () => null });
    const other = (message: unknown) => (message === 'hello' ? Promise.resolve('hi') : undefined);
    fakeBrowser.runtime.onMessage.addListener(other);
    await expect(fakeBrowser.runtime.sendMessage('hello')).resolves.toBe('hi');
    stop();
  });
});
