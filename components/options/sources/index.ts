// The options page's side of the source registry (lib/feeds/sources): how
// each kind is described, noted and added. Keyed by the same kinds, so a
// kind without its entry here is a type error.
import type { ComponentChild } from 'preact';
import type { Feed } from '@/lib/feeds/model';
import { SOURCE_KINDS, type FeedSource, type SourceKind, type SourceOf } from '@/lib/feeds/sources';
import { demoSourceUi } from './demo';
import { fileSourceUi } from './file';
import type { SourceAccess, SourceUi } from './types';
import { urlSourceUi } from './url';

export type { SourceFormProps } from './types';

const SOURCE_UI: { [K in SourceKind]: SourceUi<SourceOf<K>> } = { url: urlSourceUi, file: fileSourceUi, demo: demoSourceUi };

/**
 * An entry as code that dispatches on a feed's kind sees it: methods, whose
 * parameters TypeScript checks both ways; each entry only ever gets its own
 * kind, by the lookup below.
 */
interface Dispatch {
  describe(source: FeedSource): string;
  access?(source: FeedSource): SourceAccess | undefined;
  note?(feed: Feed, source: FeedSource): ComponentChild;
}

function uiOf(kind: SourceKind): Dispatch {
  return SOURCE_UI[kind];
}

export function describeSource(source: FeedSource): string {
  return uiOf(source.kind).describe(source);
}

/** The feed's address and host permission, for sources read from a server. */
export function accessOf(feed: Feed): SourceAccess | undefined {
  return uiOf(feed.source.kind).access?.(feed.source);
}

export function noteOf(feed: Feed): ComponentChild {
  return uiOf(feed.source.kind).note?.(feed, feed.source) ?? null;
}

/** The ways to add a calendar at one place on the page, in the registry's order. */
export function sourceForms(place: SourceUi<FeedSource>['place']) {
  return SOURCE_KINDS.filter((kind) => SOURCE_UI[kind].place === place).map((kind) => ({ kind, Form: SOURCE_UI[kind].Form }));
}
