/** News agencies and wire services, as written in bylines and datelines. */
const WIRES = new Map<string, string>([
  ['reuters', 'Reuters'], ['ap', 'Associated Press'], ['the associated press', 'Associated Press'],
  ['associated press', 'Associated Press'], ['afp', 'AFP'], ['agence france-presse', 'AFP'],
  ['agence france presse', 'AFP'], ['bloomberg', 'Bloomberg'], ['dpa', 'dpa'], ['xinhua', 'Xinhua'],
  ['yonhap', 'Yonhap'], ['upi', 'UPI'], ['pa', 'PA Media'], ['pa media', 'PA Media'], ['ani', 'ANI'],
  ['pti', 'PTI'], ['ians', 'IANS'], ['kyodo', 'Kyodo'], ['efe', 'EFE'], ['ansa', 'ANSA'], ['tass', 'TASS'],
  ['aap', 'AAP'], ['the canadian press', 'The Canadian Press'], ['canadian press', 'The Canadian Press'],
  ['anadolu', 'Anadolu'], ['bernama', 'Bernama'], ['cna', 'CNA'], ['newsis', 'Newsis'], ['news1', 'News1'],
]);

/** The canonical name of a wire service (`AP` -> `Associated Press`), or null. */
export function wireName(text: string): string | null {
  return WIRES.get(text.trim().toLowerCase().replace(/\.$/, '')) ?? null;
}

const ORG_END = /\b(?:(?:News|Wire|Press) Service|News|Times|Post|Press|Journal|Herald|Daily|Tribune|Gazette|Telegraph|Guardian|Chronicle|Review|Magazine|Media|Network|Radio|TV|Television|Wire|Agency|Observer|Independent|Express|Mail|Star|Sun|Standard|Insider|Today|Report|Bureau|Weekly|Monitor|Register|Dispatch|Courier|Inquirer|Examiner|Bulletin|Digest|Online|Ledger|Leader|Sentinel|Record|Beacon|Enquirer|Mirror|Echo|Advertiser|Argus|Citizen|Globe|Gleaner|Clarion|Bugle|Statesman|Messenger|Telegram|Spectator|Intelligencer|Dealer|Picayune|Eagle|Bee|Current|Shimbun|Zeitung|Ilbo|Nippo|\.com|\.org|\.net|\.co\.uk)$/;

/**
 * Outlet words that are also menu and section labels (`News`, `Today`):
 * alone they name a page of the site, not the site.
 */
const GENERIC = /^(?:News|Times|Post|Press|Journal|Daily|Review|Magazine|Media|Network|Radio|TV|Television|Wire|Agency|Star|Sun|Mail|Express|Standard|Today|Report|Bureau|Weekly|Monitor|Digest|Bulletin|Online|Insider|Register)$/;
/** One word of an outlet word and a number, as channels and sites are named (`News24`, `TV2`). */
const NUMBERED = /^(?:News|Radio|TV|Channel|Times|Post|Online|Info)\d{1,3}$/;

/** Whether a short phrase looks like the name of a news organisation. */
export function isOrgName(text: string): boolean {
  const t = text.trim();
  if (wireName(t) !== null || NUMBERED.test(t)) return true;
  return t.length <= 60 && /^[\p{Lu}\d]/u.test(t) && ORG_END.test(t) && !GENERIC.test(t);
}

// `Capitol Bureau`, `Metro Desk` after a name are the reporter's post within the outlet, not the outlet.
const ROLE = /\b(?:bureau|desk|writer|reporter|correspondent|editor|contributor|columnist|staff|producer|analyst|journalist|intern|fellow|chief|director|manager|professor|researcher|photographer|author|senior|political|freelance|special to|meteorologist|presenter|anchor|critic)\b/i;

/** Whether a byline part is a job title (`Staff Writer`) rather than a name. */
export function isRole(text: string): boolean {
  return ROLE.test(text);
}

