import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { browserApi } from '@/lib/ui/api';
import '@/assets/ui.css';
import './popup.css';

render(<PopupApp api={browserApi()} />, document.getElementById('app')!);
