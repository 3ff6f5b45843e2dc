/**
 * Job descriptions that precede a name in news copy ("defence minister
 * Rustem Umerov", "commentator Jane Doe").
 */
const ROLES = `journalist commentator columnist correspondent reporter editor writer author analyst expert
economist historian professor researcher scientist spokesperson spokesman spokeswoman minister president
leader official officer chief director chairman chairwoman ceo founder secretary senator governor mayor
ambassador envoy general colonel commander lawyer attorney judge activist candidate lawmaker legislator
diplomat adviser advisor aide actor actress singer player coach manager premier chancellor`;
const ROLE_ALT = ROLES.split(/\s+/u).filter(Boolean).join('|');
/** Verbs of attribution that follow a name ("Jane Doe said"). */
const SPEECH = 'said|says|told|added|wrote|writes|explained|noted|stated|argued|warned|claimed|insisted|tweeted|posted';

/** Two or three capitalised words: the shape of a personal name. */
const NAME = String.raw`(\p{Lu}[\p{Ll}'-]+(?: \p{Lu}[\p{Ll}'-]+){1,2})`;
/** Capitalised titles written before a name ("Lt. Col. Jane Doe", "Mr Doe"). */
const TITLE = String.raw`(?:Mr|Mrs|Ms|Dr|Prof|PM|President|Prime Minister|Minister|Chancellor|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Sen|Rep|Gov|Governor|Senator|Judge|Colonel|Major|General|Lieutenant|Captain)\.?`;
/** One to three capitalised words after a title (a surname alone is enough there). */
const TITLED_NAME = String.raw`(\p{Lu}[\p{Ll}'-]+(?: \p{Lu}[\p{Ll}'-]+){0,2})`;
const PATTERNS = [
  new RegExp(String.raw`(?<![\p{L}])${TITLE}(?: ${TITLE})* ${TITLED_NAME}(?![\p{L}])`, 'gu'),
  new RegExp(String.raw`${NAME}, (?:an? |the )?(?:[\p{Ll}-]+ ){0,3}(?:${ROLE_ALT})(?![\p{L}])`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?:${ROLE_ALT})(?:-elect)? ${NAME}(?![\p{L}])`, 'gu'),
  new RegExp(String.raw`${NAME},? (?:${SPEECH})(?![\p{L}])`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?:${SPEECH}|according to) ${NAME}(?![\p{L}'])(?!,? (?:\p{Lu}|a |an |the ))`, 'gu'),
  new RegExp(String.raw`${NAME} \(@\w+\)`, 'gu'),
];

/**
 * People named by the grammar of attribution rather than by a lexicon:
 * a role before the name, a speech verb after it, a social handle after
 * it. compromise misses names it has never seen; reporters and
 * spokespeople are exactly those, and they are named this way.
 *
 * @returns names in order of appearance (repeats kept)
 */
export function findAttributedPeople(text: string): string[] {
  const hits: { at: number; name: string }[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1];
      if (name !== undefined) hits.push({ at: match.index ?? 0, name });
    }
  }
  return hits.sort((a, b) => a.at - b.at).map((hit) => hit.name);
}