const PARTICLE = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'al', 'el', 'ibn', 'y', 'dos', 'das', 'ten', 'ter', 'st.']);
const NOT_NAME = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow', 'yesterday',
  'the', 'this', 'that', 'then', 'now', 'contrast', 'comparison', 'far', 'all', 'most', 'some', 'default', 'way',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  // `Editorial Board`, `Editorial Team`: the paper's own voice, no person's byline.
  'staff', 'admin', 'editor', 'editors', 'editorial', 'team', 'guest', 'news', 'desk', 'our', 'my', 'his', 'her', 'their', 'its',
  'using', 'being', 'having', 'doing', 'making', 'taking', 'then', 'late', 'early', 'end', 'mid', 'noon', 'midnight',
  // Words of page chrome and company forms: `For Subscribers`, `Download PDF`, `Example Foods Inc.`
  'for', 'with', 'from', 'into', 'about', 'over', 'under', 'after', 'before', 'more', 'new', 'latest', 'breaking', 'live',
  'read', 'sign', 'log', 'subscribe', 'subscribers', 'subscriber', 'members', 'free', 'share', 'follow', 'download', 'watch',
  'listen', 'search', 'menu', 'home', 'privacy', 'cookies', 'terms', 'contact', 'newsletter', 'newsletters', 'pdf',
  'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'plc', 'corp', 'corp.', 'gmbh', 'co.', 'limited', 'group', 'media',
  // An office credited beside its writer (`By Jane Doe, University Communications`): a department, no person.
  'communications', 'relations', 'affairs', 'office', 'department', 'services', 'university',
  // A public body or its office (`Example Police and Crime Commissioner`, `Borough Council`): no person either.
  'police', 'constabulary', 'council', 'commissioner', 'ministry', 'committee',
  // Labels of a page's own voice and notices (`Chronicle View`, `Traffic Advisory`, `Press Release`).
  'view', 'comment', 'opinion', 'advisory', 'alert', 'alerts', 'update', 'updates', 'release',
]);

/**
 * Whether a phrase is shaped like one person's name: 2-5 capitalised words
 * (name particles such as `van`, `de` allowed), no digits, no sentence words.
 */
