// What an exercise's fields hold, as a draft or a finished exercise keeps
// them. Pure: the flows, the journal and the store share it without pulling
// in storage.
import { ANSWER_MAX, KEY_MAX, MAX_FIELDS } from '../limits';
import { z } from '../zod';

/** What one field of a form can hold: text, a number, a choice, a set of picks. */
const FieldText = z.string().check(z.maxLength(ANSWER_MAX));
export const DraftValue = z.union([FieldText, z.number(), z.boolean(), z.null(), z.array(FieldText).check(z.maxLength(MAX_FIELDS))]);

const Key = z.string().check(z.minLength(1), z.maxLength(KEY_MAX));

/** The fields of a form by name, as a draft or a finished exercise keeps them. */
export const DraftFields = z.record(Key, DraftValue).check(
  z.refine((fields) => Object.keys(fields).length <= MAX_FIELDS, `at most ${MAX_FIELDS} fields`),
);
export type DraftValue = z.infer<typeof DraftValue>;
