import { findSource } from '../src/extract/text/findSource.js';
import { isBoilerplate, isFooterStart } from '../src/extract/text/boilerplate.js';
import { captionKind } from '../src/extract/text/captions.js';
import { lineShape } from '../src/extract/text/lineShape.js';
import { findDateline } from '../src/extract/dates/findDateline.js';
import { findByline } from '../src/extract/text/findByline.js';
import { parsePostAttribution } from '../src/extract/text/embeddedPosts.js';
import { parseTopics } from '../src/extract/text/topics.js';
import { lineKey } from '../src/extract/text/lines.js';
const n = 20000;
const lines = Array.from({ length: n }, (_, i) => (`Word${i} `.repeat(30)).trim());
for (const [name, f] of [['source', findSource], ['boiler', isBoilerplate], ['footer', isFooterStart], ['caption', captionKind], ['shape', lineShape], ['date', findDateline], ['byline', findByline], ['post', parsePostAttribution], ['topics', parseTopics], ['key', lineKey]] as const) {
  const t = performance.now(); for (let i = 0; i < n; i++) (f as (s: string) => unknown)(lines[i]!); console.log(name, (performance.now() - t).toFixed(0));
}
