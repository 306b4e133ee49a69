// The people the user can lean on, and what each is good for. Kept short on
// purpose: the seed's support system is a handful of names you would actually
// call, sorted by the kind of help they give, not an address book.
import { timeOrderedId } from '../ids';
import { loadItem, saveItem, type ItemDeps } from '../store/local-item';
import type { VersionedItem } from '../store/versioned';
import { z } from '../zod';
import { KEY_MAX, MAX_SUPPORTERS, SUPPORTER_NAME_MAX, SUPPORTER_NOTE_MAX } from '../limits';

export const SUPPORT_KINDS = ['listener', 'mentor', 'practical'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

/** Each kind in a few words, for the settings and the reach-out exercise. */
export const SUPPORT_KIND_NAMES: Record<SupportKind, string> = {
  listener: 'Listens',
  mentor: 'Has done this',
  practical: 'Practical help',
};

export const Supporter = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(KEY_MAX)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(SUPPORTER_NAME_MAX)),
  kind: z.enum(SUPPORT_KINDS),
  note: z.optional(z.string().check(z.maxLength(SUPPORTER_NOTE_MAX))),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Supporter = z.infer<typeof Supporter>;

export const supportersItem: VersionedItem<Supporter[]> = {
  key: 'supporters',
  version: 1,
  schema: z.array(Supporter).check(
    z.maxLength(MAX_SUPPORTERS),
    z.refine((list) => new Set(list.map((s) => s.id)).size === list.length, 'each supporter once'),
  ),
  defaults: [],
  migrations: [],
};

export function loadSupporters(deps: ItemDeps = {}): Promise<Supporter[]> {
  return loadItem(supportersItem, deps);
}

export function saveSupporters(list: Supporter[], deps: ItemDeps = {}): Promise<Supporter[]> {
  return saveItem(supportersItem, list, deps);
}

/** Adds a person at the end; a blank name, or a full list, changes nothing. */
export function addSupporter(list: readonly Supporter[], name: string, kind: SupportKind, now: number, random?: () => number): Supporter[] {
  const clean = name.trim();
  if (!clean || list.length >= MAX_SUPPORTERS) return [...list];
  return [...list, { id: timeOrderedId(now, random), name: clean, kind, createdAt: now, updatedAt: now }];
}

/** Changes one person's kind of support or note; an empty note is dropped rather than kept as "". */
export function editSupporter(list: readonly Supporter[], id: string, patch: { kind?: SupportKind; note?: string }, now: number): Supporter[] {
  return list.map((s) => {
    if (s.id !== id) return s;
    const note = patch.note === undefined ? s.note : patch.note.trim() ? patch.note : undefined;
    const next: Supporter = { id: s.id, name: s.name, kind: patch.kind ?? s.kind, createdAt: s.createdAt, updatedAt: now };
    return note === undefined ? next : { ...next, note };
  });
}

export function removeSupporter(list: readonly Supporter[], id: string): Supporter[] {
  return list.filter((s) => s.id !== id);
}

/** Both lists by id; on the same person, the later edit. Used when a backup comes back. */
export function mergeSupporters(mine: readonly Supporter[], theirs: readonly Supporter[]): Supporter[] {
  const merged = new Map(mine.map((s) => [s.id, s]));
  for (const s of theirs) {
    const current = merged.get(s.id);
    if (!current || s.updatedAt > current.updatedAt) merged.set(s.id, s);
  }
  return [...merged.values()];
}
