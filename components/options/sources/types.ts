import type { ComponentChild, FunctionComponent } from 'preact';
import type { Feed } from '@/lib/feeds/model';

/** What the Calendars section gives each source's way of adding a calendar. */
export interface SourceFormProps {
  feeds: readonly Feed[];
  /** Saves a new calendar, syncs it and shows it. Throws what saving threw. */
  add(feed: Feed): Promise<void>;
  /** Shows a problem above the list of calendars, or clears it. */
  report(problem: string | null): void;
  refresh(): Promise<void>;
}

/** Where a feed is read from and the host permission that reading needs. */
export interface SourceAccess {
  url: string;
  hostPermission: string;
}

/** How the options page shows and adds one kind of calendar source. */
export interface SourceUi<S> {
  /** What kind of calendar this is, under its name. */
  describe(source: S): string;
  /** For sources read from a server: its address (never shown) and permission. */
  access?(source: S): SourceAccess | undefined;
  /** A note under the calendar in the list, if its source calls for one. */
  note?(feed: Feed, source: S): ComponentChild;
  /** The way to add one: an offer right under the list, or a form under "Add a calendar". */
  place: 'under-list' | 'add';
  Form: FunctionComponent<SourceFormProps>;
}
