/**
 * English or French, from the share of common function words: small, fast and
 * good enough to choose the disclaimer's language and French-only word lists.
 */
import type { Token } from './tokens';
import type { Lang } from '../types';

const FR = new Set([
  'le', 'la', 'les', 'des', 'du', 'au', 'aux', 'est', 'et', 'pour', 'avec', 'je', 'nous', 'vous', 'une', 'un',
  'ce', 'cette', 'ces', 'c', 'qui', 'que', 'pas', 'dans', 'sur', 'mais', 'tres', 'sont', 'suis', 'mon', 'ma',
  'mes', 'notre', 'nos', 'votre', 'vos', 'leur', 'il', 'elle', 'ils', 'elles', 'on', 'ne', 'n', 'j', 'l',
  'd', 'qu', 'aussi', 'bien', 'merci', 'bonjour', 'oui', 'non', 'tout', 'tous', 'fait', 'etre', 'avoir',
  'chez', 'sans', 'plus', 'moins', 'quoi', 'ou', 'bande', 'quel', 'quelle', 'travaille',
]);
const EN = new Set([
  'the', 'and', 'is', 'to', 'of', 'for', 'with', 'i', 'we', 'you', 'a', 'an', 'in', 'on', 'this', 'that', 'it',
  'my', 'at', 'not', 'be', 'are', 'was', 'have', 'has', 'our', 'your', 'they', 'he', 'she', 'will', 'just',
  'so', 'but', 'from', 'by', 'about', 'what', 'who', 'all', 'if', 'me', 'do', 'can', 'get', 'today', 'thanks',
  'or', 's', 't', 'll', 'm', 'there', 'their', 'been', 'out', 'up',
]);

export function detectLanguage(tokens: readonly Token[]): Lang {
  let fr = 0;
  let en = 0;
  const n = Math.min(tokens.length, 400);
  for (let i = 0; i < n; i++) {
    const w = tokens[i]!.text;
    if (FR.has(w)) fr++;
    if (EN.has(w)) en++;
  }
  return fr > en ? 'fr' : 'en';
}
