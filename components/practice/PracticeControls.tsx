/** Site, account and kind of message of the practice box. */
import type { Lang } from '@/lib/types';
import { pick, type Strings } from '@/lib/i18n';
import type { Draft } from './PracticeBox';

const STRINGS: Strings<
  'site' | 'account' | 'surface' | 'personal' | 'official' | 'post' | 'reply' | 'comment' | 'message' | 'quote'
> = {
  en: {
    site: 'Site',
    account: 'Account',
    surface: 'Writing a',
    personal: 'Personal',
    official: 'Official (department)',
    post: 'post',
    reply: 'reply',
    comment: 'comment',
    message: 'direct message',
    quote: 'quote or share',
  },
  fr: {
    site: 'Site',
    account: 'Compte',
    surface: 'Rédaction d’un',
    personal: 'Personnel',
    official: 'Officiel (ministère)',
    post: 'publication',
    reply: 'réponse',
    comment: 'commentaire',
    message: 'message privé',
    quote: 'partage ou citation',
  },
};

/** Three small choices above the box. */
export function PracticeControls({ draft, onDraft, lang }: { draft: Draft; onDraft: (d: Draft) => void; lang: Lang }) {
  const t = pick(STRINGS, lang);
  return (
    <div class="controls">
      <label>
        {t('site')}{' '}
        <select
          value={draft.site}
          onChange={(e) => onDraft({ ...draft, site: e.currentTarget.value as Draft['site'] })}
        >
          <option value="facebook">Facebook</option>
          <option value="x">X</option>
          <option value="youtube">YouTube</option>
        </select>
      </label>
      <label>
        {t('account')}{' '}
        <select
          value={draft.account}
          onChange={(e) => onDraft({ ...draft, account: e.currentTarget.value as Draft['account'] })}
        >
          <option value="personal">{t('personal')}</option>
          <option value="official">{t('official')}</option>
        </select>
      </label>
      <label>
        {t('surface')}{' '}
        <select
          value={draft.surface}
          onChange={(e) => onDraft({ ...draft, surface: e.currentTarget.value as Draft['surface'] })}
        >
          {(['post', 'reply', 'comment', 'message', 'quote'] as const).map((s) => (
            <option key={s} value={s}>
              {t(s)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
