import { render } from 'preact';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';
import { browserApi } from '@/lib/ui/api';
import '@/assets/ui.css';
import '../practice/practice.css';
import './welcome.css';

render(<WelcomeApp api={browserApi()} />, document.getElementById('app')!);
