/**
 * A sample compose box: the person types a draft, Postwise evaluates it
 * through the background (exactly as on the sites, after the same typing
 * pause) and shows the same guidance beside it. Fixes edit the draft.
 * Nothing is posted and nothing leaves the browser.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding, Lang, Site, Surface } from '@/lib/types';
import type { UiApi } from '@/lib/ui/api';
import { isoWithOffset } from '@/lib/ui/time';
import { itemsOf, topSeverity, type GuidanceActions, type GuidanceView, type Notice } from '@/lib/compose/view';
import { applyToText } from '@/lib/compose/apply';
import { DEBOUNCE_MS } from '@/lib/compose/session';
import { ShadowGuidance } from './ShadowGuidance';
import { PracticeControls } from './PracticeControls';

/** The practice box's text and where it is "posted". */
export interface Draft {
  text: string;
  site: Exclude<Site, 'other'>;
  account: 'personal' | 'official';
  surface: Surface;
}

/** The compose box with its controls and guidance; `draft` changes when an example is loaded. */
export function PracticeBox(props: {
  api: UiApi;
  lang: Lang;
  draft: Draft;
  onDraft: (d: Draft) => void;
  label: string;
}) {
  const { api, lang, draft, onDraft, label } = props;
  const [findings, setFindings] = useState<{ text: string; list: Finding[] }>({ text: '', list: [] });
  const [notice, setNotice] = useState<Notice | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      const context = { account: draft.account, site: draft.site, surface: draft.surface, at: isoWithOffset() };
      api
        .send({ type: 'evaluate', text: draft.text, context, lang })
        .then((answer) => current && setFindings({ text: draft.text, list: answer.findings }))
        .catch(() => current && setFindings({ text: draft.text, list: [] }));
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, lang, draft.text, draft.site, draft.account, draft.surface]);
  const view: GuidanceView = {
    lang,
    site: draft.site,
    surface: draft.surface,
    items: itemsOf(findings.list, findings.text),
    severity: topSeverity(findings.list),
    account: { kind: draft.account, source: 'person', canSwitch: true },
    review: null,
    notice,
    busy: false,
  };
  const actions: GuidanceActions = {
    applyFix(item) {
      if (!item.fix || findings.text !== draft.text) return;
      onDraft({ ...draft, text: applyToText(draft.text, item.fix.edits) });
      setNotice({ kind: 'fixed' });
    },
    setAccount: (kind) => onDraft({ ...draft, account: kind }),
    reviewEdit: () => box.current?.focus(),
    reviewPostAnyway: () => undefined,
    dismissNotice: () => setNotice(null),
    policyUrl: (anchor) => `/policy.html#${anchor}`,
  };
  return (
    <div class="practice-box" data-testid="practice-box">
      <PracticeControls draft={draft} onDraft={onDraft} lang={lang} />
      <label class="field">
        <span>{label}</span>
        <textarea
          ref={box}
          rows={5}
          value={draft.text}
          data-testid="practice-text"
          onInput={(e) => {
            setNotice(null);
            onDraft({ ...draft, text: e.currentTarget.value });
          }}
        />
      </label>
      <ShadowGuidance view={view} actions={actions} focusEditor={() => box.current?.focus()} />
      <FindingsSummary findings={findings.list} lang={lang} />
    </div>
  );
}

/** A one-line summary under the box, for people who have not opened the panel yet. */
function FindingsSummary({ findings, lang }: { findings: Finding[]; lang: Lang }) {
  const n = findings.length;
  const text =
    lang === 'fr'
      ? n
        ? `Postwise a ${n} remarque${n > 1 ? 's' : ''} : ouvrez le badge au coin de la zone pour les lire.`
        : 'Rien à signaler pour l’instant.'
      : n
        ? `Postwise has ${n} thing${n > 1 ? 's' : ''} to review: open the badge at the corner of the box to read them.`
        : 'Nothing to review so far.';
  return (
    <p class="muted" role="status" data-testid="practice-summary">
      {text}
    </p>
  );
}
