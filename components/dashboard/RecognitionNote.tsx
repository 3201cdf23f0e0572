/**
 * The dashboard's note on recognition: the sites where Postwise guided a
 * compose box only through its generic layer, because the site's adapter did
 * not recognise it (the site was probably redesigned). Guidance still worked;
 * review by the submit button did not. A manager who sees it in an export
 * knows the adapter needs updating (docs/guidance.md, "When a site changes").
 */
import { pick, type Strings } from '@/lib/i18n';
import type { DashboardData } from '@/lib/log/dashboard';
import type { Lang } from '@/lib/types';

const STRINGS: Strings<'title' | 'intro' | 'site' | 'pages' | 'last'> = {
  en: {
    title: 'Compose boxes recognised only generically',
    intro:
      'On these sites Postwise did not recognise a compose box precisely and guided it generically: the guidance showed, but the review before posting could only follow the keyboard. The site has probably changed; tell your IT or communications team so Postwise can be updated.',
    site: 'Site',
    pages: 'Pages',
    last: 'Last seen',
  },
  fr: {
    title: 'Zones de rédaction reconnues de façon générale seulement',
    intro:
      'Sur ces sites, Postwise n’a pas reconnu précisément une zone de rédaction et l’a guidée de façon générale : les conseils se sont affichés, mais la vérification avant publication ne pouvait suivre que le clavier. Le site a sans doute changé; prévenez votre équipe informatique ou des communications pour que Postwise soit mis à jour.',
    site: 'Site',
    pages: 'Pages',
    last: 'Dernière fois',
  },
};

const SITE_NAMES: Record<string, string> = { facebook: 'Facebook', x: 'X', youtube: 'YouTube' };

/** Nothing when every box was recognised precisely. */
export function RecognitionNote({ data, lang }: { data: DashboardData; lang: Lang }) {
  if (!data.generic?.length) return null;
  const t = pick(STRINGS, lang);
  return (
    <div data-testid="generic-recognition">
      <h3>{t('title')}</h3>
      <p>{t('intro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('site')}</th>
            <th scope="col">{t('pages')}</th>
            <th scope="col">{t('last')}</th>
          </tr>
        </thead>
        <tbody>
          {data.generic.map((g) => (
            <tr key={g.site}>
              <th scope="row">{SITE_NAMES[g.site] ?? g.site}</th>
              <td>{g.count}</td>
              <td>{g.last}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
