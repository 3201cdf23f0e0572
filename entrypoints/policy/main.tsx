import { render } from 'preact';
import { PolicyApp } from '@/components/policy/PolicyApp';
import { browserApi } from '@/lib/ui/api';
import policyText from '@/assets/social-media-policy.txt?raw';
import '@/assets/ui.css';
import './policy.css';

render(<PolicyApp api={browserApi()} source={policyText} />, document.getElementById('app')!);
