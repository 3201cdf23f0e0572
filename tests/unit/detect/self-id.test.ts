/**
 * Where the writer says they work (lib/detect/signals.ts selfIdHits): the patterns alone, no
 * model. A job title tied to a named employer is the writer's own in a bio, a sign-off or a
 * greeting; with an article or a possessive in front it is someone else's.
 */
import { Analysis } from '@/lib/detect/analysis';
import { selfIdHits } from '@/lib/detect/signals';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { personal } from '../rules/helpers';

const said = (text: string) => selfIdHits(new Analysis(text, personal, DEFAULT_SETTINGS)).length > 0;

describe('self-identification patterns', () => {
  test.each([
    'Registry clerk at Service Nova Scotia here, the new kiosks are great.',
    'Policy analyst with the Province here: the rebate is worth a look.',
    'Tenant relations officer with Housing NS. Yes, you can appeal a rent calculation.',
    "Hi, it's Jake from the Income Assistance office, happy to answer general questions.",
    'As someone who works for the Province, I can tell you the staff care.',
    'I work the front counter at the Bridgewater Access Centre and please bring originals.',
    "I've been a caseworker with the Department of Community Services since 1999.",
    'Bridgewater Service Nova Scotia staff here, and the kiosks are honestly great.',
    'Eighteen years with the NS Department of Agriculture this week.',
    "Je suis agente au Bureau de l'immigration de la Nouvelle-Écosse, pis je suis fière.",
    "Analyste à l'Office des affaires acadiennes ici 👋 juste pour corriger un fait.",
    "En tant qu'analyste à l'Office des affaires acadiennes, j'ai le plaisir d'annoncer les lauréats.",
    'Salut tout le monde, c’est Alex du ministère des Ressources naturelles.',
    'Technicien forestier avec le ministère des Ressources naturelles depuis 20 ans.',
  ])('says where the writer works: %s', (text) => {
    expect(said(text)).toBe(true);
  });

  test.each([
    'The clerk at Access Nova Scotia was so kind to my dad today.',
    'My cousin is a clerk at Service Nova Scotia and she says the lines are long.',
    'between u and me my co-op supervisor at the province showed me the posting',
    "Ma cousine est agente au Bureau de l'immigration, elle dit que c'est long.",
    "L'agente du ministère de la Santé m'a rappelée ce matin.",
    'I was at the Access Centre for three hours today.',
    'I know someone who works for the Province and even she is confused.',
    'Personal opinion, not my employer’s: the province’s decision to fold the program is short-sighted.',
    'Service Nova Scotia lost my licence renewal again.',
    "C'est typique du ministère de la Santé, rien ne bouge.",
  ])('does not: %s', (text) => {
    expect(said(text)).toBe(false);
  });
});
