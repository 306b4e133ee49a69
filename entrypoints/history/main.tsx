import '@/lib/zod';
import { render } from 'preact';
import '@/components/styles/base.css';
import '@/components/history/history.css';
import { HistoryApp, readFirstRows } from '@/components/history/HistoryApp';

// For the history benchmark: when the page's own code starts, after the browser has loaded it.
performance.mark('history-script');
// Reading starts before the page renders anything.
const firstRows = readFirstRows();
render(<HistoryApp firstRows={firstRows} />, document.getElementById('app')!);
