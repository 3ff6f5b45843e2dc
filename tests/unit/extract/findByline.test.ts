import { describe, expect, it } from 'vitest';
import { filedFromByline, findByline, unglueDate } from '../../../src/extract/text/findByline.js';
import { isPersonName } from '../../../src/extract/text/names.js';
import { withoutGluedCrumb } from '../../../src/extract/text/pickMeta.js';

describe('findByline', () => {
  it.each([
    ['Written by Kathrine Frich', 'Kathrine Frich', null],
    ['by [14]Jane Doe', 'Jane Doe', null],
    ['From Jane Doe-Roe, Abuja', 'Jane Doe-Roe', null],
    ['By Jane K. Doe in Oslo and Omar Hadi bin Yusof in Singapore', 'Jane K. Doe and Omar Hadi bin Yusof', null],
    ['By Jane Doe, University Communications', 'Jane Doe', null],
    ['By Jane Doe', 'Jane Doe', null],
    ['By Jane Doe and Mark Whitfield', 'Jane Doe and Mark Whitfield', null],
    ['By Ana López, Ben Ng and Chris O’Neil', 'Ana López, Ben Ng and Chris O’Neil', null],
    ['By Jane Doe, Reuters', 'Jane Doe', 'Reuters'],
    ['By Gareth Owen, AFP', 'Gareth Owen', 'AFP'],
    ['Jane Doe, Reuters', 'Jane Doe', 'Reuters'],
    ['By Maria Gonzalez, Contributing Columnist', 'Maria Gonzalez', null],
    ['By Tom Baker | June 3, 2024', 'Tom Baker', null],
    ['Posted by Lena Park', 'Lena Park', null],
    ['Author: Sam Patel', 'Sam Patel', null],
    ['Von Anna Schmidt', 'Anna Schmidt', null],
    ['By MATTHEW LEE', 'Matthew Lee', null],
    ['By MICHAEL JONES Associated Press', 'Michael Jones', 'Associated Press'],
    ['By JAN VAN DER BERG', 'Jan van der Berg', null],
    ["By SEAN O'NEIL and MARY MCDONALD", "Sean O'Neil and Mary McDonald", null],
    ['By Jane Doe, CNN', 'Jane Doe', 'CNN'],
    ['By Jane Doe, Staff Writer', 'Jane Doe', null],
    ['Jane Doe | Reuters', 'Jane Doe', 'Reuters'],
    ['Story by Jane Doe • 2h', 'Jane Doe', null],
    ['Jane Doe, Europe Correspondent', 'Jane Doe', null],
    ['By Jane Doe | The Daily Example', 'Jane Doe', null],
    ['By Jane Doe | Example Evening Post', 'Jane Doe', 'Example Evening Post'],
    ['Lucy Grant, Example News', 'Lucy Grant', 'Example News'],
    ['By Ludwig van Beethoven', 'Ludwig van Beethoven', null],
  ])('reads %s', (text, author, source) => {
    expect(findByline(text)).toMatchObject({ author, source });
  });
  it('reads the date of a `By X | Month D, YYYY` byline', () => {
    expect(findByline('By Tom Baker | June 3, 2024')?.date?.iso).toBe('2024-06-03');
    expect(findByline('Posted on 2023-06-14 by Sam Patel')).toMatchObject({ author: 'Sam Patel', date: { iso: '2023-06-14' } });
  });
  it('reads an agency byline as a source without author', () => {
    expect(findByline('By Reuters')).toMatchObject({ author: null, source: 'Reuters' });
    expect(findByline('By The Associated Press')).toMatchObject({ author: null, source: 'Associated Press' });
  });
  it('does not mistake "By Tuesday, ..." sentences for bylines', () => {
    expect(findByline('By Tuesday, all hosepipe restrictions in the region will have been lifted.')).toBeNull();
    expect(findByline('By contrast, Russia has fewer restrictions online.')).toBeNull();
    expect(findByline('By the end of the year the plant will close')).toBeNull();
    expect(findByline('By October, traders said')).toBeNull();
    expect(findByline('From Monday, Lagos')).toBeNull();
    expect(findByline('From Example Daily News, Lagos')).toBeNull();
  });
  it('ignores long lines', () => {
    expect(findByline(`By Jane Doe ${'x'.repeat(200)}`)).toBeNull();
  });
});

describe('isPersonName', () => {
  it('accepts capitalised two- to five-word names', () => {
    expect(isPersonName('Kathrine Frich')).toBe(true);
    expect(isPersonName('J. Smith')).toBe(true);
  });
  it('rejects weekdays, months and sentence words', () => {
    expect(isPersonName('Tuesday')).toBe(false);
    expect(isPersonName('the way')).toBe(false);
    expect(isPersonName('December Storms')).toBe(false);
    expect(isPersonName('Example Police')).toBe(false);
    expect(isPersonName('Crime Commissioner')).toBe(false);
  });
});

