/** The settings the organisation locked, by name. */
import type { Lang } from '@/lib/types';
import { pick } from '@/lib/i18n';
import { settingLabel } from '../common/ProblemList';
import { STRINGS } from './strings';

/** A read-only list of locked settings. */
export function LockedList({ names, lang }: { names: string[]; lang: Lang }) {
  const t = pick(STRINGS, lang);
  if (!names.length) return <p>{t('noneLocked')}</p>;
  return (
    <>
      <p>{t('lockedList')}</p>
      <ul data-testid="locked-list">
        {names.map((n) => (
          <li key={n}>
            {settingLabel(n, lang)} (<code>{n}</code>)
          </li>
        ))}
      </ul>
    </>
  );
}
