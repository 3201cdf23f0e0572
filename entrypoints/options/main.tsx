import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { browserApi } from '@/lib/ui/api';
import '@/assets/ui.css';
import './options.css';

render(<OptionsApp api={browserApi()} />, document.getElementById('app')!);
