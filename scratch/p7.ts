import { splitLines } from '../src/extract/text/lines.js';
import { annotate } from '../src/extract/text/annotate.js';
import { findDateline } from '../src/extract/dates/findDateline.js';
import { findByline } from '../src/extract/text/findByline.js';
import { parsePostAttribution } from '../src/extract/text/embeddedPosts.js';
import { parseTopics } from '../src/extract/text/topics.js';
const line = 'Word '.repeat(30).trim();
for (const n of [10000, 40000]) {
  const lines = splitLines((line + '\n').repeat(n));
  let t = performance.now(); annotate(lines, {}); console.log(n, 'annotate', (performance.now() - t).toFixed(0));
  for (const [name, f] of [['date', findDateline], ['byline', findByline], ['post', parsePostAttribution], ['topics', parseTopics]] as const) {
    t = performance.now(); for (let i = 0; i < n; i++) (f as (s: string) => unknown)(line); console.log(n, name, (performance.now() - t).toFixed(0));
  }
}
