import { describe, expect, it } from 'vitest';
import { findSource, ownershipName } from '../../../src/extract/text/findSource.js';

describe('findSource', () => {
  it.each([
    ['WASHINGTON (Reuters) - U.S. congressional leaders reached a tentative agreement on Thursday', 'Reuters', false],
    ['RALEIGH, N.C. (AP) — A fast-moving coastal storm knocked out power to more than 400,000 homes', 'Associated Press', false],
    ['(AP) — A fast-moving coastal storm knocked out power to more than 400,000 homes and businesses', 'Associated Press', false],
    ['SEOUL, Dec. 5 (Yonhap) -- South Korea said on Friday that it would expand the programme', 'Yonhap', false],
    ['BOSTON, May 6, 2025 /PRNewswire/ -- Acme Robotics, Inc., a developer of autonomous warehouse systems', 'PRNewswire', false],
    ['Source: Metro Daily Herald', 'Metro Daily Herald', true],
    ['Source: https://www.example-news.com/story/123', 'example-news.com', true],
    ['© 2016 The Northern Ledger', 'The Northern Ledger', true],
    ['© 2025 The Northern Ledger. All rights reserved.', 'The Northern Ledger', true],
    ['Copyright 2025 The Associated Press. All Rights Reserved.', 'The Associated Press', true],
    ['Korea Herald Online - Back to home', 'Korea Herald Online', true],
    ['The post Ten tips for spring appeared first on Garden Weekly.', 'Garden Weekly', true],
    ['This article originally appeared on Coastal Review.', 'Coastal Review', true],
  ])('reads %s', (text, source, chrome) => {
    expect(findSource(text)).toMatchObject({ source, chrome });
  });
  it.each([
    ['© Copyright 2025 The Harbour Light Ltd. All rights reserved.', 'The Harbour Light', 'company'],
    ['© 2025 Copyright Example 24 - All rights reserved', 'Example 24', 'outlet'],
    ['© 2025 Example Wire Service, Inc. All Rights Reserved.', 'Example Wire Service', 'company'],
    ['© Northside Gazette Pty Ltd 2025', 'Northside Gazette', 'company'],
    ['©2025 Harbour Markets News L.P. All Rights Reserved.', 'Harbour Markets News', 'company'],
    ['Copyright© 2025, THE COASTAL TRIBUNE', 'The Coastal Tribune', 'outlet'],
    ['© 2025 Example Gazette | examplegazette.com', 'Example Gazette', 'outlet'],
    ['©Meridian Regional Publishing. All rights reserved.', 'Meridian Regional Publishing', 'company'],
    ['© 2025 The Northern Ledger', 'The Northern Ledger', 'outlet'],
    ['Rivertown Gazette © 2025', 'Rivertown Gazette', 'outlet'],
    ['Copyright © 2022 Example Ledger Publications Pvt Ltd. All Rights Reserved', 'Example Ledger', 'company'],
    ['© 2021 The Example Observer Sp. z o.o. All rights reserved.', 'The Example Observer', 'company'],
    ['© 2023 Example Herald B.V. - English-language news from the lowlands', 'Example Herald', 'company'],
    ['© 2025 Example Practice Gazette. Published by Example Media Ltd.', 'Example Practice Gazette', 'outlet'],
    ['© Example Valley Voice. Proudly powered by WordPress | Theme: Example', 'Example Valley Voice', 'outlet'],
    ['Copyright © 1996-2022 Example Herald Sdn Bhd (199901004321). All Rights Reserved.', 'Example Herald', 'company'],
    ['Copyright © 2024 Example Crescent Media FZ-LLC. All rights reserved.', 'Example Crescent Media', 'company'],
    ['© 2023 Example Chronicle Media Group Limited or its affiliated companies. All rights reserved.', 'Example Chronicle', 'company'],
    ['© 2025 Example Herald News & Media Limited or its affiliated companies.', 'Example Herald', 'company'],
    ['© 2020 The Example Ledger, Springfield, Ill. All rights reserved.', 'The Example Ledger', 'outlet'],
    ['Copyright 2024 The Example Gazette, 3 Front Street, Springfield, NY', 'The Example Gazette', 'outlet'],
    ['© 2025 Example Holdings, Inc. All rights reserved.', 'Example Holdings', 'company'],
    ['SOURCE Calloway Tools Inc.', 'Calloway Tools Inc.', 'issuer'],
    ['News provided by Calloway Tools Inc.', 'Calloway Tools Inc.', 'issuer'],
  ])('reads the holder of %s', (text, source, kind) => {
    expect(findSource(text)).toMatchObject({ source, kind, chrome: true });
  });
  it('keeps the first sentence of a notice as its holder, past an abbreviation\'s stop', () => {
    expect(findSource('© 2019 The Example Times. Permission required for reproduction.')?.source).toBe('The Example Times');
    expect(findSource('© 2017 WXYZ-TV. Springfield, Ohio. A Example Broadcasting station.')?.source).toBe('WXYZ-TV');
    expect(findSource('© 2020 Example Co. Ltd. All rights reserved.')?.source).not.toBe('Example Co');
    expect(findSource('A Example Media Station © 2024')).toBeNull();
    expect(findSource('© Crown copyright')).toBeNull();
  });
  it('ignores a photographer or a sentence before the copyright mark', () => {
    expect(findSource('Jane Doe © 2024')).toBeNull();
    expect(findSource('All photographs are subject to copyright.')).toBeNull();
  });
  it('reads a wire dateline led by a date', () => {
    expect(findSource('Feb. 9 (UPI) -- The coast guard rescued 14 people on Sunday after a small passenger ferry capsized.')).toMatchObject({ source: 'UPI', kind: 'agency', chrome: false });
    expect(findSource('PARIS, March 4 (AFP) - Rescue teams struggled on Tuesday to reach dozens of stranded trekkers.')).toMatchObject({ source: 'AFP', kind: 'agency' });
  });
  it('ignores parentheses that are not an agency', () => {
    expect(findSource('The United Nations (UN) adopted new sanctions against North Korea in 2017, making it impossible')).toBeNull();
  });
  it('ignores ordinary sentences', () => {
    expect(findSource('Russia has fewer restrictions online.')).toBeNull();
    expect(findSource('Back to top')).toBeNull();
  });
  it('reads any capitalised outlet after an ALL-CAPS city, but not a story flag', () => {
    expect(findSource('LAGOS (Metro Watch) — Officials said on Monday that the new rail line would open next year, ahead of schedule.')?.source).toBe('Metro Watch');
    expect(findSource('LONDON (Updated) — Officials said on Monday that the new rail line would open next year, ahead of schedule.')).toBeNull();
  });
  it('reads the paper inside its company, a print line, and a page saying what it is', () => {
    expect(findSource('© 1998-2024 The Example Ledger Company')).toMatchObject({ source: 'The Example Ledger', kind: 'company' });
    expect(findSource('© Example Review Newspapers Ltd 2022')).toMatchObject({ source: 'Example Review', kind: 'company' });
    expect(findSource('©Example Regional Media Group Ltd')).toMatchObject({ source: 'Example Regional Media Group', kind: 'company' });
    expect(findSource('© 2024 The Example Courier, a division of Example Community Media LLC.')).toMatchObject({ source: 'The Example Courier', kind: 'outlet' });
    expect(findSource('Published in The Example Ledger, May 17th, 2023')).toMatchObject({ source: 'The Example Ledger', chrome: true });
    expect(ownershipName('Example Pulse is owned and operated by Example Digital Sdn Bhd')).toBe('Example Pulse');
    expect(ownershipName('The Example Tide is published by Tide Community Media Ltd. All content © 2024.')).toBe('The Example Tide');
    expect(ownershipName('The book by Jane Doe is published by Example Press.')).toBeNull();
  });
  it('reads a publication, not a language or a newsletter, in an appeared-in line', () => {
    expect(findSource('This content was originally published in Portuguese. Read the original version.')).toBeNull();
    expect(findSource("This article originally appeared in The Example Review's Water Desk newsletter. Sign up here.")?.source).toBe('The Example Review');
  });
  it('reads the outlet notice among other sentences, passing over a photographer', () => {
    expect(findSource('All photographs © Jane Doe. Text and design © The Example Atlas. All rights reserved.')?.source).toBe('The Example Atlas');
    expect(findSource('All rights of the published news on this website are reserved. Example Daily News © 2023')?.source).toBe('Example Daily News');
  });
});
