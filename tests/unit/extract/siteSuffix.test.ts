import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/extract/text/annotate.js';
import { splitLines } from '../../../src/extract/text/lines.js';
import { siteSuffix } from '../../../src/extract/text/siteSuffix.js';

const page = (text: string) => annotate(splitLines(text), {});

describe('siteSuffix', () => {
  it('splits `Headline | Site`', () => {
    expect(siteSuffix('Drone deliveries approved for rural pharmacies | Plains Gazette', [])).toEqual({ headline: 'Drone deliveries approved for rural pharmacies', site: 'Plains Gazette' });
  });
  it('splits `Headline - Site` only when the site is named elsewhere or looks like an outlet', () => {
    expect(siteSuffix('Drone deliveries approved for rural pharmacies - Plains Outlook', [])).toBeNull();
    expect(siteSuffix('Drone deliveries approved for rural pharmacies - Plains Outlook', page('© 2025 Plains Outlook'))).not.toBeNull();
    expect(siteSuffix('Drone deliveries approved for rural pharmacies - The Valley Times', [])?.site).toBe('The Valley Times');
  });
  it('leaves a headline whose dash starts a lower-case clause', () => {
    expect(siteSuffix('Kim Jong Un reshuffles his cabinet - and his generals', [])).toBeNull();
  });
});
