/**
 * HTML that is safe to insert as-is: built only by the functions here, by
 * the sanitising Markdown pipeline, or by escaping. Templates output every
 * other value through the template engine's automatic escaping.
 */
export type SafeHtml = string & { readonly __safeHtml: true };

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): SafeHtml {
  return text.replace(/[&<>"']/g, (c) => htmlEscapes[c]!) as SafeHtml;
}

/** Mark HTML produced by a trusted, sanitising step. */
export function trustHtml(html: string): SafeHtml {
  return html as SafeHtml;
}

/**
 * Serialise a value as JSON that can sit inside `<script type="application/ld+json">`:
 * `<`, `>`, `&` and the JS line separators are escaped, so `</script>` or
 * `<!--` in seed text cannot end the element.
 */
export function jsonForScript(value: unknown): SafeHtml {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029') as SafeHtml;
}
