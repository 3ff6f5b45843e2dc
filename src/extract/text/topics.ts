const TOPICS = /^(?:tags|tagged|topics|filed under|keywords|categories|category)\s*:\s*(.+)$/i;

/**
 * Topics stated by a `Tags:` / `Filed under:` / `Topics:` line, split on
 * commas, pipes, semicolons and bullets. Empty for other lines.
 */
export function parseTopics(text: string): string[] {
  if (text.length > 300) return [];
  const m = TOPICS.exec(text);
  if (!m) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of m[1]!.split(/\s*[,;|•·]\s*|\s+#/)) {
    const topic = part.replace(/^#/, '').trim();
    if (topic === '' || topic.length > 60 || seen.has(topic.toLowerCase())) continue;
    seen.add(topic.toLowerCase());
    out.push(topic);
  }
  return out;
}
