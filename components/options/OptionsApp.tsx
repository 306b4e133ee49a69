import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useShortcut } from '../common/useShortcut';
import { onDataChanged, onDataRead } from '@/lib/browser/changes';
import { notify } from '@/lib/browser/messaging';
import { defaultDb, type Db } from '@/lib/store/db';
import { discardQuarantined, listQuarantined, type QuarantinedRecord } from '@/lib/store/quarantine';
import { loadSettings, settingsItem, updateSettings } from '@/lib/store/settings';
import { describeStoreError } from '../common/storeErrorText';
import { ConfidenceSources } from '../common/ConfidenceSources';
import { CalendarsSection } from './CalendarsSection';
import { MomentsSection } from './MomentsSection';
import { PromptsSection } from './PromptsSection';
import { ExerciseChoiceSection } from './ExerciseChoiceSection';
import { DataSection } from './DataSection';
import { QuarantineList } from './QuarantineList';
import { RulesSection } from './RulesSection';
import { ValuesSection } from './ValuesSection';
import { SupportersSection } from './SupportersSection';
import { ProgramSection } from './ProgramSection';
import { optionsText as t } from './strings';
import { SaveError, useSaved } from './useSaved';
import { Notice } from '../common/Notice';
import { GROUPS, placeOf, type Group } from './sections';
import { GROUP_ICONS } from './groupIcons';

export function OptionsApp({ db = defaultDb() }: { db?: Db }) {
  const settings = useSaved(settingsItem.defaults);
  const shortcut = useShortcut();
  const [quarantined, setQuarantined] = useState<QuarantinedRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [place, setPlace] = useState(() => placeOf(location.hash));

  // The hash is the page's state, so back and forward move between groups.
  useEffect(() => {
    const follow = () => setPlace(placeOf(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);

  // A link to one section inside a group brings that section into view; the
  // browser could not, since the section was hidden when the hash changed.
  useEffect(() => {
    if (place.anchor) document.getElementById(place.anchor)?.scrollIntoView();
    else scrollTo(0, 0);
  }, [place]);

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
    const unwatchChanges = onDataChanged(['quarantine', 'entries', 'feeds'], () => void refreshQuarantine());
    const unwatch = onDataRead('settings', loadSettings, settings.take);
    return () => {
      unwatch();
      unwatchChanges();
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

  const count = quarantined?.length ?? 0;
  const setAside = (
    <section id="set-aside" aria-labelledby="set-aside-heading">
      <h2 id="set-aside-heading">{t.quarantineHeading}</h2>
      <p>{t.quarantineIntro}</p>
      <QuarantineList records={quarantined} onDiscard={discard} />
    </section>
  );
  // Every group stays rendered, only hidden: a half-typed field or an open
  // confirmation in one is still there on coming back to it.
  const panel = (group: Group, children: ComponentChildren) => (
    <div id={`panel-${group}`} class="settings-panel" hidden={place.group !== group}>
      {children}
    </div>
  );

  return (
    <div class="settings">
      <header class="settings-sidebar">
        <p class="settings-brand" aria-hidden="true">
          {t.brand}
        </p>
        <h1 class="settings-title">
          <span class="visually-hidden">{t.brand} </span>
          {t.titleShort}
        </h1>
        <nav class="settings-nav" aria-label={t.navLabel}>
          <ul>
            {GROUPS.map((group) => {
              const Icon = GROUP_ICONS[group];
              return (
                <li key={group}>
                  <a href={`#${group}`} aria-current={place.group === group ? 'page' : undefined}>
                    <span class="settings-nav-label">
                      {Icon && <Icon size={18} aria-hidden="true" />}
                      {t.groups[group]}
                    </span>
                    {group === 'data' && count > 0 && <span class="settings-badge">{t.setAsideBadge(count)}</span>}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      </header>

      <main class="settings-main">
        {error && <Notice tone="error">{error}</Notice>}

        {panel(
          'calendars',
          <>
            <CalendarsSection />
            <MomentsSection />
          </>,
        )}

        {panel(
          'prompts',
          <>
            <PromptsSection />
            <ExerciseChoiceSection />
            <RulesSection />
          </>,
        )}

        {panel(
          'exercises',
          <>
            <ValuesSection />
            <SupportersSection />
            <ProgramSection />
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
          </>,
        )}

        {panel(
          'data',
          <>
            {/* Something set aside is news: it comes first, so it cannot be missed. */}
            {count > 0 && setAside}
            <DataSection />
            {count === 0 && setAside}
          </>,
        )}

        {panel(
          'about',
          <>
            <section id="about" aria-labelledby="about-heading">
              <h2 id="about-heading">{t.aboutHeading}</h2>
              <ConfidenceSources id="how-confidence-grows" headingLevel={3} />
            </section>
            <section id="support" aria-labelledby="support-heading">
              <h2 id="support-heading">{t.supportHeading}</h2>
              <p>
                {t.careNote} <a href="/welcome.html#support">{t.careLink}</a>
              </p>
            </section>
          </>,
        )}
      </main>
    </div>
  );
}
