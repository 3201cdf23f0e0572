import { render } from 'preact';
import { PracticeApp } from '@/components/practice/PracticeApp';
import { browserApi } from '@/lib/ui/api';
import '@/assets/ui.css';
import './practice.css';

render(<PracticeApp api={browserApi()} />, document.getElementById('app')!);
