import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashParts, hashText } from '../../../src/cache/hashText.js';

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
  it('hashes each part framed as "length NUL part", strings and bytes mixed in any order', () => {
    const bytes = Uint8Array.from([0, 255, 10]);
    const framed = Buffer.concat([Buffer.from('2\u0000ab3\u0000'), bytes, Buffer.from('3\u0000héé0\u0000')]);
    expect(hashText('ab', bytes, 'héé', '')).toBe(createHash('sha256').update(framed).digest('hex'));
    expect(hashText(bytes)).toBe(createHash('sha256').update(Buffer.concat([Buffer.from('3\u0000'), bytes])).digest('hex'));
  });
  it('hashes a list of any length as hashText hashes its arguments', () => {
    expect(hashParts(['ab', Uint8Array.from([1, 2]), 'c'])).toBe(hashText('ab', Uint8Array.from([1, 2]), 'c'));
    // Past ~120,000 items a list can no longer be spread into arguments.
    const many = Array.from({ length: 300_000 }, (_, i) => String(i));
    expect(hashParts(many)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashParts(many)).not.toBe(hashParts(many.slice(1)));
  });
});
