import { extractPlainText } from '../src/extract/text/extractPlainText.js';
const v = ('Word '.repeat(30) + '\n').repeat(10000);
const t = performance.now(); extractPlainText(v, 'x'); console.log((performance.now() - t).toFixed(0));
