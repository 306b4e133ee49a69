import { describe, expect, it } from 'vitest';
import { closeBrowserAfterEach, launch, type Launched } from './harness';

let app: Launched | undefined;

closeBrowserAfterEach(() => app, () => (app = undefined));

const USAGE_LINE =
  /^Primed uses \d+(\.\d+)? (bytes|KB|MB) on this device, with \d+(\.\d+)? (MB|GB|TB) still free for it\. Your browser will not clear it to make room\.$/;

describe('Chromium: storage the browser will not clear', () => {
  it('shows in the settings how much space Primed uses and that it is protected', async () => {
    app = await launch();
    const options = await app.context.newPage();
    await options.goto(app.url('options.html#data'));
    const data = options.getByRole('region', { name: 'Your data' });
    const line = data.getByText(/^Primed uses /);
    await expect.poll(() => line.count()).toBe(1);
    expect(await line.textContent()).toMatch(USAGE_LINE);
    expect(await data.getByRole('alert').count()).toBe(0);

    // What the line rests on, as Chromium really has it: persisted() stays
    // false for an extension, but the unlimitedStorage grant exempts it from
    // eviction and lifts the quota from a share of the disk to its free space.
    const real = await options.evaluate(async () => ({
      unlimited: await chrome.permissions.contains({ permissions: ['unlimitedStorage'] }),
      quota: (await navigator.storage.estimate()).quota ?? 0,
      localBytes: await chrome.storage.local.getBytesInUse(null),
    }));
    expect(real.unlimited).toBe(true);
    expect(real.quota).toBeGreaterThan(100 * 1024 * 1024);
    expect(real.localBytes).toBeGreaterThan(0);
  });

  it('warns with the figures when the browser reports storage nearly full', async () => {
    app = await launch();
    const options = await app.context.newPage();
    // The disk cannot be filled for a test, so the page is told it nearly is.
    await options.addInitScript(() => {
      const GB = 1024 ** 3;
      navigator.storage.estimate = () => Promise.resolve({ usage: 9.5 * GB, quota: 10 * GB });
    });
    await options.goto(app.url('options.html#data'));
    const data = options.getByRole('region', { name: 'Your data' });
    const alert = data.getByRole('alert');
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toBe(
      'Storage is nearly full: only 512 MB left (95% used). New entries may not save. Download a backup now, then free up space on this device.',
    );
    expect(await data.getByText(/^Primed uses 9\.5 GB on this device, with 512 MB still free for it\./).count()).toBe(1);
  });
});
