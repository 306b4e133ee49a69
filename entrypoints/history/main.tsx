import '@/lib/zod';
import { render } from 'preact';
import '@/components/styles/base.css';
import '@/components/history/history.css';
import { HistoryApp, readFirstRows } from '@/components/history/HistoryApp';

// Reading starts before the page renders anything.
const firstRows = readFirstRows();
render(<HistoryApp firstRows={firstRows} />, document.getElementById('app')!);
