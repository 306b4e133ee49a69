import '@/lib/zod';
import { render } from 'preact';
import '@/components/styles/base.css';
import '@/components/styles/controls.css';
import '@/components/options/options.css';
import { OptionsApp } from '@/components/options/OptionsApp';

render(<OptionsApp />, document.getElementById('app')!);
