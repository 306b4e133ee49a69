import '@/lib/zod';
import { render } from 'preact';
import '@/components/styles/base.css';
import '@/components/history/history.css';
import { HistoryApp } from '@/components/history/HistoryApp';

render(<HistoryApp />, document.getElementById('app')!);
