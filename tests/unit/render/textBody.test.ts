import { describe, expect, it } from 'vitest';
import { renderTextBody } from '../../../src/render/textBody.js';

describe('renderTextBody', () => {
  it('renders each block kind with escaped text', () => {
    const html = renderTextBody([
      { type: 'heading', text: 'A <b>heading</b>' },
      { type: 'paragraph', text: '*not emphasis* & <script>x</script>' },
      { type: 'caption', text: 'Soldiers / Agency' },
      { type: 'quote', text: 'A post', attribution: 'Some One (@someone)', date: '2024-11-05' },
    ]);
    expect(html).toBe([
      '<h2>A &lt;b&gt;heading&lt;/b&gt;</h2>',
      '<p>*not emphasis* &amp; &lt;script&gt;x&lt;/script&gt;</p>',
      '<p class="caption">Soldiers / Agency</p>',
      '<blockquote class="embed"><p>A post</p><footer>— Some One (@someone) <time datetime="2024-11-05">5 November 2024</time></footer></blockquote>',
    ].join('\n'));
  });

  it('leaves out an empty quote footer', () => {
    expect(renderTextBody([{ type: 'quote', text: 'q', attribution: null, date: null }])).toBe('<blockquote class="embed"><p>q</p></blockquote>');
  });
});
