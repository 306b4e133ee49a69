import { useEffect, useState } from 'preact/hooks';
import { useShortcut } from '../common/useShortcut';
import { watchFeeds } from '@/lib/feeds/feed-list';
import { handleMessages, notify } from '@/lib/messages';
import { defaultDb, type Db } from '@/lib/store/db';
import { discardQuarantined, listQuarantined, type QuarantinedRecord } from '@/lib/store/quarantine';
import { loadSettings, settingsItem, updateSettings, watchSettings } from '@/lib/store/settings';
import { describeStoreError } from '../common/storeErrorText';
import { ConfidenceSources } from '../common/ConfidenceSources';
import { CalendarsSection } from './CalendarsSection';
import { MomentsSection } from './MomentsSection';
import { PromptsSection } from './PromptsSection';
import { DataSection } from './DataSection';
import { QuarantineList } from './QuarantineList';
import { RulesSection } from './RulesSection';
import { ValuesSection } from './ValuesSection';
import { optionsText as t } from './strings';
import { SaveError, useSaved } from './useSaved';
import { Notice } from '../common/Notice';

export function OptionsApp({ db = defaultDb() }: { db?: Db }) {
  const settings = useSaved(settingsItem.defaults);
  const shortcut = useShortcut();
  const [quarantined, setQuarantined] = useState<QuarantinedRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function refreshQuarantine() {
    try {
      setQuarantined(await listQuarantined(db));
    } catch (err) {
      setQuarantined([]);
      setError(`${t.loadFailed} ${describeStoreError(err)}`);
    }
  }

  useEffect(() => {
    // Settings first: reading them is what sets aside settings that are damaged.
    loadSettings()
      .then(settings.take, (err: unknown) => setError(describeStoreError(err)))
      .finally(() => void refreshQuarantine());
    // The calendar list is read by its own section; a damaged one is removed
    // from storage once it is set aside, which this hears.
    const unwatchFeeds = watchFeeds(() => void refreshQuarantine());
    const unwatch = watchSettings(settings.take);
    const unhandle = handleMessages({
      'data/changed': ({ area }) => {
        if (area === 'quarantine' || area === 'entries') void refreshQuarantine();
        return null;
      },
    });
    return () => {
      unwatch();
      unwatchFeeds();
      unhandle();
    };
  }, []);

  const toggleStreak = (showStreak: boolean) => settings.save({ ...settings.value, showStreak }, () => updateSettings({ showStreak }));

  async function discard(id: string) {
    try {
      await discardQuarantined(db, id);
      void notify('data/changed', { area: 'quarantine' });
      await refreshQuarantine();
    } catch (err) {
      setError(describeStoreError(err));
    }
  }

  return (
    <main class="page">
      <h1>{t.title}</h1>
      {error && (
        <Notice tone="error">
          {error}
        </Notice>
      )}

      <section id="toolbar" aria-labelledby="toolbar-heading">
        <h2 id="toolbar-heading">{t.toolbarHeading}</h2>
        <label class="check">
          <input
            type="checkbox"
            checked={settings.value.showStreak}
            aria-describedby="streak-hint"
            onChange={(e) => void toggleStreak(e.currentTarget.checked)}
          />
          <span>{t.showStreak}</span>
        </label>
        <SaveError error={settings.error} />
        <p id="streak-hint" class="muted">
          {t.showStreakHint}
        </p>
        <p>
          {shortcut ? t.shortcut(shortcut) : t.noShortcut} <span class="muted">{t.shortcutHint}</span>
        </p>
      </section>

      <CalendarsSection />

      <RulesSection />

      <MomentsSection />

      <PromptsSection />

      <ValuesSection />

      <DataSection />

      <section id="about" aria-labelledby="about-heading">
        <h2 id="about-heading">{t.aboutHeading}</h2>
        <ConfidenceSources id="how-confidence-grows" headingLevel={3} />
      </section>

      <Notice>
        {t.careNote} <a href="/welcome.html#support">{t.careLink}</a>
      </Notice>

      <section id="set-aside" aria-labelledby="set-aside-heading">
        <h2 id="set-aside-heading">{t.quarantineHeading}</h2>
        <p>{t.quarantineIntro}</p>
        <QuarantineList records={quarantined} onDiscard={discard} />
      </section>
    </main>
  );
}
