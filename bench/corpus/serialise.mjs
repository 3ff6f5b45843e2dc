// The two serialisations of an article: Markdown with YAML front matter, and
// the raw "scraped" text a clipping tool would save (no Markdown, no HTML).
import { MONTHS, WEEKDAYS } from './vocab.mjs';

const pad2 = (n) => String(n).padStart(2, '0');

/** `2024-11-08T08:11:00Z`: the instant, UTC, second precision. */
export function isoInstant(date) {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `2024-11-08`: the calendar day (UTC; the same day in CET by construction). */
export function isoDay(date) {
  return isoInstant(date).slice(0, 10);
}

// Double-quoted YAML scalars: titles contain ':' '"' '&' and apostrophes.
const yamlString = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** Markdown file: front matter (title, date, source, author, topics) + body. */
export function toMarkdown(a) {
  const head = [
    '---',
    `title: ${yamlString(a.title)}`,
    `date: ${isoInstant(a.date)}`,
    `source: ${yamlString(a.source)}`,
    `author: ${yamlString(a.author)}`,
    'topics:',
    ...a.topics.map((t) => `  - ${yamlString(t)}`),
    '---',
    '',
  ];
  const body = [];
  a.paras.forEach((sentences, p) => {
    if (p === a.subheadingAt) body.push(`## ${a.subheading}`, '');
    if (p === a.quoteAt) body.push(`> "${a.quote.text}," said ${a.quote.speaker}.`, '');
    const s = sentences.slice();
    if (p === a.linkAt) {
      const words = s[0].slice(0, -1).split(' ');
      const anchor = words.slice(0, 3).join(' ').replace(/,$/, '');
      s[0] = `[${anchor}](https://example.org/archive/${a.slug}) ${words.slice(3).join(' ')}.`.replace(' .', '.');
    }
    if (a.emphasis[p] === 1) s[s.length - 1] = `*${s[s.length - 1].slice(0, -1)}*.`;
    if (a.emphasis[p] === 2) s[0] = `**${s[0].slice(0, -1)}**.`;
    if (p === 0) s[0] = `${a.city.toUpperCase()} — ${s[0]}`;
    body.push(s.join(' '), '');
  });
  return head.join('\n') + body.join('\n');
}

function dateline(a) {
  const d = a.date;
  const Y = d.getUTCFullYear(), M = d.getUTCMonth(), D = d.getUTCDate();
  switch (a.form.dateline) {
    case 'abbrev-time': { // `Nov.08 - 2024 9:11 AM CET` (wall clock in UTC+1)
      const c = new Date(d.getTime() + 3_600_000);
      const h24 = c.getUTCHours();
      const h12 = h24 % 12 || 12;
      return `${MONTHS[c.getUTCMonth()].slice(0, 3)}.${pad2(c.getUTCDate())} - ${c.getUTCFullYear()} ${h12}:${pad2(c.getUTCMinutes())} ${h24 >= 12 ? 'PM' : 'AM'} CET`;
    }
    case 'weekday': return `${WEEKDAYS[d.getUTCDay()]}, ${MONTHS[M]} ${D}, ${Y}`;
    case 'long': return `${MONTHS[M]} ${D}, ${Y}`;
    default: return `Published: ${MONTHS[M]} ${D}, ${Y}`;
  }
}

/** The dateline line exactly as `toText` writes it (exported for tests). */
export { dateline as datelineOf };

function topicLine(a) {
  if (a.form.topics === 'tags') return `Tags: ${a.topics.join(', ')}`;
  if (a.form.topics === 'filed') return `Filed under: ${a.topics.join(' | ')}`;
  return `Topics: ${a.topics.join(' · ')}`;
}

/** Raw scraped text: headline first, dateline, byline, junk lines, source and topics in varying forms. */
export function toText(a) {
  const f = a.form;
  const lines = [a.title];
  if (f.photo) lines.push('Photo: Shutterstock');
  lines.push(dateline(a));
  if (f.byline) lines.push(`Written by ${a.author}`);
  if (f.source === 'line') lines.push(`Source: ${a.source}`);
  lines.push('');
  a.paras.forEach((sentences, p) => {
    if (p === a.subheadingAt) lines.push(a.subheading, '');
    if (p === a.quoteAt) lines.push(`"${a.quote.text}," said ${a.quote.speaker}.`, '');
    let text = sentences.join(' ');
    if (p === 0) text = `${a.city.toUpperCase()}${f.source === 'wire' ? ` (${a.source})` : ''} — ${text}`;
    lines.push(text, '');
    if (p === 1 && f.trending) lines.push('Trending Now', '');
    if (p === 2 && f.readMore) lines.push('Read More', '');
    if (p === 3 && f.advert) lines.push('Advertisement', '');
  });
  lines.push(topicLine(a));
  if (f.source === 'footer') lines.push(`© ${a.date.getUTCFullYear()} ${a.source}. All rights reserved.`);
  lines.push('Share this article', '');
  return lines.join(f.crlf ? '\r\n' : '\n');
}
