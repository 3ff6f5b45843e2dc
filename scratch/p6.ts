import { splitLines } from '../src/extract/text/lines.js';
import { annotate } from '../src/extract/text/annotate.js';
import { findSource } from '../src/extract/text/findSource.js';
import { isBoilerplate, isFooterStart } from '../src/extract/text/boilerplate.js';
import { captionKind } from '../src/extract/text/captions.js';
import { lineShape } from '../src/extract/text/lineShape.js';
const line = 'Word '.repeat(30).trim();
for (const n of [2000, 8000]) {
  const lines = splitLines((line + '\n').repeat(n));
  let t = performance.now(); annotate(lines, {}); console.log(n, 'annotate', (performance.now() - t).toFixed(0));
  for (const [name, f] of [['source', findSource], ['boiler', isBoilerplate], ['footer', isFooterStart], ['caption', captionKind], ['shape', lineShape]] as const) {
    t = performance.now(); for (let i = 0; i < n; i++) (f as (s: string) => unknown)(line); console.log(n, name, (performance.now() - t).toFixed(0));
  }
}
