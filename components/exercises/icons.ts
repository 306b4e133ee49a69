// A picture for each exercise, shared by the popup's list and the exercise's
// own first screen, so one exercise always looks the same. Named imports keep
// the bundle to these icons alone; a new exercise gets a plain spark until it
// has its own.
import { Clapperboard, Compass, Gauge, Heart, HeartHandshake, Lightbulb, ListChecks, MessageSquare, Sparkles, Sprout, Users, Zap } from 'lucide-preact';
import type { LucideIcon } from 'lucide-preact';
import { FLOW_IDS, type FlowId } from '@/lib/exercises/ids';

const ICONS = {
  [FLOW_IDS.affirmation]: Heart,
  // Energy to use, not breath to slow.
  [FLOW_IDS.stress]: Zap,
  [FLOW_IDS.reframe]: Lightbulb,
  [FLOW_IDS.feedback]: MessageSquare,
  [FLOW_IDS.setback]: Sprout,
  [FLOW_IDS.selfCheck]: Gauge,
  [FLOW_IDS.rehearsal]: Clapperboard,
  [FLOW_IDS.problemSolving]: ListChecks,
  [FLOW_IDS.roleModel]: Users,
  [FLOW_IDS.reachOut]: HeartHandshake,
  [FLOW_IDS.valuesClarification]: Compass,
} satisfies Partial<Record<FlowId, LucideIcon>>;

// Looked up by any id: a stored entry may name an exercise this version lacks.
const BY_ID: Readonly<Record<string, LucideIcon | undefined>> = ICONS;

export function flowIcon(id: string): LucideIcon {
  return BY_ID[id] ?? Sparkles;
}
