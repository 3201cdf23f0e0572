import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { commentKey, normaliseComment, sha256Hex } from '../../../lib/moderation/key';

describe('sha256Hex', () => {
  it('matches the standard test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with node:crypto on any text, across block boundaries', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
      { seed: 12, numRuns: 120 },
    );
  }, 30_000);
});

describe('commentKey', () => {
  it('is 64 hex digits and never contains the text', () => {
    const key = commentKey('facebook', 'My health card is 1234 567 890');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).not.toContain('1234');
  });

  it('folds whitespace and letter case', () => {
    const a = commentKey('youtube', 'This program  is\na DISGRACE ');
    expect(commentKey('youtube', '  this program is a disgrace')).toBe(a);
    expect(commentKey('youtube', 'this\tprogram is\u00a0a Disgrace')).toBe(a);
    expect(normaliseComment(' Été\n\nDÉJÀ ')).toBe('été déjà');
  });

  it('gives the keys it always gave: lower case as English has it (dismissals already stored stay valid)', () => {
    const before = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('en');
    for (const text of ['İSTANBUL', 'ΟΔΟΣ ΣΑΣ', 'STRASSE ẞ', 'Ǆ ǅ', 'ĲSSEL', 'LİTHUANIAN Ì'])
      expect(normaliseComment(text)).toBe(before(text));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(normaliseComment(text)).toBe(before(text));
      }),
      { seed: 5, numRuns: 500 },
    );
  });

  it('differs by site and by words', () => {
    const text = 'Call me at 902-555-0134';
    expect(commentKey('facebook', text)).not.toBe(commentKey('x', text));
    expect(commentKey('facebook', text)).not.toBe(commentKey('facebook', 'Call me at 902-555-0135'));
  });

  it('is stable: the same input gives the same key', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(commentKey('x', text)).toBe(commentKey('x', text));
        expect(commentKey('x', ` ${text.toLowerCase()}\n`)).toBe(commentKey('x', text));
      }),
      { seed: 3, numRuns: 120 },
    );
  }, 30_000);
});
