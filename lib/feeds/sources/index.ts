// The registry of calendar sources. A new kind of source is a module beside
// these and one entry here; the type checks below fail until the schemas, the
// backup's forms and the options page's forms (components/options/sources)
// all know it.
import { z } from '../../zod';
import { demoSource } from './demo';
import { fileSource } from './file';
import type { ReadContext, ReadOutcome, SourceDefinition } from './types';
import { urlSource } from './url';

const SOURCES = { url: urlSource, file: fileSource, demo: demoSource } as const;
export type SourceKind = keyof typeof SOURCES;
export const SOURCE_KINDS = Object.keys(SOURCES) as SourceKind[];

/** Every entry is filed under its own kind. */
const filedUnderKind: { [K in SourceKind]: SourceDefinition<(typeof SOURCES)[K]['schema'], z.ZodMiniObject> & { kind: K } } = SOURCES;
void filedUnderKind;

export const FeedSource = z.discriminatedUnion('kind', [urlSource.schema, fileSource.schema, demoSource.schema]);
export type FeedSource = z.infer<typeof FeedSource>;
export type SourceOf<K extends SourceKind> = Extract<FeedSource, { kind: K }>;

type Masked = NonNullable<(typeof SOURCES)[SourceKind] extends infer D ? (D extends { masked: { schema: infer M } } ? M : never) : never>;
/** The forms sources take in a backup made without secrets. */
const MaskedSource = z.union([urlSource.masked.schema]);
type MaskedSource = z.infer<typeof MaskedSource>;

/** A source as a backup holds it: as it is, or masked. */
export const BackupSource = z.union([FeedSource, MaskedSource]);
export type BackupSource = z.infer<typeof BackupSource>;

// A kind left out of the union above is a type error here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const everySchema: Same<FeedSource['kind'], SourceKind> & Same<MaskedSource, z.infer<Masked>> = true;
void everySchema;

/**
 * A definition as the code that dispatches on a source's kind sees it. Its
 * members are methods, whose parameters TypeScript checks both ways: each
 * definition takes only its own kind, which `filedUnderKind` above and the
 * lookup by `source.kind` below guarantee.
 */
interface Dispatch {
  readText(source: FeedSource, context: ReadContext): Promise<ReadOutcome>;
  masked?: { kind: string; mask(source: FeedSource): MaskedSource };
}

function definitionOf(kind: SourceKind): Dispatch {
  return SOURCES[kind];
}

/** Reads a source's text the way its kind does. */
export function readSourceText(source: FeedSource, context: ReadContext): Promise<ReadOutcome> {
  return definitionOf(source.kind).readText(source, context);
}

const MASKED_KINDS: ReadonlySet<string> = new Set(SOURCE_KINDS.flatMap((kind) => definitionOf(kind).masked?.kind ?? []));

/** The source as a backup without secrets holds it. */
export function maskSource(source: FeedSource): BackupSource {
  const masked = definitionOf(source.kind).masked;
  return masked ? masked.mask(source) : source;
}

/** Whether a backup's source stands for one whose secret was left out. */
export function isMasked(source: BackupSource): source is MaskedSource {
  return MASKED_KINDS.has(source.kind);
}

/** Whether a source holds a secret that a backup without secrets must not. */
export function holdsSecret(source: BackupSource): boolean {
  return !isMasked(source) && definitionOf(source.kind).masked !== undefined;
}

/** The source a backup's record brings back, or undefined when its secret was left out. */
export function restoreSource(source: BackupSource): FeedSource | undefined {
  return isMasked(source) ? undefined : source;
}

/** The kind a backup without secrets gives this kind of source, or undefined when it goes in as it is. */
export function maskedKindOf(kind: SourceKind): string | undefined {
  return definitionOf(kind).masked?.kind;
}
