import { isCapitalisedName } from './names.js';

/**
 * Page chrome that is never article text: navigation, account prompts,
 * cookie notices, share bars, ad slots, promo labels. Matched against a
 * whole (cleaned) line, case-insensitively. Kept as structural patterns,
 * not publication names.
 */
const WHOLE_LINE: readonly RegExp[] = [
  /^(?:skip to (?:the )?(?:main )?(?:content|navigation|search|footer|menu)\b.*|(?:skip|jump) to [\p{L} ]{2,30}|accessibility(?: links| help| menu| options| settings)?)$/iu,
  /^(?:main )?(?:menu|navigation|search|close|open menu|toggle navigation|home|back|next|previous|more|top)$/i,
  /^(?:sign ?in|sign ?up|log ?in|log ?out|register|subscribe|subscribe now|my account|account|profile|donate|support us)(?:\s*[|/]\s*(?:sign ?in|sign ?up|log ?in|register|subscribe))*$/i,
  /^(?:already (?:a )?(?:subscriber|member|have an account)\b|subscribe (?:to|for|today|now)\b|sign up (?:for|to)\b|get (?:our|the) \w+ newsletter|join our (?:newsletter|mailing list)|create (?:a |your )?(?:free )?account\b|log in to (?:continue|read)|to continue reading\b|continue reading with\b|this (?:article|content|story) is (?:for|available to|only available to|reserved for) (?:subscribers|members|premium)|you(?:'|’)ve (?:reached|used) (?:your|all)\b|you have (?:reached|used) (?:your|all)\b|unlock (?:this|unlimited|full)\b|start your (?:free )?trial\b).*$/i,
  /^.*\b(?:we use cookies|use of cookies|(?:partners|we|site|sites) use cookies|(?:our |this )(?:web)?site uses cookies|cookie (?:policy|settings|preferences|consent)|accept (?:all )?cookies|we (?:value|care about|respect) your privacy)\b.*$/i,
  /^(?:accept(?: all)?|reject(?: all)?|manage (?:preferences|cookies|settings)|i agree|got it|ok)$/i,
  /^(?:share(?: this)?(?: (?:article|story|post|page))?(?: on)?|share via|tweet|pin(?: it)?|email|e-mail|print|copy link|link copied|whatsapp|facebook|twitter|linkedin|reddit|telegram|x|flipboard|messenger|comment|comments|save|bookmark|gift (?:this )?article)[:!]?$/i,
  /^(?:trending(?: now| stories| topics)?|read more|read more:?|read next|read full (?:story|article)|continue reading|full story|show more|load more|see more|view (?:all|more)|more stories|top stories|latest news|breaking news|editor(?:'|’)?s picks?|recommended(?: for you)?|you (?:may|might) also like|related(?: articles| stories| posts| coverage| news| topics)?:?|see also:?|most (?:popular|read|viewed|shared)(?: articles| stories| now)?|popular (?:now|stories)|check out (?:our|other)\b.*|don(?:'|’)t miss(?: this)?|in case you missed it|must read|watch(?: now)?|listen(?: now)?|video|play video|advertisement|advertising|sponsored(?: content)?|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading below|scroll to continue(?: with content)?|ad|ads|loading\.*|please wait\.*|back to top|go to top|next article|previous article|next story|previous story|leave a (?:comment|reply)|show comments|view comments|join the conversation|comments? \(\d+\)|\d+ comments?|jump to|download (?:the|our) app|follow us(?: on \w+)?|contact us|about us|privacy(?: policy)?|terms(?: of (?:use|service))?|cookie policy|sitemap|newsletters?|podcasts?|more from \w+.*|listen to (?:this )?article.*|\d+\s*min(?:ute)?s?(?: read| listen)|print this (?:article|page)|font size|text size|a\+?|a-)$/i,
  /^(?:photo|photos|image|images|picture|credit|credits|photograph|photo credit|image credit|source image|illustration|video|graphic|caption)\s*[:|]\s*\S.{0,60}$/i,
  /^\(?(?:photo|image|picture|illustration) (?:by|courtesy of|credit:?|via)\s.{1,60}\)?$/i,
  /^(?:getty images|shutterstock|afp via getty images|reuters|ap photo|epa|file photo|stock photo|istock)(?:\s*[/|]\s*.{0,40})?$/i,
  /^(?:advertisement|sponsored|ad)\b\W.{0,50}$/i,
  /^(?:all rights reserved\.?|powered by \S.*|for immediate release:?|for release (?:on|at) .{1,40}|embargoed until .{1,60}|just now|(?:updated|published|posted)?\s*:?\s*\d{1,3}\s*(?:seconds?|secs?|minutes?|mins?|m|hours?|hrs?|h|days?|d)\s+ago)$/i,
  /^[|•·/\\>»«\-–—*=_~#.]+$/,
  // A time with no date (`Updated 5:47 p.m. ET`) says nothing a dateline could use.
  /^(?:(?:last )?updated|published|posted)?\s*:?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{1,5})?$/i,
  // A trending bar: `TRENDING: Topic | Topic | Topic`.
  /^trending(?: now| topics)?\s*:\s*\S.*[|•·].*$/i,
  // Membership and donation appeals (`Support the Example Herald`).
  /^[Ss]upport (?:the |us$)(?:\p{Lu}[\p{L}&'’ -]{1,40})?$/u,
  /^(?:support (?:local|independent|our|quality|nonprofit) (?:journalism|news|reporting)|become a (?:member|subscriber|supporter|patron)|donate (?:now|today)|make a (?:donation|gift))\b.{0,100}$/i,
  // Sponsor lines of newsletters and paid posts.
  /^(?:sponsored by|presented by|brought to you by|paid (?:post|content|partnership)|in partnership with)\b.{0,160}$/i,
  // Age warnings on archived stories, and metered-paywall counters.
  /^this (?:article|story|page) is (?:more|over) than \d+ (?:days?|weeks?|months?|years?) old$/i,
  /^.*\b(?:you have|you've got) (?:\d+|one|two|three) free (?:articles?|stories|reads?) (?:left|remaining)\b.*$/i,
  // Share prompts (`Kindly share this story:`, `Share this article with your friends`) and e-mail chrome (`View in browser`).
  /^(?:(?:kindly|please) )?share (?:this|the) (?:story|article|post|page)(?: with (?:your )?friends)?\s*:?$/i,
  /^(?:view (?:this (?:e-?mail|newsletter) )?(?:in|on) (?:your |a |the )?(?:web )?browser|add us to your address book|having trouble (?:viewing|reading) this e-?mail\b.{0,60}|forward (?:this|to a friend)\b.{0,40})(?:\s*[|•·]\s*.{1,60})?$/i,
  // A reporter's location note under the byline (`Reporting from Washington`).
  /^[Rr]eport(?:ing|ed) from [\p{Lu}][\p{L} ,.'’-]{1,40}$/u,
];

/** `Example Weekly uses cookies to ...`: a site's notice in its own name (`The app uses cookies` is a sentence of a story). */
const SITE_USES_COOKIES = /^(?:[\p{Lu}][\p{L}&'’.-]*\s){1,5}uses cookies\b/u;

function siteUsesCookies(text: string): boolean {
  return text.includes('uses cookies') && SITE_USES_COOKIES.test(text);
}

/** The only chrome that comes as long lines: cookie and paywall notices. */
const LONG_CHROME = /\b(?:we use cookies|use of cookies|(?:partners|we|site|sites) use cookies|(?:our |this )(?:web)?site uses cookies|cookie (?:policy|settings|preferences|consent)|accept (?:all )?cookies|we value your privacy|subscribe to continue|for subscribers only|already a subscriber|free (?:articles?|stories) (?:left|remaining))\b/i;

/**
 * A line of navigation items: several short words separated by `|`, `•`,
 * `·`, `/`, perhaps under a heading (`Practice areas: Tax · Family · Property`).
 */
function isMenuRow(text: string): boolean {
  if (!/[|•·]/.test(text)) return false;
  const parts = text.replace(/^[\p{L} ]{2,24}:\s+/u, '').split(/\s*[|•·]\s*/);
  if (parts.length < 3) return false;
  // Items of one to three words; a menu may hold a longer one (`Letters to the Editor`) among short ones.
  let long = 0;
  for (const p of parts) {
    const words = p.split(' ').length;
    if (p.length === 0 || p.length > 25 || words > 4) return false;
    if (words === 4) long++;
  }
  return long * 2 < parts.length;
}

/** Spaces in a line (cheaper than splitting it into words, which most lines never need). */
function spaces(text: string): number {
  let n = 0;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

/** Words of site sections and navigation, as menus name them (generic, never a publication's). */
const SECTION_WORDS = new Set([
  'home', 'news', 'world', 'national', 'local', 'nation', 'state', 'region', 'regional', 'politics', 'business', 'economy', 'markets', 'money',
  'tech', 'technology', 'science', 'health', 'climate', 'environment', 'education', 'opinion', 'opinions', 'editorials', 'analysis', 'sport',
  'sports', 'football', 'cricket', 'rugby', 'tennis', 'golf', 'boxing', 'racing', 'culture', 'arts', 'entertainment', 'lifestyle', 'life',
  'style', 'travel', 'food', 'weather', 'video', 'videos', 'photos', 'podcasts', 'podcast', 'games', 'puzzles', 'obituaries', 'classifieds',
  'jobs', 'events', 'more', 'sections', 'subscribe', 'shop', 'magazine', 'explore', 'latest', 'society', 'fixtures', 'results',
  'tables', 'transfers', 'property', 'motoring', 'books', 'music', 'film', 'tv', 'media', 'religion', 'community', 'people', 'places', 'nature',
]);

/** Words a headline cannot do without (`Council to vote on budget`), and a menu has none of. */
const FUNCTION_WORDS = /^(?:a|an|the|of|in|on|at|to|for|with|by|as|from|into|after|over|amid|is|are|was|were|will|be|has|have|says|said|vs|but|or|not|no|up|out|its|his|her|their)$/i;

/**
 * A menu pasted as one line of words (`Home World Politics Business
 * Science Opinion Sport Video`): six or more capitalised words, three or
 * more of them section names, at most one function word, no punctuation
 * a sentence or headline would have.
 */
export function isMenuLine(text: string): boolean {
  if (text.length > 160 || /[.,:;!?"“”'’()$£€%]/.test(text) || spaces(text) < 5) return false;
  const words = text.split(' ').filter((w) => w !== '&' && w !== '›' && w !== '>');
  if (words.length < 6) return false;
  let sections = 0;
  let functionWords = 0;
  let capitalised = 0;
  for (const word of words) {
    if (SECTION_WORDS.has(word.toLowerCase())) sections++;
    if (FUNCTION_WORDS.test(word)) functionWords++;
    if (/^[\p{Lu}\d]/u.test(word)) capitalised++;
  }
  return sections >= 3 && functionWords <= 1 && capitalised >= words.length - 2;
}

/** Words of share and save bars (`Share on Facebook Share via Email`, `Gift Article Share Comment 512`). */
const SHARE_WORDS = new Set([
  'share', 'shares', 'on', 'via', 'to', 'this', 'article', 'story', 'page', 'facebook', 'twitter', 'x', 'email', 'e-mail', 'whatsapp', 'linkedin',
  'reddit', 'telegram', 'messenger', 'pinterest', 'flipboard', 'print', 'copy', 'link', 'save', 'gift', 'comment', 'comments', 'reuse', 'content',
]);

/** A share bar pasted as one line: every word a share or save control (or its count). */
export function isShareBar(text: string): boolean {
  if (text.length > 120 || spaces(text) < 2 || !/share/i.test(text)) return false;
  const words = text.toLowerCase().split(/\s+/);
  return words.length >= 3 && words.every((word) => SHARE_WORDS.has(word) || /^\d[\d,.]*k?$/.test(word)) && words.some((word) => word === 'share' || word === 'shares');
}

/** A breadcrumb trail: `Home > News & Resources > Press releases`. */
export function isBreadcrumb(written: string): boolean {
  if (written.length > 120 || !/[>»›/]/.test(written)) return false;
  const text = written.replace(YOU_ARE_HERE, '');
  // From the home page down, the last crumb may be the story's own (shortened) title: `Home / Cities / Harbourtown / Metro to open by December`.
  if (/^(?:home|start)\s+[>»›/]\s+(?:[^>»›/]+\s[>»›/]\s+)+[^>»›/]+$/i.test(text)) return true;
  // `Newsroom › Press releases`: the guillemet-like arrows mark a trail even with two crumbs.
  if (/^[\p{L}][\p{L}\d&'’ .-]{0,30}(?:\s*[>»›]\s*[\p{L}][\p{L}\d&'’ .-]{0,40}){2,6}$/u.test(text)
    || /^[\p{L}][\p{L}&'’ .-]{0,30}\s[»›]\s[\p{L}][\p{L}&'’ .-]{0,40}$/u.test(text)) return true;
  // `News > Crime & Court`: two crumbs behind a plain arrow when every word is capitalised, as section names are.
  const crumbs = /^(\p{Lu}[\p{L}&'’ .-]{0,30}) > (\p{Lu}[\p{L}&'’ .-]{0,40})$/u.exec(text);
  return crumbs !== null && isCapitalisedName(crumbs[1]!) && isCapitalisedName(crumbs[2]!);
}

/** `You are here: Home › News`: the label some sites put before the trail. */
const YOU_ARE_HERE = /^you are here\s*:?\s*/i;

/**
 * A market or weather ticker: prices and moves (`EUR/PLN 4.6612 ▼0.6%`, `ASX
 * 200 ▲ 0.4% Gold US$1,557`), temperatures (`SYDNEY 24° MELBOURNE 19°`): three or more figures with decimals, thousands or
 * percentages, few lowercase words, and an arrow, a currency pair, a
 * percentage or separators. A headline states one figure.
 */
const TICKER_MARKS = ['%', '|', '°', '/', '▲', '▼', '△', '▽', '↑', '↓'];

export function isMarketTicker(text: string): boolean {
  // (Every line comes here: the arrow, bar, degree, percentage or currency pair first, then the figures.)
  if (text.length > 300 || !TICKER_MARKS.some((mark) => text.includes(mark))) return false;
  const figures = text.match(/\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|\d+\.\d+%?|\d+%|-?\d{1,2}°/g);
  if (figures === null || figures.length < 3 || /[.!?]["”’]?$/.test(text)) return false;
  // Running text with figures (`with 28% of the events, 19.8% vs 7.1%`) is made of lowercase words.
  const lowercase = text.split(' ').filter((word) => /^\p{Ll}/u.test(word)).length;
  return lowercase <= 4 && /[▲▼△▽↑↓|°]|\b[A-Z]{3}\/[A-Z]{3}\b|%/.test(text);
}

/**
 * Promotions and widgets of the site rather than the story: a countdown
 * (`Election 2017: 26 days to go`), a magazine's issue label (`From the
 * March 2025 issue`), a membership appeal (`Become a sustaining member
 * today`, `Your support makes stories like this possible`), a subscription offer that leads with
 * the offer (`Free UK delivery on all subscriptions this month`,
 * `Subscribe now for 50% off`; a headline about subscriptions leads with its subject).
 */
const LEADING_PROMOTION = /^(?:see our privacy\b|thank you for (?:subscribing|signing up|registering|your support)\b|(?:hi|high):?\s*-?\d{1,3}°.{0,12}\b(?:lo|low):?\s*-?\d{1,3}°|never miss an? (?:story|thing|update)\b|(?:add to|save to) (?:your )?(?:saved|reading list|favou?rites)|(?:from|in) (?:the|our) (?:\p{L}+ )?\d{4} (?:print )?(?:issue|edition)$|(?:free|save|get|try|join|special offer|limited offer)\b[^.]*\bsubscri|subscri\w*\b.*\b(?:free|off|sale|offer|deal|trial)\b)/iu;
/** The promotions that may stand anywhere in their line, each holding one of the `INNER_CUES`, looked for first. */
const INNER_PROMOTION = /\bfree trial\b|\bstories by (?:e-?mail|text)\b|\bmore newsletters\b|\bbecome an? (?:[\p{L}'’]+ ){0,3}(?:member|insider|subscriber|supporter|patron|donor)\b|\byour support makes\b|\b\d+ (?:days?|weeks?|hours?) (?:to go|left|until|remaining)$/iu;
const INNER_CUES = ['rial', 'tories by', 'ewsletters', 'ecome', 'upport makes', 'to go', 'left', 'until', 'remaining'];

/** `Example Journal file photo`: the credit of an archive picture. */
const FILE_PHOTO = /^[\p{Lu}][\p{L}&'’. -]{0,60} file (?:photo|image|picture)$/iu;

/** Whether a short line is one of the site's promotions or widgets (see `LEADING_PROMOTION`). */
function isPromotion(text: string): boolean {
  // (Every short line comes here: the anchored forms fail at the first letter, the rest wait for a cue word.)
  return LEADING_PROMOTION.test(text) || (INNER_CUES.some((cue) => text.includes(cue)) && INNER_PROMOTION.test(text)) || (/(?:photo|image|picture)$/i.test(text) && FILE_PHOTO.test(text));
}

/** Whether a whole line is page chrome rather than article text. */
export function isBoilerplate(text: string): boolean {
  if (text.length > 400) return false;
  if (text.length > 160) return LONG_CHROME.test(text) || siteUsesCookies(text) || isMarketTicker(text);
  for (const re of WHOLE_LINE) if (re.test(text)) return true;
  if (siteUsesCookies(text) || (text.length <= 120 && isPromotion(text))) return true;
  return isMenuRow(text) || isMenuLine(text) || isShareBar(text) || isBreadcrumb(text) || isMarketTicker(text);
}

/** A reporter's or desk's address on a line of its own: `Email: news@example.ie`, `@handle`. */
export function isContactLine(text: string): boolean {
  return text.length <= 80 && /^(?:(?:e-?mail|twitter|x|follow(?: on \w+)?)\s*:?\s*)?(?:[^\s@]+@[^\s@]+\.[a-z]{2,}|@\w{2,30})$/i.test(text);
}

/**
 * Lines that open the page footer: after the article body, everything from
 * here on is other stories, tags, comments or legal text.
 */
export function isFooterStart(text: string): boolean {
  return text.length <= 120 && /^(?:related(?: articles| stories| posts| coverage| news| content| reading)?|more (?:on|from|about|in)\b.{0,60}|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you| stories| reading)?|read next|up next|most (?:popular|read|viewed|shared)(?: articles| stories| now| today)?|popular (?:now|stories|posts)|trending (?:stories|articles)|check out (?:our|other)\b.*|(?:\d+ )?comments?|leave a (?:comment|reply)|join the (?:conversation|discussion)|show comments|latest (?:news|stories|articles)|more stories|other stories|share this(?: article| story| post)?:?|like this:?|about the author|media contacts?:?|press contacts?:?|contact information:?|newsletter sign-?up|sign up for (?:our|the)\b.*|©.*|\(c\) ?\d{4}.*|copyright\b.*|all rights reserved\.?)$/i.test(text)
    && text.length <= 120
    && (!/[.!?]$/.test(text) || /©|\(c\)|copyright|rights reserved/i.test(text));
}
