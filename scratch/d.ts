import { parseDateText } from '../src/extract/dates/parseDateText.js';
for (const t of process.argv.slice(2)) console.log(t, '=>', JSON.stringify(parseDateText(t).map(m => [m.iso, m.text, m.confidence])));
