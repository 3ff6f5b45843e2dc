import { extractPlainText } from '../src/extract/text/extractPlainText.js';
const cases: Record<string, string> = {
  longA: 'a'.repeat(2_000_000),
  by: 'By '.repeat(100000),
  slash: '1/'.repeat(100000),
  words: ('Word '.repeat(30) + '\n').repeat(50000),
  titles: ('Short Title Line Here\nA paragraph that is long enough to count as body text for the purposes of this test, it goes on and on.\n').repeat(20000),
};
for (const [k, v] of Object.entries(cases)) { const t = performance.now(); extractPlainText(v, 'x'); console.log(k, (performance.now() - t).toFixed(0)); }
