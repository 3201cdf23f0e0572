import { normalize, toSource } from '@/lib/detect/normalize';
import { tokenize } from '@/lib/detect/tokens';

test('normalize folds and maps back', () => {
  const src = 'Ｈé\u200bllo Sh¡t';
  const n = normalize(src);
  expect(n.text).toBe('hello sh¡t');
  expect(tokenize(n).map((t) => t.text)).toEqual(['hello', 'sh', 't']);
  expect(toSource(n, 0, 5)).toEqual([0, 6]);
});
