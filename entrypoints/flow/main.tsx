import '@/lib/zod';
import { render } from 'preact';
import '@/components/styles/base.css';
import '@/components/styles/controls.css';
import '@/components/flows/flows.css';
import { FlowPage } from '@/components/flows/FlowPage';

render(<FlowPage />, document.getElementById('app')!);
