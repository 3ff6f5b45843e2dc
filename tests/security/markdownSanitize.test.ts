/**
 * Security tables for Markdown bodies (after hast-util-sanitize's
 * `testAllUrls`): every URL is tried in a link and an image; valid ones must
 * survive, invalid ones must be dropped. Plus hostile HTML, which must never
 * come out as markup.
 */
import { describe, expect, it } from 'vitest';
import { renderMarkdownBody } from '../../src/extract/markdownBody.js';

const valid: Record<string, string> = {
  'absolute https': 'https://example.com/a',
  'absolute http': 'http://example.com/a',
  'relative path': 'other/page.html',
  'root-relative path': '/about/',
  'fragment': '#section',
  'query only': '?page=2',
  'mailto (links)': 'mailto:desk@example.com',
};

const invalid: Record<string, string> = {
  'javascript:': 'javascript:alert(1)',
  'JavaScript: (mixed case)': 'JaVaScRiPt:alert(1)',
  'javascript: with leading space (angle brackets)': '< javascript:alert(1)>',
  'javascript: entity-encoded': '&#106;avascript:alert(1)',
  'javascript: hex entity': '&#x6A;avascript:alert(1)',
  'javascript: with tab': 'java%09script:alert(1)',
  'vbscript:': 'vbscript:msgbox(1)',
  'data: HTML': 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data: image': 'data:image/png;base64,iVBORw0KGgo=',
  'data: SVG': 'data:image/svg+xml,%3Csvg%20onload%3Dalert(1)%3E',
  'file:': 'file:///etc/passwd',
};

/** Every href/src value in the HTML. */
function urls(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
}

/** No markup that can run script: what a browser would execute. */
function assertInert(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<(iframe|object|embed|style|form|input|svg|math|base|meta|link|textarea|title)\b/i);
  for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
    const names = [...tag.matchAll(/\s([^\s"'=<>/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g)].map((m) => m[1]!.toLowerCase());
    expect(names.filter((n) => n.startsWith('on') || n === 'style' || n === 'srcdoc' || n === 'formaction')).toEqual([]);
  }
  for (const url of urls(html)) {
    const decoded = url
      .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
      .replace(/[\s\u0000-\u001f]/g, '');
    expect(decoded).not.toMatch(/^(javascript|vbscript|data|file):/i);
  }
}

describe('markdown body URLs', () => {
  for (const [name, url] of Object.entries(valid)) {
    it(`keeps a valid link: ${name}`, () => {
      const { html } = renderMarkdownBody(`[x](${url})`);
      expect(urls(html)).toHaveLength(1);
    });
  }
  for (const [name, url] of Object.entries(invalid)) {
    it(`drops an invalid link: ${name}`, () => {
      const { html } = renderMarkdownBody(`[x](${url}) <a href="${url}">y</a>`);
      assertInert(html);
      expect(urls(html).filter((u) => u !== '' && !u.startsWith('#') && !u.startsWith('/') && !/^https?:/.test(u) && !/^[\w./-]*$/.test(u))).toEqual([]);
    });
    it(`drops an invalid image source: ${name}`, () => {
      const { html } = renderMarkdownBody(`![x](${url}) <img src="${url}">`);
      assertInert(html);
    });
  }
  it('keeps only http(s) image sources', () => {
    const { html } = renderMarkdownBody('![a](https://example.com/a.png) ![b](mailto:x@example.com)');
    expect(urls(html)).toEqual(['https://example.com/a.png']);
  });
});

describe('hostile HTML in a markdown body', () => {
  const cases: Record<string, string> = {
    'script element': '<script>alert(1)</script>',
    'script split over lines': '<script\n>alert(1)</script\n>',
    'img onerror': '<img src=x onerror=alert(1)>',
    'svg onload': '<svg onload=alert(1)></svg>',
    'body onload': '<body onload=alert(1)>',
    'a onclick': '<a href="#" onclick="alert(1)">x</a>',
    'iframe': '<iframe src="https://evil.example"></iframe>',
    'style': '<style>body{display:none}</style>',
    'style attribute': '<p style="background:url(javascript:alert(1))">x</p>',
    'form': '<form action="https://evil.example"><input name=x></form>',
    'closing textarea': '</textarea><script>alert(1)</script>',
    'closing title': '</title><script>alert(1)</script>',
    'CDATA end': ']]><script>alert(1)</script>',
    'meta refresh': '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    'base href': '<base href="javascript:alert(1)//">',
    'object': '<object data="javascript:alert(1)"></object>',
    'html comment': '<!-- <script>alert(1)</script> -->',
    'inline in a paragraph': 'Read <b onmouseover=alert(1)>this</b> now.',
    'in a heading': '# Title <img src=x onerror=alert(1)>',
    'in a link title': '[x](https://example.com "\\" onmouseover=\\"alert(1)")',
    'in link text': '[<img src=x onerror=alert(1)>](https://example.com)',
  };
  // CommonMark: a <script> HTML block runs until a line with </script>, so a
  // malformed closer swallows the rest of the body (dropped, never rendered).
  const swallowsRest = new Set(['script split over lines']);
  for (const [name, markdown] of Object.entries(cases)) {
    it(`renders ${name} inert`, () => {
      const { html, text } = renderMarkdownBody(`Before.\n\n${markdown}\n\nAfter.`);
      assertInert(html);
      expect(html).toContain('<p>Before.</p>');
      if (!swallowsRest.has(name)) expect(html).toContain('<p>After.</p>');
      expect(text).not.toMatch(/<script|onerror=|onload=/i);
    });
  }

  it('escapes template syntax and closers in text, never interprets them', () => {
    const { html, text } = renderMarkdownBody('{{ 7*7 }} {% include x %} </textarea> ]]> &lt;script&gt;');
    expect(html).toContain('{{ 7*7 }} {% include x %}');
    expect(html).not.toContain('49');
    expect(html).toContain('&#x3C;script>');
    expect(text).toContain('{{ 7*7 }}');
    assertInert(html);
  });
});

describe('the inertness check itself', () => {
  it.each([
    '<script>alert(1)</script>', '<img src="x" onerror="alert(1)">', '<a href="javascript:alert(1)">x</a>',
    '<a href="&#x6A;avascript:alert(1)">x</a>', '<img src="data:image/png;base64,AA">', '<p style="x">y</p>', '<iframe src="x"></iframe>',
  ])('catches %s', (html) => {
    expect(() => assertInert(html)).toThrow();
  });
});
