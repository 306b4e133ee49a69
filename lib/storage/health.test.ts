import { describe, expect, it } from 'vitest';
import { formatBytes, NEARLY_FULL_BYTES_LEFT, storageHealth } from './health';

const MB = 1024 * 1024;
const GB = 1024 * MB;

describe('formatBytes', () => {
  it('reads like the browser’s own figures', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(1023)).toBe('1023 bytes');
    expect(formatBytes(1024)).toBe('1 KB');
    expect(formatBytes(274_846)).toBe('268 KB');
    expect(formatBytes(1.5 * MB)).toBe('1.5 MB');
    expect(formatBytes(12.34 * MB)).toBe('12.3 MB');
    expect(formatBytes(81_250_103_710)).toBe('75.7 GB');
    expect(formatBytes(5000 * GB * 1024)).toBe('5000 TB');
  });
});

describe('storageHealth', () => {
  it('is fine with plenty of room, and adds the extension storage area to the usage', () => {
    const health = storageHealth({ usage: 274_846, quota: 81_250_103_710, persisted: true, localBytes: 138 });
    expect(health).toMatchObject({ level: 'ok', used: 274_984, percent: 0, persisted: true, warning: null });
    expect(health.usageText).toBe('Primed uses 269 KB on this device, with 75.7 GB still free for it.');
    expect(health.protectionText).toBe('Your browser will not clear it to make room.');
  });

  it('says the data may be cleared when the browser has promised nothing', () => {
    const health = storageHealth({ usage: 1000, quota: 10 * GB, persisted: false });
    expect(health.level).toBe('ok');
    expect(health.protectionText).toMatch(/may clear it/);
    expect(health.protectionText).toMatch(/backup/);
  });

  it('warns at 90% of the quota, not just below', () => {
    const quota = 10 * GB;
    expect(storageHealth({ usage: quota * 0.9 - 1, quota, persisted: true }).level).toBe('ok');
    const full = storageHealth({ usage: quota * 0.9, quota, persisted: true });
    expect(full.level).toBe('nearly-full');
    expect(full.percent).toBe(90);
    expect(full.warning).toBe(
      'Storage is nearly full: only 1 GB left (90% used). New entries may not save. Download a backup now, then free up space on this device.',
    );
  });

  it('warns when little is left, even as a small share: an unlimited quota is the free disk space', () => {
    const used = 274_846;
    expect(storageHealth({ usage: used, quota: used + NEARLY_FULL_BYTES_LEFT, persisted: true }).level).toBe('ok');
    const low = storageHealth({ usage: used, quota: used + NEARLY_FULL_BYTES_LEFT - 1, persisted: true });
    expect(low).toMatchObject({ level: 'nearly-full', percent: 0 });
    // The share is not worth naming when it is the bytes left that matter.
    expect(storageHealth({ usage: 10 * MB, quota: 50 * MB, persisted: false }).warning).toMatch(/^Storage is nearly full: only 40 MB left\. New/);
  });

  it('caps a usage above the quota at full, with nothing left', () => {
    const over = storageHealth({ usage: 12 * GB, quota: 10 * GB, persisted: true });
    expect(over).toMatchObject({ level: 'nearly-full', percent: 100, left: 0 });
    expect(over.warning).toMatch(/only 0 bytes left \(100% used\)/);
  });

  it('counts the extension storage area towards full', () => {
    expect(storageHealth({ usage: 0.85 * GB, quota: GB, persisted: true, localBytes: 0.05 * GB }).level).toBe('nearly-full');
  });

  it('does not guess when the quota is 0 or unknown', () => {
    for (const quota of [0, null, Number.NaN, -1, Number.POSITIVE_INFINITY]) {
      const health = storageHealth({ usage: 2048, quota, persisted: false });
      expect(health).toMatchObject({ level: 'unknown', used: 2048, left: null, percent: null, warning: null });
      expect(health.usageText).toBe('Primed uses 2 KB on this device.');
    }
  });

  it('says so when the usage is unknown, and still tells whether the data is protected', () => {
    const health = storageHealth({ usage: null, quota: 10 * GB, persisted: true, localBytes: null });
    expect(health).toMatchObject({ level: 'unknown', used: null, warning: null });
    expect(health.usageText).toBe('Your browser did not say how much space Primed uses.');
    expect(health.protectionText).toBe('Your browser will not clear it to make room.');
  });

  it('uses the extension storage area alone when the estimate is missing', () => {
    expect(storageHealth({ usage: null, quota: null, persisted: false, localBytes: 512 }).usageText).toBe('Primed uses 512 bytes on this device.');
  });
});
