/**
 * "I have read the guidelines": the button, then the date it was given, and
 * the export for the manager (JSON or CSV, with the guidelines' version).
 * An acknowledgement of an older version asks to read them again.
 */
import { useState } from 'preact/hooks';
import type { UiApi } from '@/lib/ui/api';
import type { Lang } from '@/lib/types';
import { pick, readableDate, type Strings } from '@/lib/i18n';
import { downloadFile } from '../dashboard/send';
import { useGuidelines } from './useGuidelines';

type Key =
  | 'title'
  | 'intro'
  | 'required'
  | 'button'
  | 'done'
  | 'outdated'
  | 'export'
  | 'exportJson'
  | 'exportCsv'
  | 'exported'
  | 'failed';

export const STRINGS: Strings<Key> = {
  en: {
    title: 'I have read the guidelines',
    intro:
      'The policy asks managers to make sure every employee is advised of the Guidelines for Employees’ Use of Social Media. Confirm here that you have read them.',
    required: 'Your organisation asks every employee to confirm this.',
    button: 'I have read the guidelines',
    done: 'You confirmed on {date} that you read the guidelines (version {version}).',
    outdated:
      'You confirmed on {date} that you read an earlier version of the guidelines. They have changed since: please read them again and confirm.',
    export:
      'For your manager: save your confirmation as a file. It holds the date and the guidelines’ version, nothing you wrote.',
    exportJson: 'Save as JSON',
    exportCsv: 'Save as CSV',
    exported: 'Saved as {filename}.',
    failed: 'Not saved: {reason}.',
  },
  fr: {
    title: 'J’ai lu les lignes directrices',
    intro:
      'La politique demande aux gestionnaires de s’assurer que chaque employé est informé des lignes directrices sur l’utilisation des médias sociaux. Confirmez ici que vous les avez lues.',
    required: 'Votre organisation demande à chaque employé de le confirmer.',
    button: 'J’ai lu les lignes directrices',
    done: 'Vous avez confirmé le {date} avoir lu les lignes directrices (version {version}).',
    outdated:
      'Vous avez confirmé le {date} avoir lu une version antérieure des lignes directrices. Elles ont changé depuis : veuillez les relire et confirmer.',
    export:
      'Pour votre gestionnaire : enregistrez votre confirmation dans un fichier. Il contient la date et la version des lignes directrices, rien de ce que vous avez écrit.',
    exportJson: 'Enregistrer en JSON',
    exportCsv: 'Enregistrer en CSV',
    exported: 'Enregistré sous {filename}.',
    failed: 'Non enregistré : {reason}.',
  },
};

export function Acknowledgement(props: {
  api: UiApi;
  lang: Lang;
  save?: (data: string, filename: string, mime: string) => void;
}) {
  const { api, lang, save = downloadFile } = props;
  const t = pick(STRINGS, lang);
  const { state, setState } = useGuidelines(api);
  const [status, setStatus] = useState('');
  if (!state) return null;
  const ack = state.acknowledgement;
  const date = ack ? readableDate(ack.at, lang) : '';

  const acknowledge = async () => {
    const answer = await api.send({ type: 'acknowledge-guidelines' }).catch(() => null);
    if (answer?.state) setState(answer.state);
    else setStatus(t('failed', { reason: answer?.reason ?? 'no answer' }));
  };
  const exportAs = async (format: 'json' | 'csv') => {
    const answer = await api.send({ type: 'export-acknowledgement', format }).catch(() => null);
    if (answer?.ok && answer.data !== undefined && answer.filename) {
      save(answer.data, answer.filename, answer.mime ?? 'application/octet-stream');
      setStatus(t('exported', { filename: answer.filename }));
    } else setStatus(t('failed', { reason: answer?.reason ?? 'no answer' }));
  };

  return (
    <section id="acknowledgement" aria-labelledby="ack-title" data-testid="acknowledgement" tabIndex={-1}>
      <h2 id="ack-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      {state.required && state.status !== 'current' && <p class="notice">{t('required')}</p>}
      {state.status === 'current' ? (
        <>
          <p data-testid="acknowledged">
            <strong>{t('done', { date, version: state.version })}</strong>
          </p>
          <p>{t('export')}</p>
          <div class="actions">
            <button type="button" onClick={() => void exportAs('json')}>
              {t('exportJson')}
            </button>
            <button type="button" onClick={() => void exportAs('csv')}>
              {t('exportCsv')}
            </button>
          </div>
        </>
      ) : (
        <>
          {state.status === 'outdated' && <p>{t('outdated', { date })}</p>}
          <button type="button" class="primary" onClick={() => void acknowledge()}>
            {t('button')}
          </button>
        </>
      )}
      <p role="status" class="muted">
        {status}
      </p>
    </section>
  );
}
