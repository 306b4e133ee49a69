// Every kind of calendar source goes through a backup and back: written
// whole when the user includes calendar addresses, with its secret masked
// when not, and accepted by the import either way. A kind added to the
// registry without a sample here is a type error, so none is left untested.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { freshDb } from '../../tests/unit/helpers';
import { loadFeeds, saveFeeds } from '../feeds/feed-list';
import type { Feed } from '../feeds/model';
import { maskedKindOf, SOURCE_KINDS, type SourceKind, type SourceOf } from '../feeds/sources';
import { buildBackup, readBackupData, toJson } from './backup';
import { applyImport, parseBackup, previewImport } from './import';

const T0 = Date.parse('2026-11-23T09:00:00Z');

const SAMPLES: { [K in SourceKind]: SourceOf<K> } = {
  url: { kind: 'url', url: 'https://calendar.example.com/ical/private-5ecre7t0ken/basic.ics' },
  file: { kind: 'file', fileName: 'exams-5ecre7.ics' },
  demo: { kind: 'demo' },
};

/** The source's own values, which a masked backup must not contain. */
function secretsOf(source: SourceOf<SourceKind>): string[] {
  return Object.entries(source).flatMap(([field, value]) => (field !== 'kind' && typeof value === 'string' ? [value] : []));
}

function feedOf(kind: SourceKind): Feed {
  return { id: `feed-${kind}`, name: `My ${kind} calendar`, source: SAMPLES[kind], enabled: true, addedAt: T0 };
}

/** A backup of a store holding only this feed, read back as the import reads a file. */
async function backupOf(feed: Feed, includeCalendarAddresses: boolean) {
  await saveFeeds([feed]);
  const text = toJson(buildBackup(await readBackupData(freshDb()), { includeCalendarAddresses, now: T0 }));
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return { text, backup: parsed.backup };
}

/** The feed list after importing the backup into an empty Primed. */
async function imported(backup: Awaited<ReturnType<typeof backupOf>>['backup']) {
  fakeBrowser.reset();
  const db = freshDb();
  const preview = await previewImport(db, backup);
  await applyImport(db, backup);
  return { preview, feeds: await loadFeeds() };
}

describe('every calendar source in a backup', () => {
  it('knows the registered kinds', () => {
    expect(SOURCE_KINDS.length).toBeGreaterThan(0);
    expect(Object.keys(SAMPLES).sort()).toEqual([...SOURCE_KINDS].sort());
  });

  describe.each(SOURCE_KINDS)('a %s source', (kind) => {
    const maskedKind = maskedKindOf(kind);

    it('comes back whole from a backup with calendar addresses', async () => {
      const feed = feedOf(kind);
      const { backup } = await backupOf(feed, true);
      expect(backup.feeds).toEqual([feed]);
      const after = await imported(backup);
      expect(after.feeds).toEqual([feed]);
      expect(after.preview.feedsWithoutAddress).toBe(0);
    });

    it('keeps its secret out of a backup without calendar addresses, and the import accepts it', async () => {
      const feed = feedOf(kind);
      const { text, backup } = await backupOf(feed, false);
      const after = await imported(backup);
      if (maskedKind) {
        expect(backup.feeds[0]?.source).toEqual({ kind: maskedKind });
        for (const secret of secretsOf(feed.source)) expect(text).not.toContain(secret);
        // Without its secret it cannot be brought back, and the preview says so.
        expect(after.feeds).toEqual([]);
        expect(after.preview.feedsWithoutAddress).toBe(1);
      } else {
        expect(backup.feeds).toEqual([feed]);
        expect(after.feeds).toEqual([feed]);
        expect(after.preview.feedsWithoutAddress).toBe(0);
      }
    });

    it('is refused unmasked in a file that says it holds no calendar addresses', async () => {
      const { backup } = await backupOf(feedOf(kind), true);
      const claimed = parseBackup(JSON.stringify({ ...backup, includesCalendarAddresses: false }));
      expect(claimed.ok).toBe(maskedKind === undefined);
    });
  });
});
