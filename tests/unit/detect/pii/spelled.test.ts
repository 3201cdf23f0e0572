import { normalize, toSource } from '@/lib/detect/normalize';
import { findSpelledNumbers, withSpelledNumbers } from '@/lib/detect/pii/spelled';
import { tokenize } from '@/lib/detect/tokens';

const tokensOf = (text: string) => {
  const norm = normalize(text);
  const tokens = tokenize(norm);
  const span = (h: { from: number; to: number }) => toSource(norm, tokens[h.from]!.start, tokens[h.to - 1]!.end);
  return { tokens, span };
};

test('digit words that make a North American number, in English and French', () => {
  expect(findSpelledNumbers(tokensOf('nine oh two five five five zero one nine three').tokens)[0]?.digits).toBe(
    '9025550193',
  );
  expect(findSpelledNumbers(tokensOf('neuf zero deux cinq cinq cinq zero un neuf trois').tokens)[0]?.digits).toBe(
    '9025550193',
  );
  expect(findSpelledNumbers(tokensOf('one two three').tokens)).toEqual([]);
});

test('spelled numbers join the matches: the writer’s own, toll-free as organisational, never over a match', () => {
  const text = 'text me at nine oh two five five five zero one nine three';
  const { tokens, span } = tokensOf(text);
  const found = withSpelledNumbers([], tokens, span);
  expect(found).toEqual([{ kind: 'phone', start: 11, end: text.length, organisational: false, own: true }]);
  const tollFree = tokensOf('eight hundred');
  expect(withSpelledNumbers([], tollFree.tokens, tollFree.span)).toEqual([]);
  const overlapping = withSpelledNumbers(
    [{ kind: 'phone', start: 0, end: text.length, organisational: false, own: false }],
    tokens,
    span,
  );
  expect(overlapping).toHaveLength(1);
});
