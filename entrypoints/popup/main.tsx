// Only the shell and the field load before the first paint: the schemas and
// the store follow it (see PopupApp's open()).
import { hydrate } from 'preact';
import '@/components/styles/base.css';
import '@/components/popup/popup.css';
import { PopupApp } from '@/components/popup/PopupApp';

// The page already shows the first screen (index.html): the app takes it over.
hydrate(<PopupApp />, document.getElementById('app')!);
