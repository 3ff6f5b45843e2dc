import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeHtml, jsonForScript } from '../../../src/render/safeHtml.js';

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('never lets a tag, attribute quote or entity through, for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      const out = escapeHtml(s);
      expect(out).not.toMatch(/[<>"']/);
      expect(out.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
    }));
  });
});

describe('jsonForScript', () => {
  it('cannot close its script element or open a comment', () => {
    const out = jsonForScript({ headline: '</script><script>alert(1)</script><!--', x: '\u2028' });
    expect(out).not.toMatch(/<|>/);
    expect(out).not.toContain('\u2028');
    expect(JSON.parse(out)).toEqual({ headline: '</script><script>alert(1)</script><!--', x: '\u2028' });
  });

  it('round-trips any value', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      expect(JSON.parse(jsonForScript(v))).toEqual(JSON.parse(JSON.stringify(v)));
    }));
  });
});
