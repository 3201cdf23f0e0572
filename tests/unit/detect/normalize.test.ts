/**
 * The folded view keeps a source offset for every character it produces, however much folding
 * lengthens the text (… becomes ..., ß becomes ss): the offsets are what a finding points at.
 */
import { normalize } from '@/lib/detect/normalize';

describe('normalize: source offsets', () => {
  test.each([
    ['short', 'Tu es un IDIOT.'],
    ['lengthened twice over', '…'.repeat(60) + ' idiot ' + '…'.repeat(100)],
    ['lengthened in the middle', 'Straße '.repeat(30) + 'idiot ' + '…'.repeat(200)],
  ])('%s: every folded character maps back to the source', (_, source) => {
    const n = normalize(source);
    const at = n.text.indexOf('idiot');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(source.slice(n.starts[at], n.ends[at + 4]).toLowerCase()).toBe('idiot');
    for (let i = 1; i < n.text.length; i++) expect(n.starts[i]).toBeGreaterThanOrEqual(n.starts[i - 1]!);
  });
});
