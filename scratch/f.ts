import { isFooterStart, isBoilerplate } from '../src/extract/text/boilerplate.js';
for (const t of process.argv.slice(2)) console.log(t, isFooterStart(t), isBoilerplate(t));
