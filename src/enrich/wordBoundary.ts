/** Whether `form` occurs in `text` as whole words. */
export function containsWord(text: string, form: string): boolean {
  let from = text.indexOf(form);
  while (from !== -1) {
    if (isBoundary(text, from - 1) && isBoundary(text, from + form.length)) return true;
    from = text.indexOf(form, from + 1);
  }
  return false;
}

/** True when the character at `index` is not a letter or digit (or is outside the text). */
export function isBoundary(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return true;
  return !/[\p{L}\p{N}]/u.test(text.charAt(index));
}
