// A picture beside each settings group in the side navigation, so the groups
// can be told apart at a glance. A group added later shows its name alone
// until it has one.
import { BellRing, CalendarDays, Database, Dumbbell, Info } from 'lucide-preact';
import type { LucideIcon } from 'lucide-preact';
import type { Group } from './sections';

export const GROUP_ICONS: Readonly<Partial<Record<Group, LucideIcon>>> = {
  calendars: CalendarDays,
  prompts: BellRing,
  // The popup's navigation shows the exercises with the same picture.
  exercises: Dumbbell,
  data: Database,
  about: Info,
};