describe('findByline without "By"', () => {
  it('reads `Name | Agency` and `Name | date`', () => {
    expect(findByline('Jane Doe | Reuters')).toMatchObject({ author: 'Jane Doe', source: 'Reuters' });
    expect(findByline('Jane Doe | December 5, 2025')).toMatchObject({ author: 'Jane Doe', date: { iso: '2025-12-05' } });
  });
  it('reads an acronym outlet after the name', () => {
    expect(findByline('By Jane Doe, CNN')).toMatchObject({ author: 'Jane Doe', source: 'CNN' });
  });
  it('does not read a headline with a pipe as a byline', () => {
    expect(findByline('Opinion | The four-day week works')).toBeNull();
  });
});

describe('findByline: more forms', () => {
  it('reads the outlet of a byline past a contact segment, and an agency run into the last of two names', () => {
    expect(findByline('By Jane Doe and John Roe | news@example.com | The Example Ledger')).toMatchObject({ author: 'Jane Doe and John Roe', source: 'The Example Ledger' });
    expect(findByline('By JANE DOE and JOHN ROE Example Wire Service')).toMatchObject({ author: 'Jane Doe and John Roe', source: 'Example Wire Service' });
  });
  it('reads a contributor\'s credit after a slash, and no byline in a publication\'s name joined with `&`', () => {
    expect(findByline('Jane Doe / Special to the Chronicle')).toMatchObject({ author: 'Jane Doe' });
    expect(findByline('Example Grain & Feed Journal')).toBeNull();
  });
  it('puts back the spaces a page lost between `By`, the name and the job title, not inside a name', () => {
    expect(findByline('ByJane DowlingLocal Democracy Reporter')).toMatchObject({ author: 'Jane Dowling' });
    expect(findByline('Fraser McAlinden Local Democracy Reporter')).toMatchObject({ author: 'Fraser McAlinden' });
    expect(findByline('By Ian MacLeod')).toMatchObject({ author: 'Ian MacLeod' });
  });
  it('reads a job title in lower case before the name, and a wire\'s capitals surnames in normal case', () => {
    expect(findByline('By state political reporter Jane Doe')).toMatchObject({ author: 'Jane Doe' });
    expect(findByline('By business reporter Jane Doe and John Roe')).toMatchObject({ author: 'Jane Doe and John Roe' });
    expect(findByline('By Léa FONTAINE and John ROE-SMITH')).toMatchObject({ author: 'Léa Fontaine and John Roe-Smith' });
    expect(findByline('By John Doe III')).toMatchObject({ author: 'John Doe III' });
  });
  it('reads an export\'s byline field that keeps the printed `By`', () => {
    expect(findByline('Byline: By Jane Doe, Staff Writer')).toMatchObject({ author: 'Jane Doe' });
    expect(findByline('Author of the article: Jane Doe')).toMatchObject({ author: 'Jane Doe' });
  });
  it('reads a byline of segments: name, outlet, dates, preferring the posted date to the updated one', () => {
    const byline = findByline('Sarah Okafor · Example News · Posted: Mar 04, 2025 10:15 AM CST | Last Updated: March 5, 2025');
    expect(byline).toMatchObject({ author: 'Sarah Okafor', source: 'Example News' });
    expect(byline?.date?.iso).toBe('2025-03-04T10:15:00-06:00');
    expect(findByline('Jane Doe | jane.doe@example.com')).toMatchObject({ author: 'Jane Doe', source: null });
    expect(findByline('Jane Doe • @janedoe')).toMatchObject({ author: 'Jane Doe' });
  });
  it('keeps the people of a byline with a newsroom co-credit, and reads its outlet', () => {
    expect(findByline('By Jake Morrow and Example City Staff • Published March 4, 2025 • Updated on March 5, 2025 at 9:12 am'))
      .toMatchObject({ author: 'Jake Morrow', source: 'Example City', date: { iso: '2025-03-04' } });
    expect(findByline('By Jane Doe and agencies')).toMatchObject({ author: 'Jane Doe', source: null });
    expect(findByline('By Jane Doe and Reuters')).toMatchObject({ author: 'Jane Doe', source: 'Reuters' });
    expect(findByline('By Jane Doe and the weather')).toBeNull();
  });
  it('reads a name with its job title on one line, before or after the name', () => {
    expect(findByline('Holly Brenner Political Correspondent')).toMatchObject({ author: 'Holly Brenner', source: null });
    expect(findByline('Author: Meteorologist Dana Kowal')).toMatchObject({ author: 'Dana Kowal' });
    expect(findByline('Jane Smith Named Chief Executive')).toBeNull();
  });
  it('reads a name followed only by when the story went up', () => {
    expect(findByline('Jane Doe 12:05, Apr 18 2018')).toMatchObject({ author: 'Jane Doe', date: { day: '2018-04-18' } });
    expect(findByline('Jane Doe September 27, 2018')).toMatchObject({ author: 'Jane Doe', date: { day: '2018-09-27' } });
    expect(findByline('By Jane Doe June 3, 2024')).toMatchObject({ author: 'Jane Doe' });
    expect(findByline('Prices rose sharply, March 4, 2025')).toBeNull();
  });
  it('reads names each with a job title, the date run into the last title', () => {
    expect(findByline('Jane Doe, News Editor and John Roe, Staff WriterSeptember 27, 2018'))
      .toMatchObject({ author: 'Jane Doe and John Roe', date: { day: '2018-09-27' } });
    expect(unglueDate('Staff WriterSeptember 27, 2018')).toBe('Staff Writer September 27, 2018');
    expect(unglueDate('Remember 27 things')).toBe('Remember 27 things');
  });
  it('reads a line of names and nothing else', () => {
    expect(findByline('Dana White, Marcus Oye and Sofia Lind')).toMatchObject({ author: 'Dana White, Marcus Oye and Sofia Lind' });
    expect(findByline('Trade and Industry')).toBeNull();
  });
  it('reads `Interview by X`, and takes a desk for a role, not an outlet', () => {
    expect(findByline('Interview by Rosa Achter')).toMatchObject({ author: 'Rosa Achter' });
    expect(findByline('Oren Fitz-Wu, Capitol Bureau')).toMatchObject({ author: 'Oren Fitz-Wu', source: null });
  });
  it('reads `Names in Place` only when asked, as the caller checks for a dateline beside it', () => {
    expect(filedFromByline('Kieran Ash in Grebenau')).toMatchObject({ author: 'Kieran Ash' });
    expect(filedFromByline('Ana Ruiz and Tom Lee in Kyiv')).toMatchObject({ author: 'Ana Ruiz and Tom Lee' });
    expect(findByline('Kieran Ash in Grebenau')).toBeNull();
    expect(filedFromByline('Prices rose sharply in March')).toBeNull();
  });
  it('reads names separated by commas only, an outlet before the byline, and never a job title as a name', () => {
    expect(findByline('by: Dana White, Tyler Benn')).toMatchObject({ author: 'Dana White and Tyler Benn' });
    expect(findByline('WQXR | By Lucas Ferro')).toMatchObject({ author: 'Lucas Ferro', source: 'WQXR' });
    expect(findByline('Chief Football Writer')).toBeNull();
    expect(findByline('Author Jan Becker, Miriam Vogt (with Reuters, dpa)')).toMatchObject({ author: 'Jan Becker and Miriam Vogt' });
    expect(findByline('Writers Guild strike enters its third week')).toBeNull();
    expect(findByline('By Special Correspondent')).toBeNull();
  });
  it('does not take page chrome or a company for a person', () => {
    expect(isPersonName('For Subscribers')).toBe(false);
    expect(isPersonName('Example Foods Inc.')).toBe(false);
  });
  it('reads `By NAME FOR THE OUTLET` as the writer, leaving the outlet to the masthead but naming a wire', () => {
    expect(findByline('By JANE DOE FOR THE EXAMPLE EVENING STAR')).toEqual({ author: 'Jane Doe', source: null, date: null });
    expect(findByline('By Jane Doe for Reuters')).toEqual({ author: 'Jane Doe', source: 'Reuters', date: null });
    // `for` and no outlet after it: not this shape.
    expect(findByline('By Jane Doe for Example Foods')).toBeNull();
  });
});

describe('withoutGluedCrumb', () => {
  const page = (...texts: string[]) => texts.map((text, i) => ({ text, no: i + 1 })) as unknown as Parameters<typeof withoutGluedCrumb>[1];
  it('drops a menu word the scrape ran into the name', () => {
    expect(withoutGluedCrumb('NewsJohn Roe', page('News', 'Sport'))).toBe('John Roe');
  });
  it('keeps a name whose inner capital no menu line explains', () => {
    expect(withoutGluedCrumb('MacKenzie Doe', page('News', 'Sport'))).toBe('MacKenzie Doe');
    expect(withoutGluedCrumb('DeShawn Roe', page('De'))).toBe('DeShawn Roe');
  });
});
