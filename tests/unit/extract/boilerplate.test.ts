import { describe, expect, it } from 'vitest';
import { cleanLine } from '../../../src/extract/text/lines.js';
import { isBoilerplate, isBreadcrumb, isContactLine, isFooterStart, isMarketTicker, isMenuLine, isShareBar } from '../../../src/extract/text/boilerplate.js';

describe('isBoilerplate', () => {
  it.each([
    'Skip to content', 'Skip to main content', 'Menu', 'Sign in', 'Subscribe', 'Trending Now', 'TRENDING NOW',
    'Read More', 'Advertisement', 'ADVERTISEMENT', 'Advertisement · Scroll to continue', 'Story continues below advertisement',
    'Photo: Shutterstock', 'Share', 'Facebook', 'Copy link', 'Home | World | Business | Tech',
    'We use cookies to improve your experience. By continuing to browse you agree to our cookie policy.',
    'Accept all', 'Already a subscriber? Log in', 'Subscribe to continue reading', '5 min read', 'Updated 2 hours ago',
    'FOR IMMEDIATE RELEASE', '###', 'Check Out Our Content', 'Most Popular Articles',
    'We value your privacy. We and our partners use cookies to personalise content and ads. Manage preferences',
    'You have 3 free articles remaining this month. Subscribe for unlimited access.',
    'This article is more than 3 months old', 'TRENDING: Load shedding | Rugby | Petrol price', 'Support the Example Herald', 'Sponsored by Example Credit Union. Rates as low as 5.24% APR on auto loans.',
  ])('drops %s', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });
  it.each([
    'Newfound Access to Internet', 'Russia has fewer restrictions online.', 'War',
    'The company said it would share more details next week.',
    'The council said the plan was sponsored by three members.', 'Readers have three free articles a month under the new plan, the publisher said.',
  ])('keeps %s', (text) => {
    expect(isBoilerplate(text)).toBe(false);
  });
});

describe('isFooterStart', () => {
  it.each(['Related Stories', 'Most Popular Articles', 'Check Out Other Tags:', 'Comments', 'Leave a comment', '© 2025 Valley Courier', 'More from Opinion', 'Media Contact:', 'Share this:'])(
    'opens the footer at %s', (text) => {
      expect(isFooterStart(text)).toBe(true);
    },
  );
  it('does not open the footer at a sentence', () => {
    expect(isFooterStart('More on this later.')).toBe(false);
    expect(isFooterStart('Comments from the minister were welcomed by unions.')).toBe(false);
  });
});

describe('isContactLine', () => {
  it.each(['Email: news@example.ie', 'E-mail: desk@example.co.uk', 'reporter@example.com', '@exampledesk', 'Twitter: @jane_reports'])('reads %s as an address', (text) => {
    expect(isContactLine(text)).toBe(true);
  });
  it.each(['Email the newsroom with tips', 'Contact the council by email at info@example.org for details.', 'Ferry service to resume'])('keeps %s', (text) => {
    expect(isContactLine(text)).toBe(false);
  });
});

describe('isMenuLine', () => {
  it.each([
    'Home World National Politics Business Science Opinion Sport Video', 'NEWS POLITICS ECONOMY SOCIETY SCIENCE & NATURE CULTURE SPORTS',
    'Home Local News State Nation & World Sports Business Opinion Obituaries Things To Do', 'Explore Places People Nature Photography Magazine Shop Subscribe',
  ])('reads %s as a menu', (text) => {
    expect(isMenuLine(text)).toBe(true);
  });
  it.each([
    'Apple Unveils Cheaper iPhone Model Targeting Emerging Markets', 'Council to vote on new sports and culture budget for the region',
    'World Cup Football Fans Flock To Qatar', 'Business, science and politics: a week in review',
  ])('keeps the headline %s', (text) => {
    expect(isMenuLine(text)).toBe(false);
  });
});

describe('isShareBar', () => {
  it.each(['Share on Facebook Share on Twitter Share via Email', 'Gift Article Share Comment 512', 'Share Reuse this content'])('reads %s as a share bar', (text) => {
    expect(isShareBar(text)).toBe(true);
  });
  it.each(['Share prices fall on Facebook news', 'Twitter to share more content with advertisers'])('keeps %s', (text) => {
    expect(isShareBar(text)).toBe(false);
  });
});

describe('isMarketTicker', () => {
  it.each([
    'EUR/PLN 4.6612 USD/PLN 4.1370 WIG20 2,214.55 ▼0.6%', 'ASX 200 ▲ 0.4% AUD/USD 0.6893 Gold US$1,557', 'SYDNEY 24° MELBOURNE 19° BRISBANE 29° PERTH 31°',
    'MARKETS: Index 1,612.4 ▲2.1% (26 Jan) | Spot rate $4,407/FEU ▼1.3% (29 Jan) | Bunker price $612.50 ▲0.4% (29 Jan) | Charter index 2,014 ▼0.2% (29 Jan) | Freight futures 1,550.25 ▲1.1%',
  ])('reads %s as a ticker', (text) => {
    expect(isMarketTicker(text)).toBe(true);
    expect(isBoilerplate(text)).toBe(true);
  });
  it.each([
    'Overall survival data were immature at the time of analysis, with 28% of the required events, and 19.8% vs 7.1% responded.',
    'Shares rise 4.2% as profit beats forecasts', 'Inflation hits 58.2% as wages lag 12.5% behind, 3.1% below forecast',
  ])('keeps %s', (text) => {
    expect(isMarketTicker(text)).toBe(false);
  });
});

