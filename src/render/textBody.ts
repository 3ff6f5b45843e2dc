import type { TextBlock } from '../types.js';
import { escapeHtml, type SafeHtml } from './safeHtml.js';
import { formatDate } from './formatDate.js';

/**
 * Render the blocks of a plain-text seed as HTML. Every character of seed
 * text is escaped: a text seed is never read as Markdown or HTML, so `*`,
 * `#`, `1.` and `<script>` show exactly as typed.
 */
export function renderTextBody(blocks: readonly TextBlock[]): SafeHtml {
  return blocks.map(renderBlock).join('\n') as SafeHtml;
}

function renderBlock(block: TextBlock): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'heading':
      return `<h2>${escapeHtml(block.text)}</h2>`;
    case 'caption':
      return `<p class="caption">${escapeHtml(block.text)}</p>`;
    case 'quote': {
      const by = block.attribution ? `— ${escapeHtml(block.attribution)}` : '';
      const date = block.date ? ` <time datetime="${escapeHtml(block.date)}">${escapeHtml(formatDate(block.date).text)}</time>` : '';
      const footer = by || date ? `<footer>${by}${date}</footer>` : '';
      return `<blockquote class="embed"><p>${escapeHtml(block.text)}</p>${footer}</blockquote>`;
    }
  }
}
