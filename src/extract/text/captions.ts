const CREDIT = /^(?:(?:photographs|photography|pictures|illustrations?|words and (?:photographs|pictures)) by\s[^.]{1,60}|\(?(?:photo|photos|image|images|picture|credit|photograph|photo credit|image credit|illustration|graphic|video)s?\s*(?:by|courtesy of|credit)?\s*[:|/-]\s*[^.]{1,60}\)?|\(?(?:photo|image|picture|illustration) (?:by|courtesy of|via)\s[^.]{1,60}\)?|(?:getty images|shutterstock|istock(?:photo)?|ap photo|afp|epa|reuters|file photo|stock photo|alamy|unsplash)(?:\s*(?:[/|:]|via)\s*[^.]{0,40})?)$/i;
const TRAILING_CREDIT = /(?:[.!?]\s+(?:Photograph|Photo|Photos|Picture|Image|Illustration|Composite|Video)(?:\s+by)?\s*:\s*[^.:]{1,60}|\s\|\s*(?:Photo|Picture|Image|Video)(?:\s+[Cc]redit)?\s*:\s*[^|]{1,60}|[.!?]\s+(?:\p{Lu}{1,10}\s)?(?:PHOTO|PICTURE|IMAGE)S?\s*:\s*\p{Lu}[\p{Lu} .'’-]{1,40}|\s\/\s*[\p{Lu}][\p{L}\d.&' -]{1,40}|\((?:[Pp]hoto|[Ii]mage|[Pp]icture|[Cc]redit|[Ff]ile)[^)]{0,60}\)|[.!?]\s?\([\p{Lu}][\p{L}.'’ -]{1,40}(?:\s?\/\s?| for )[\p{Lu}][\p{L}\d&.'’ -]{1,40}\)|\s\([\p{Lu}][\p{L}&.'’-]*(?: [\p{Lu}][\p{L}&.'’-]*){0,3} (?:Photo|Picture|Image)s?\b[^)]{0,40}\)|\b(?:REUTERS|AP Photo|AFP(?: via Getty Images)?|Getty Images|EPA|Shutterstock|File [Pp]hoto|Yonhap|Xinhua)(?:\/[\p{L} .-]{1,40})?\.?)$/u;

/** Screen-reader labels some sites print before a figure: `Image caption, ...`, `Image source, Agency`. */
const FIGURE_LABEL = /^(?:image|media|video|picture) (caption|source|credit)\s*[,:]\s*/i;

/** What a figure label says a line is (`Image source, X` is a credit), or null for an unlabelled line. */
export function figureLabel(text: string): 'caption' | 'credit' | null {
  const m = FIGURE_LABEL.exec(text);
  return m === null || m[0].length === text.length ? null : m[1]!.toLowerCase() === 'caption' ? 'caption' : 'credit';
}

/** A caption's text without its screen-reader label. */
export function captionText(text: string): string {
  return text.replace(FIGURE_LABEL, '');
}

/**
 * Whether a line is a photo credit (`Photo: Shutterstock`, `Getty Images`)
 * or a caption carrying its credit at the end (`Soldiers at a site / Agency`).
 * Returns null for other lines.
 */
export function captionKind(text: string): 'credit' | 'caption' | null {
  const labelled = figureLabel(text);
  if (labelled) return labelled;
  if (isFormatKicked(text)) return null;
  if (text.length <= 80 && CREDIT.test(text)) return 'credit';
  const credit = text.length >= 15 && text.length <= 300 ? TRAILING_CREDIT.exec(text) : null;
  // The credit is a short tail, not a sentence that happens to end in a name.
  if (credit && credit[0].trim().split(' ').length <= 8) return 'caption';
  // `FILE PHOTO: Soldiers at a checkpoint ...`
  if (text.length <= 300 && /^(?:FILE |AP |REUTERS )?PHOTO:\s+\p{Lu}/u.test(text)) return 'caption';
  return null;
}

/**
 * `PHOTOS: The last shift at the cannery`, `VIDEO: Crews battle the blaze`:
 * a headline led by its format in capitals. A credit names someone after
 * the label (`PHOTO: JANE DOE`, `Photo: Example Agency`); a headline is a
 * phrase with lower-case words.
 */
export function isFormatKicked(text: string): boolean {
  const m = text.length <= 200 ? /^(?:PHOTOS?|PICTURES|GALLERY|IN PICTURES|VIDEO|WATCH|LISTEN)\s*:\s+(\S.*)$/.exec(text) : null;
  if (!m) return false;
  const words = m[1]!.split(' ');
  return words.length >= 4 && words.filter((word) => /^\p{Ll}/u.test(word)).length >= 2 && !/[.]$/.test(m[1]!);
}
