import { readFileSync } from 'node:fs';
import { extractPlainText } from '../src/extract/text/extractPlainText.js';
for (const f of process.argv.slice(2)) {
  const raw = readFileSync(f, 'utf8');
  const t = performance.now();
  const { articles, diagnostics } = extractPlainText(raw, f);
  console.log('=====', f, articles.length, 'articles', (performance.now() - t).toFixed(1), 'ms', diagnostics);
  for (const a of articles) {
    const { body, text, provenance, ...rest } = a;
    console.log(JSON.stringify(rest));
    for (const [k, v] of Object.entries(provenance)) console.log('  ', k, JSON.stringify(v).slice(0, 160));
    if (process.env.BODY) for (const b of body.kind === 'text' ? body.blocks : []) console.log('    ', b.type, b.text.slice(0, 90), 'attribution' in b ? b.attribution + ' ' + b.date : '');
  }
}
