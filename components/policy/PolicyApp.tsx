/** The policy page in the person's language (headings and notes; the policy text is English). */
import { useEffect } from 'preact/hooks';
import type { UiApi } from '@/lib/ui/api';
import { useSettings } from '../common/useSettings';
import { PolicyPage } from './PolicyPage';

/** Renders the policy and, once it is on screen, goes to the section named in the address. */
export function PolicyApp({ api, source }: { api: UiApi; source: string }) {
  const { lang } = useSettings(api);
  useEffect(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    target?.scrollIntoView();
    target?.focus({ preventScroll: true });
  }, []);
  return <PolicyPage source={source} lang={lang} />;
}
