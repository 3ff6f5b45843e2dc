import { describe, expect, it } from 'vitest';
import { renderMarkdownBody } from '../../../src/extract/markdownBody.js';

describe('renderMarkdownBody', () => {
  it('renders Markdown to HTML', () => {
    const { html } = renderMarkdownBody('## Sub\n\nSome *emphasis* and [a link](https://example.com/a?b=1&c=2).\n\n> quoted\n');
    expect(html).toBe('<h2>Sub</h2>\n<p>Some <em>emphasis</em> and <a href="https://example.com/a?b=1&#x26;c=2">a link</a>.</p>\n<blockquote>\n<p>quoted</p>\n</blockquote>\n');
  });

  it('gives plain text, one block per paragraph, heading and list item', () => {
    const { text } = renderMarkdownBody('## Sub\n\nA *b* `c`\nd  \ne.\n\n- one\n- two\n\n```js\nx = 1\ny = 2\n```\n');
    expect(text).toBe('Sub\n\nA b c d e.\n\none\n\ntwo\n\nx = 1\ny = 2');
  });

  it('leaves raw HTML out of the text and the HTML', () => {
    const { html, text } = renderMarkdownBody('Before <span class="x">inside</span> after\n\n<div>\nblock\n</div>\n');
    expect(text).toBe('Before inside after');
    expect(html).toBe('<p>Before inside after</p>\n');
  });

  it('keeps images out of the text but renders their alt', () => {
    const { html, text } = renderMarkdownBody('![A bridge](https://example.com/b.jpg)\n');
    expect(text).toBe('');
    expect(html).toContain('<img src="https://example.com/b.jpg" alt="A bridge">');
  });

  it('handles RTL, CJK and emoji text', () => {
    const { text } = renderMarkdownBody('المجلس يصوت 🎉\n\n市议会投票关闭旧桥。\n');
    expect(text).toBe('المجلس يصوت 🎉\n\n市议会投票关闭旧桥。');
  });

  it('renders an empty body to nothing', () => {
    expect(renderMarkdownBody('')).toEqual({ html: '', text: '' });
  });
});
