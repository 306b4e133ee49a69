import '@/lib/zod';
import { render } from 'preact';
import '@/components/styles/base.css';
import '@/components/styles/controls.css';
import '@/components/exercises/exercises.css';
import { FlowPage } from '@/components/exercises/FlowPage';

render(<FlowPage />, document.getElementById('app')!);
