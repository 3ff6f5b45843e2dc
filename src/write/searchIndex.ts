/**
 * Index the staged site with Pagefind (its Node API, no network): only
 * elements marked `data-pagefind-body` (article pages) are indexed, and the
 * bundle is written to `pagefind/` inside the site.
 * @returns the number of pages indexed
 */
export async function buildSearchIndex(siteDir: string): Promise<number> {
  // Loaded here: most rebuilds reuse the index and never need it.
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
