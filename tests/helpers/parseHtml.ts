import { parse } from 'parse5';

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

/** Every element of a document as `{ tag, attrs }`, parsed the way a browser does (parse5). */
export function elementsOf(html: string): { tag: string; attrs: Record<string, string> }[] {
  const out: { tag: string; attrs: Record<string, string> }[] = [];
  const walk = (node: Node): void => {
    if (node.attrs) out.push({ tag: node.nodeName, attrs: Object.fromEntries(node.attrs.map((a) => [a.name, a.value])) });
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parse(html) as unknown as Node);
  return out;
}

/** What a browser would execute or follow dangerously in a page: scripts not ours, handlers, script URLs. */
export function activeContent(html: string, allowedScripts: readonly RegExp[] = []): string[] {
  const found: string[] = [];
  for (const el of elementsOf(html)) {
    for (const [name, value] of Object.entries(el.attrs)) {
      if (name.startsWith('on')) found.push(`<${el.tag} ${name}>`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) && /^\s*(javascript|data|vbscript):/i.test(value)) found.push(`<${el.tag} ${name}=${value}>`);
    }
    if (el.tag === 'script' && !(el.attrs.type === 'application/ld+json') && !allowedScripts.some((re) => re.test(el.attrs.src ?? ''))) found.push(`<script src=${el.attrs.src ?? '(inline)'}>`);
    if (['iframe', 'object', 'embed', 'form'].includes(el.tag)) found.push(`<${el.tag}>`);
    // Our 404 page may anchor its links with a same-origin <base href="/path/">; anything else is injected.
    if (el.tag === 'base' && !/^\/[^/]/.test(el.attrs.href ?? '')) found.push(`<base href=${el.attrs.href ?? ''}>`);
  }
  return found;
}
