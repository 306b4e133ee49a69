import '@/lib/zod';
import '@/components/styles/base.css';
import '@/components/styles/controls.css';
import '@/components/journal/journal.css';
import { readFirstRows } from '@/lib/journal/first-rows';
import { planKeyOf } from '@/lib/prep/address';
import { isProgramAddress } from '@/lib/program/address';

// For the history benchmark: when the page's own code starts, after the browser has loaded it.
performance.mark('history-script');
const planKey = planKeyOf(location.hash);
if (planKey !== undefined) {
  // An event's prep plan: the journal's own code is not needed for it.
  const [{ render }, { PrepPlanPage }] = await Promise.all([import('preact'), import('@/components/prep/PrepPlanPage')]);
  render(<PrepPlanPage eventKey={planKey} />, document.getElementById('app')!);
} else if (isProgramAddress(location.hash)) {
  // The 30-day program: like a prep plan, a page of its own on the journal's address.
  const [{ render }, { ProgramPage }] = await Promise.all([import('preact'), import('@/components/program/ProgramPage')]);
  render(<ProgramPage />, document.getElementById('app')!);
} else {
  // The first rows are read while the rest of the page's code loads.
  const firstRows = readFirstRows();
  const [{ render }, { JournalApp }] = await Promise.all([import('preact'), import('@/components/journal/JournalApp')]);
  render(<JournalApp firstRows={firstRows} />, document.getElementById('app')!);
}