export function isPersonName(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 5 || text.length > 50) return false;
  let capitalised = 0;
  for (const token of tokens) {
    const lower = token.toLowerCase();
    if (NOT_NAME.has(lower)) return false;
    if (PARTICLE.has(lower)) continue;
    if (!/^[\p{Lu}][\p{L}'’.-]*$/u.test(token)) return false;
    capitalised++;
  }
  return capitalised >= 2 || (capitalised === 1 && tokens.length >= 2 && /^[\p{Lu}]\.$/u.test(tokens[0] ?? ''));
}

/**
 * Forms of address and clerical titles a byline may put before a name
 * (`Deacon`, `Rev.`, `Dr`, `Sister`): the author is the name without them.
 */
const HONORIFIC = /^(?:rev|revd|reverend|rt|very|deacon|archdeacon|fr|father|sister|sr|brother|br|pastor|bishop|archbishop|canon|msgr|monsignor|cardinal|rabbi|imam|sheikh|dr|prof|mr|mrs|ms|mx|sir|dame|hon)\.?$/i;

/** A name without the titles before it (`Rev. Dr. Ann Lee` -> `Ann Lee`); a title alone with a surname stays. */
export function withoutHonorifics(name: string): string {
  // (Most names have none: one test of the first word before splitting them all.)
  if (!HONORIFIC.test(name.trim().split(' ', 1)[0]!)) return name.trim();
  const tokens = name.trim().split(/\s+/);
  let first = 0;
  while (first < tokens.length - 2 && HONORIFIC.test(tokens[first]!)) first++;
  const rest = tokens.slice(first).join(' ');
  return first > 0 && isPersonName(rest) ? rest : name.trim();
}

/** Names as a byline lists them: `A`, `A and B`, `A, B and C`. */
export function joinNames(names: readonly string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const NAME_PARTICLE = /^(?:de|da|del|della|di|du|van|von|der|den|la|le|bin|al|el|ibn|y|dos|das|ten|ter)$/;

/**
 * Title-case a name written in capitals (`MICHAEL O'NEIL` -> `Michael
 * O'Neil`, `JAN VAN DER BERG` -> `Jan van der Berg`, `MCDONALD` ->
 * `McDonald`); names already in mixed case are returned as they are.
 */
export function titleCaseName(name: string): string {
  if (!/\p{Lu}{2}/u.test(name)) return name;
  // `Léa FONTAINE`: a wire's surname in capitals beside a given name in normal case.
  // (`Jane Doe III`: a numeral stays.)
  if (/\p{Ll}/u.test(name)) return name.split(' ').map((word) => (/^\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*$/u.test(word) && word.length >= 3 && !/^[IVX]+$/.test(word) ? titleCaseName(word) : word)).join(' ');
  return name.split(' ').map((word, i) => {
    const lower = word.toLowerCase();
    if (i > 0 && NAME_PARTICLE.test(lower)) return lower;
    return lower
      .replace(/(^|[-'’.])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
      .replace(/^(Ma?c)(\p{Ll})(?=\p{L}{2})/u, (_m, mc: string, ch: string) => mc + ch.toUpperCase());
  }).join(' ');
}

/**
 * The outlet an affiliation line names: an organisation name, alone or
 * followed by a place (`BBC News, Milan`), else null.
 */
export function outletOf(text: string): string | null {
  const t = text.trim();
  if (t.length > 70) return null;
  if (isOrgName(t)) return wireName(t) ?? t;
  const m = /^(.{2,50}?),\s*[\p{Lu}][\p{L} .'’-]{1,30}$/u.exec(t);
  return m && isOrgName(m[1]!) ? wireName(m[1]!) ?? m[1]!.trim() : null;
}

/**
 * Split a name run straight into an outlet (`MICHAEL JONES Associated
 * Press`, `Jane Doe Reuters`): the longest trailing run of words that is an
 * organisation name, when what precedes it is a person's name.
 */
export function splitNameOutlet(text: string): { name: string; outlet: string } | null {
  const words = text.trim().split(/\s+/);
  for (let cut = 2; cut < words.length; cut++) {
    const name = words.slice(0, cut).join(' ');
    const outlet = words.slice(cut).join(' ');
    if (cut < words.length - 1 || wireName(outlet) !== null) {
      if (isPersonName(name) && isOrgName(outlet)) return { name, outlet: wireName(outlet) ?? outlet };
    }
  }
  return null;
}

const COMMON_SHORT = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'at', 'by', 'new', 'news', 'day', 'post', 'star', 'sun', 'mail', 'life', 'week', 'time', 'city', 'home', 'east', 'west', 'good', 'best', 'free', 'our', 'your', 'one', 'bay', 'gulf', 'lake', 'hill', 'old', 'wire', 'echo', 'bee', 'globe', 'land', 'farm', 'road', 'rail']);

/** Small words an organisation's name keeps in lower case (`Bank of the West`, `Voice for the Valley`, `La Voz de la Costa`). */
const ORG_PARTICLE = /^(?:of|the|and|for|on|in|at|de|la|du|der|die|el)$/;

/** Every word of a name capitalised (or a figure, or `&`), but for its small words: the shape of a masthead or a company. */
export function isCapitalisedName(text: string): boolean {
  return text.split(/\s+/).every((w) => /^[\p{Lu}\d&]/u.test(w) || ORG_PARTICLE.test(w));
}

/** A masthead set in capitals (`THE EXAMPLE MERCURY`), as a name is written (`The Example Mercury`); acronyms stay. */
export function unshout(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  // `HALYARD`: a masthead word in capitals; call letters and initials (`KQED`, `NDTV`) are shorter.
  if (!name.includes(' ')) return /^\p{Lu}{6,}$/u.test(name) ? name.charAt(0) + name.slice(1).toLowerCase() : name;
  return name.split(' ').map((word, i) => {
    const lower = word.toLowerCase();
    if (i > 0 && ORG_PARTICLE.test(lower)) return lower;
    // Call letters and initials (`KQED`, `NDTV`) stay; short common words (`THE`, `NEWS`) do not.
    return /^\p{Lu}{2,4}$/u.test(word) && !COMMON_SHORT.has(lower) ? word : lower.replace(/^\p{L}/u, (c) => c.toUpperCase());
  }).join(' ');
}
