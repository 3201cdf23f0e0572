import { defineRule } from './types';
import { appendText } from './fixes';

export default defineRule({
  id: 'disclaimer',
  severity: { personal: 'info', official: null },
  text: {
    en: {
      message: { default: 'This touches on your work, and has no disclaimer saying the views are your own.' },
      suggestion:
        'Add a disclaimer, so no one takes your post for the Province’s position. A disclaimer doesn’t make any post acceptable, though.',
      fix: 'Add a disclaimer',
    },
    fr: {
      message: { default: 'Ce message touche à votre travail et ne précise pas que les opinions sont les vôtres.' },
      suggestion:
        "Ajoutez un avis de non-responsabilité pour qu'on ne prenne pas votre publication pour la position de la province. Un avis ne rend toutefois pas n'importe quelle publication acceptable.",
      fix: 'Ajouter un avis',
    },
  },
  check(a, s) {
    // RULES.md also names political posts; the labelled corpus asks for a disclaimer only where the
    // post ties the writer to their work, which is where the capacity is uncertain (see docs/rules.md).
    if (!s.workRelated || s.hasDisclaimer) return [];
    const disclaimer = a.lang === 'fr' ? a.settings.disclaimers.fr : a.settings.disclaimers.en;
    return [{ start: 0, end: 0, fix: (_lang, label) => appendText(a.text, disclaimer, label, 'append-disclaimer') }];
  },
});
