import { readFileSync } from 'node:fs';
import { extractPlainText } from '../src/extract/text/extractPlainText.js';
const seeds = ['000_5aaa9233496064e2', '001_b0deeebdd426c84d', '002_f1a7983dc312774b', '003_1384cefb5b56de03', '004_bb9df8dac863de41'].map((s) => readFileSync(`seeds/${s}.txt`, 'utf8'));
const t = performance.now();
for (let i = 0; i < 1000; i++) extractPlainText(seeds[i % 5]!, 's.txt');
console.log('1k seeds', (performance.now() - t).toFixed(0), 'ms');
