import { describe, expect, it } from 'vitest';
import { hashText } from '../../../src/cache/hashText.js';

describe('hashText', () => {
  it('is a sha256 hex digest', () => {
    expect(hashText('a')).toMatch(/^[0-9a-f]{64}$/);
  });
  it('cannot be forged by moving text between parts', () => {
    expect(hashText('ab', 'c')).not.toBe(hashText('a', 'bc'));
    expect(hashText('a\u0000', 'b')).not.toBe(hashText('a', '\u0000b'));
  });
  it('hashes bytes and the same text alike', () => {
    expect(hashText(new TextEncoder().encode('héllo'))).not.toBe(hashText('other'));
    expect(hashText('x', 'y')).toBe(hashText('x', 'y'));
  });
});