describe('isBreadcrumb and other chrome rows', () => {
  it('reads two capitalised crumbs behind a plain arrow, and a trail after `You are here`, as a breadcrumb', () => {
    expect(isBreadcrumb('News > Crime & Court')).toBe(true);
    expect(isBreadcrumb('Eat & Drink > Restaurant Reviews')).toBe(true);
    expect(isBreadcrumb('You are here: Home › News & resources › Press releases')).toBe(true);
    expect(isBreadcrumb('Weather > Forecast > WeatherWatch 9')).toBe(true);
    // A headline comparing two things is not a trail: its words are not all capitalised.
    expect(isBreadcrumb('Profits > promises for the board')).toBe(false);
    expect(isBreadcrumb('Why savings > spending this year')).toBe(false);
  });
  it('reads share prompts and e-mail chrome as chrome', () => {
    expect(isBoilerplate('Kindly Share This Story:')).toBe(true);
    expect(isBoilerplate('View in browser | Add us to your address book')).toBe(true);
    expect(isBoilerplate('View this email in your browser')).toBe(true);
    expect(isBoilerplate('Share the story of how the town rebuilt its pier')).toBe(false);
  });
  it('reads a menu row with one longer item among short ones as chrome, not a headline with bars', () => {
    expect(isBoilerplate('Opinion | Editorials | Columns | Letters to the Editor | Submit a Letter')).toBe(true);
    expect(isBoilerplate('Storm hits the coast | Power out for thousands | Schools close early')).toBe(false);
  });
  it('reads menu items set side by side with runs of spaces as a menu row', () => {
    expect(cleanLine('Residents   Business   Council   Services   Planning & building   Things to do   Have your say'))
      .toBe('Residents | Business | Council | Services | Planning & building | Things to do | Have your say');
    expect(isBoilerplate(cleanLine('Music   Games   Film & TV   Tech   Features   Interviews\tPodcasts'))).toBe(true);
    // A table's row has figures, a sentence has punctuation: their gaps are only collapsed.
    expect(cleanLine('Revenue    1,234    1,100    +12%')).toBe('Revenue 1,234 1,100 +12%');
    expect(cleanLine('He said no.  Then he left.  Nobody followed.')).toBe('He said no. Then he left. Nobody followed.');
  });
  it('reads a breadcrumb trail, a text browser\'s link menu and a headed menu row as chrome', () => {
    expect(isBreadcrumb('Home > News & Resources > Press releases')).toBe(true);
    expect(isBreadcrumb('Home / Cities / Harbourtown / Harbour metro second phase to open by December')).toBe(true);
    expect(isBoilerplate(cleanLine('[5]Home [6]News [7]Schools [8]Town Meeting [9]Obituaries'))).toBe(true);
    expect(isBoilerplate('Practice areas: Arbitration · Commercial · Disputes · Employment · Family')).toBe(true);
    expect(isBoilerplate('Example Weekly uses cookies to provide necessary website functionality and improve your experience.')).toBe(true);
    expect(isBoilerplate('We care about your privacy')).toBe(true);
    expect(isBoilerplate('Our site uses cookies and similar technologies to provide you with a better experience. See our privacy policy.')).toBe(true);
    expect(isBoilerplate('Accessibility links')).toBe(true);
    expect(isBoilerplate('Skip to sections navigation')).toBe(true);
  });
  it('reads a two-crumb trail with arrows, a countdown and a subscription offer as chrome', () => {
    expect(isBreadcrumb('Newsroom › Press releases')).toBe(true);
    expect(isBoilerplate('Election 2024: 26 days to go')).toBe(true);
    expect(isBoilerplate('Free UK delivery on all subscriptions this month')).toBe(true);
    expect(isBoilerplate('Subscribe today: first three months free')).toBe(true);
    expect(isBoilerplate('From the March 2025 issue')).toBe(true);
    expect(isBoilerplate('Your support makes stories like this possible. Become a sustaining member today.')).toBe(true);
    expect(isBoilerplate('Become an Example Herald Insider')).toBe(true);
    for (const chrome of ['Skip to main menu', 'Example Business Journal file photo', 'Never miss a story. Start your free trial.', 'We have more newsletters',
      'Add to your saved stories', 'Thank you for subscribing', 'Get the biggest daily stories by email', 'Hi 94° Lo 71°']) expect(isBoilerplate(chrome), chrome).toBe(true);
  });
  it('keeps a headline about subscriptions', () => {
    expect(isBoilerplate('Council cuts library subscriptions to save money')).toBe(false);
    expect(isBoilerplate('How a nurse became a member of parliament in 40 days')).toBe(false);
  });
  it('keeps a headline with a comparison and a sentence about cookies', () => {
    expect(isBreadcrumb('Profits > forecasts as sales jump')).toBe(false);
    expect(isBoilerplate('The app uses cookies to track users across sites, the regulator said.')).toBe(false);
  });
});
