import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/extract/text/annotate.js';
import { splitLines } from '../../../src/extract/text/lines.js';

const LEAD = 'The regional council voted on Tuesday to merge the two water boards, ending a dispute that has lasted more than a decade.';

/** The role of each line of a page, by its text. */
function rolesOf(page: string): Map<string, string> {
  return new Map(annotate(splitLines(page), { dayFirst: false }).map((l) => [l.text, l.role]));
}

describe('roles from neighbouring lines', () => {
  it('reads score lines beside a worded headline as labels, and keeps a score line that is the page headline', () => {
    const report = rolesOf(`Football\n\nRovers snatch a late draw in the derby at the Arms Park\n\nExample Athletic 2-2 Example Rovers\n\nJane Doe\nSat 1 Mar 2025 17:05 GMT\n\n${LEAD}\n`);
    expect(report.get('Example Athletic 2-2 Example Rovers')).toBe('label');
    expect(report.get('Rovers snatch a late draw in the derby at the Arms Park')).toBe('title');
    const ticker = rolesOf(`Example United 0-1 Example Town FT\nExample Rovers 2-2 Example Athletic FT\nMatch report\nTen-man visitors hold on for first away win\nJane Doe\n\n${LEAD}\n`);
    expect(ticker.get('Example United 0-1 Example Town FT')).toBe('label');
    expect(ticker.get('Example Rovers 2-2 Example Athletic FT')).toBe('label');
    const page = rolesOf(`Example Athletic 2-2 Example Rovers\nSat 1 Mar 2025 17:05 GMT\n\n${LEAD}\n`);
    expect(page.get('Example Athletic 2-2 Example Rovers')).toBe('title');
  });
  it('takes a ticker over the page for chrome when a headline with its dateline follows', () => {
    const roles = rolesOf(`Breaking: Coast road closed after rockfall\n\nCouncil merges water boards after decade-long dispute\nMarch 4, 2025\n\n${LEAD}\n`);
    expect(roles.get('Breaking: Coast road closed after rockfall')).toBe('label');
    expect(roles.get('Council merges water boards after decade-long dispute')).toBe('title');
  });
  it('keeps a `Watch:` line as the page headline when no other headline follows', () => {
    const roles = rolesOf(`Watch: Humpback whale breaches beside a kayak off the point\n3 hours ago\n\n${LEAD}\n`);
    expect(roles.get('Watch: Humpback whale breaches beside a kayak off the point')).toBe('title');
  });
  it('reads a short line over a byline and running text as a headline, and a section label over it as a label', () => {
    const roles = rolesOf(`Politics\nCouncil merges boards\nBy Jane Roe\n\n${LEAD}\n`);
    expect(roles.get('Council merges boards')).toBe('title');
    expect(roles.get('Politics')).toBe('label');
  });
  it('reads the masthead and its tagline over the menu as labels', () => {
    const roles = rolesOf(`Harbour Valley Ledger\nIndependent news for the harbour towns\nHome\nNews\nSport\n\nCouncil merges water boards after decade-long dispute\nMarch 4, 2025\n\n${LEAD}\n`);
    expect(roles.get('Harbour Valley Ledger')).toBe('label');
    expect(roles.get('Independent news for the harbour towns')).toBe('label');
  });
  it('reads a tagline as a label under a masthead after the page title, with the day\'s date before the menu', () => {
    const roles = rolesOf(`Council merges water boards after decade-long dispute | Harbour Valley Ledger\nSkip to main content\nHARBOUR VALLEY LEDGER\nThe voice of the harbour towns\nWed, Mar 5, 2025\nHOME\nNEWS\nSPORT\n\nCouncil merges water boards after decade-long dispute\nMarch 4, 2025\n\n${LEAD}\n`);
    expect(roles.get('The voice of the harbour towns')).toBe('label');
    expect(roles.get('Council merges water boards after decade-long dispute')).toBe('title');
  });
  it('reads a headline written as sentences as a title when the page title repeats it', () => {
    const roles = rolesOf(`ANALYSIS: Rates fell. Now comes the hard part. | Harbour Valley Ledger\nEconomy\nRates fell. Now comes the hard part.\nBy Jane Roe\n\n${LEAD}\n`);
    expect(roles.get('Rates fell. Now comes the hard part.')).toBe('title');
  });
  it('reads a title line that names the site and describes it, over the menu, as its masthead', () => {
    const roles = rolesOf(`Harbour Valley Post — News of the harbour towns in English\nSkip to main content\nMenu\nSearch\nNews\nSport\n\nCouncil merges water boards after decade-long dispute\nMarch 4, 2025\n\n${LEAD}\n`);
    expect(roles.get('Harbour Valley Post — News of the harbour towns in English')).toBe('label');
  });
  it('reads the title under a sponsored marker as the advert it is', () => {
    const roles = rolesOf(`Council merges water boards after decade-long dispute\nBy Jane Roe\nSPONSORED\nHow leading councils cut water costs by 30% with one simple change\n\n${LEAD}\n`);
    expect(roles.get('How leading councils cut water costs by 30% with one simple change')).toBe('boiler');
  });
  it('reads a short title deep inside a menu as a menu item', () => {
    const roles = rolesOf(`Example 9 News\nNews\nLocal\nCrime\n9 On Your Side\nWeather\nSports\n\nCouncil merges water boards after decade-long dispute\nMarch 4, 2025\n\n${LEAD}\n`);
    expect(roles.get('9 On Your Side')).toBe('label');
  });
  it('reads a labelled notice of two sentences over a headline with its byline as a ticker, and keeps an ad slot\'s headline', () => {
    const roles = rolesOf(`Power cuts: Stage 2 from 09:00 until 23:00 today. Check your schedule\nCouncil merges water boards after decade-long dispute\nBy Jane Roe\n\n${LEAD}\n`);
    expect(roles.get('Power cuts: Stage 2 from 09:00 until 23:00 today. Check your schedule')).toBe('label');
    const slot = rolesOf(`Advertisement\nCouncil merges water boards after decade-long dispute\nBy Jane Roe\n\n${LEAD}\n`);
    expect(slot.get('Council merges water boards after decade-long dispute')).toBe('title');
  });
  it('reads a one- or two-sentence line between a kicker and its byline as a headline, not a lowercase credit line', () => {
    const roles = rolesOf(`OPINION\nOur library hours were cut. Nobody asked the kids.\nBy Jane Roe\n\n${LEAD}\n`);
    expect(roles.get('Our library hours were cut. Nobody asked the kids.')).toBe('title');
    const credit = rolesOf(`THE MORNING BRIEF\nfrom The Example Courier\nWednesday, October 8, 2025\n\n${LEAD}\n`);
    expect(credit.get('from The Example Courier')).not.toBe('title');
  });
  it('never takes the items of a numbered list for titles', () => {
    const roles = rolesOf(`Most read\n1. Harbour banks brace for new rules\n2. River freight hits a ten-year low\n\nCouncil merges water boards after decade-long dispute\nMarch 4, 2025\n\n${LEAD}\n`);
    expect(roles.get('1. Harbour banks brace for new rules')).toBe('para');
    expect(roles.get('2. River freight hits a ten-year low')).toBe('para');
  });
  it('reads a name over a job title, and a name in a place beside a dateline, as bylines', () => {
    const roles = rolesOf(`Council merges water boards after decade-long dispute\nIsla Mackintosh\nHighlands and Islands reporter\n\n${LEAD}\n`);
    expect(roles.get('Isla Mackintosh')).toBe('byline');
    const filed = rolesOf(`Council merges water boards after decade-long dispute\nKasia Brandt in Gdynia\nMarch 4, 2025\n\n${LEAD}\n\nFewer Restrictions in Russia\n\n${LEAD}\n`);
    expect(filed.get('Kasia Brandt in Gdynia')).toBe('byline');
    expect(filed.get('Fewer Restrictions in Russia')).not.toBe('byline');
  });
});
