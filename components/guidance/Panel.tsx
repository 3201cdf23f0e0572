/** The panel the badge opens: the account line, each item, and the outcome of the last fix. */
import type { Ref } from 'preact';
import type { GuidanceActions, GuidanceView, Notice } from '@/lib/compose/view';
import type { Translate } from './strings';
import { FindingItem } from './FindingItem';

export interface PanelProps {
  id: string;
  view: GuidanceView;
  actions: GuidanceActions;
  t: Translate;
  onClose(): void;
  panelRef?: Ref<HTMLDivElement>;
  noticeRef?: Ref<HTMLDivElement>;
}

function AccountLine({ view, actions, t }: Pick<PanelProps, 'view' | 'actions' | 't'>) {
  const { account } = view;
  const other = account.kind === 'personal' ? 'official' : 'personal';
  return (
    <div class="account">
      <p>{t('postingAs', { account: t(account.kind) })}</p>
      {account.source === 'default' && <p class="hint">{t('sourceDefault')}</p>}
      {account.source === 'official-match' && <p class="hint">{t('sourceMatch')}</p>}
      {account.canSwitch && (
        <button type="button" class="link" onClick={() => actions.setAccount(other)}>
          {t(other === 'official' ? 'toOfficial' : 'toPersonal')}
        </button>
      )}
    </div>
  );
}

function NoticeLine({ notice, t }: { notice: Notice; t: Translate }) {
  switch (notice.kind) {
    case 'fixed':
      return <p>{t('fixed')}</p>;
    case 'copied':
      return <p>{t('copied')}</p>;
    case 'account-refused':
      return <p>{t('accountRefused', { reason: notice.reason ?? '' })}</p>;
    case 'failed':
      return (
        <>
          <p>{t('failed')}</p>
          <textarea readOnly rows={4} value={notice.text} aria-label={t('failed')} />
        </>
      );
  }
}

export function Panel({ id, view, actions, t, onClose, panelRef, noticeRef }: PanelProps) {
  return (
    <div
      id={id}
      ref={panelRef}
      class="panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
    >
      <div class="panel-head">
        <h2 id={`${id}-title`}>{t('title')}</h2>
        <button type="button" class="close" aria-label={t('close')} title={t('close')} onClick={onClose}>
          ×
        </button>
      </div>
      <AccountLine view={view} actions={actions} t={t} />
      <div ref={noticeRef} class="notice" tabIndex={-1}>
        {view.notice && <NoticeLine notice={view.notice} t={t} />}
      </div>
      {view.items.length === 0 ? (
        <p class="clear">{t('allClear')}</p>
      ) : (
        <ul class="items">
          {view.items.map((item, i) => (
            <FindingItem
              key={item.key}
              index={i}
              item={item}
              t={t}
              busy={view.busy}
              policyUrl={actions.policyUrl(item.policyRef.anchor)}
              onFix={() => actions.applyFix(item)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
