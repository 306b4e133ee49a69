// Only the shell and the field load before the first paint: the schemas and
// the store follow it (see PopupApp's open()).
import { render } from 'preact';
import '@/components/styles/base.css';
import '@/components/popup/popup.css';
import { PopupApp } from '@/components/popup/PopupApp';

render(<PopupApp />, document.getElementById('app')!);
