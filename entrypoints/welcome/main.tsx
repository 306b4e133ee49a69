import '@/lib/zod';
import { render } from 'preact';
import '@/components/styles/base.css';
import '@/components/styles/controls.css';
import '@/components/welcome/welcome.css';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';

render(<WelcomeApp />, document.getElementById('app')!);
