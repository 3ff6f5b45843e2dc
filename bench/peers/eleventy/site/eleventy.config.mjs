// Eleventy 3 peer for the news-archive benchmark. Same page set as the Hugo
// peer and the project: one page per article, /tags/ + one page per topic,
// /archive/<YYYY>/ per year, and / with the latest 50 articles.
//
// The corpus front matter names topics `topics`, not Eleventy's `tags`.
// Setting `tags` through eleventyComputed does not feed collections (checked
// with 3.1.8: no topic collection appeared), so topic and year groups are both
// custom collections built once here and paginated by tag.njk / year.njk.
const newestFirst = (a, b) => b.date - a.date;
const isPost = (item) => item.inputPath.includes("/posts/");

function groupBy(items, keysOf) {
  const groups = {};
  for (const item of items) for (const key of keysOf(item)) (groups[key] ??= []).push(item);
  for (const list of Object.values(groups)) list.sort(newestFirst);
  return groups;
}

export default function (eleventyConfig) {
  eleventyConfig.addCollection("posts", (api) =>
    api.getAll().filter(isPost).sort(newestFirst));
  eleventyConfig.addCollection("topics", (api) =>
    groupBy(api.getAll().filter(isPost), (item) => item.data.topics ?? []));
  eleventyConfig.addCollection("years", (api) =>
    groupBy(api.getAll().filter(isPost), (item) => [item.date.getUTCFullYear()]));

  eleventyConfig.addFilter("isoDay", (date) => date.toISOString().slice(0, 10));
  eleventyConfig.addFilter("take", (items, n) => items.slice(0, n));
  eleventyConfig.addFilter("sortedKeys", (obj) => Object.keys(obj).sort());
  eleventyConfig.addFilter("keysNewestFirst", (obj) => Object.keys(obj).sort().reverse());
}

export const config = {
  templateFormats: ["md", "njk"],
  // Article bodies are data, not templates: scraped text may contain {{ or {%.
  markdownTemplateEngine: false,
  htmlTemplateEngine: "njk",
};
