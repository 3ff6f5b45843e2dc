import type { EnrichedArticle, Entities, ProvenancedField } from '../../types.js';
import type { RenderContext } from '../renderContext.js';
import type { PageDataByKind } from '../../plan/pageData.js';
import { relativeHref } from '../../plan/relativeHref.js';
import { outputPath } from '../../plan/outputPath.js';
import { formatDate, type DateView } from '../formatDate.js';
import { jsonForScript, type SafeHtml } from '../safeHtml.js';
import { bodyDigest } from '../../cache/bodyStore.js';
import { articleSummaries, type ArticleSummaryView } from './articleSummaryView.js';
import { provenanceRows, type ProvenanceRow } from './provenanceRows.js';

export interface LinkView {
  readonly href: string;
  readonly label: string;
}

/** Everything the article template shows. */
export interface ArticleView {
  readonly headline: string;
  readonly dek: string | null;
  readonly date: DateView | null;
  readonly dateGuessed: boolean;
  readonly source: LinkView | null;
  readonly author: string | null;
  readonly section: string | null;
  readonly topics: readonly LinkView[];
  /** Empty in the view: put in just before rendering (see `fillBody`); the digest stands for it in page hashes. */
  readonly bodyHtml: SafeHtml;
  readonly bodyDigest: string;
  readonly wordCount: number;
  readonly originalHref: string;
  readonly seed: string;
  readonly previous: LinkView | null;
  readonly next: LinkView | null;
  readonly related: readonly ArticleSummaryView[];
  readonly story: (LinkView & { readonly count: number }) | null;
  readonly entities: readonly { readonly label: string; readonly items: readonly LinkView[] }[];
  readonly provenance: readonly ProvenanceRow[];
  readonly guessedFields: readonly ProvenancedField[];
  /** " (2 fields to check)", or empty when nothing is guessed. */
  readonly checkNote: string;
  readonly jsonLd: SafeHtml;
}

const entityLabels: Record<keyof Entities, string> = { people: 'People', places: 'Places', organisations: 'Organisations' };

/** The view of one article page. */
export function articleView(ctx: RenderContext, path: string, data: PageDataByKind['article']): ArticleView {
  const record = ctx.byId.get(data.id)!;
  const link = (id: string | null): LinkView | null => {
    const other = id === null ? undefined : ctx.byId.get(id);
    return other ? { href: relativeHref(path, outputPath.article(other.slug)), label: other.headline } : null;
  };
  const source = record.source === null ? undefined : ctx.sourceByName.get(record.source);
  const cluster = record.cluster === null ? undefined : ctx.clusterById.get(record.cluster);
  const rows = provenanceRows(record);
  const guessedFields = rows.filter((r) => r.guessed).map((r) => r.field);
  return {
    headline: record.headline,
    dek: record.dek,
    date: record.date === null ? null : formatDate(record.date),
    dateGuessed: record.provenance.date.method === 'inferred',
    source: record.source === null ? null : { label: record.source, href: source ? relativeHref(path, outputPath.source(source.slug)) : '' },
    author: record.author,
    section: record.section,
    topics: record.topics.flatMap((name) => {
      const topic = ctx.topicByName.get(name);
      return topic ? [{ label: name, href: relativeHref(path, outputPath.topic(topic.slug)) }] : [];
    }),
    bodyHtml: '' as SafeHtml,
    bodyDigest: bodyDigest(record.body),
    wordCount: record.wordCount,
    originalHref: relativeHref(path, ctx.originals.get(record.seed) ?? 'originals/'),
    seed: record.seed,
    previous: link(data.previousId),
    next: link(data.nextId),
    // Through the list-item cache: every article page links other articles from the same base, and each article is related to several.
    related: articleSummaries(ctx, path, record.related.filter((id) => ctx.byId.has(id))),
    story: cluster ? { href: relativeHref(path, outputPath.story(cluster.slug)), label: cluster.label, count: cluster.ids.length } : null,
    entities: (Object.keys(entityLabels) as (keyof Entities)[]).flatMap((kind) => {
      const items = record.entities[kind].map((name) => {
        const group = ctx.entityByKey.get(`${kind}:${name}`);
        return { label: name, href: group ? relativeHref(path, outputPath.entity(kind, group.slug)) : '' };
      });
      return items.length ? [{ label: entityLabels[kind], items }] : [];
    }),
    provenance: rows,
    guessedFields,
    checkNote: guessedFields.length === 0 ? '' : ` (${guessedFields.length} field${guessedFields.length === 1 ? '' : 's'} to check)`,
    jsonLd: jsonForScript(articleJsonLd(record)),
  };
}

function articleJsonLd(record: EnrichedArticle): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: record.headline,
    ...(record.dek ? { alternativeHeadline: record.dek } : {}),
    ...(record.date ? { datePublished: record.date } : {}),
    ...(record.author ? { author: { '@type': 'Person', name: record.author } } : {}),
    ...(record.source ? { publisher: { '@type': 'Organization', name: record.source } } : {}),
    keywords: record.topics.join(', '),
    wordCount: record.wordCount,
  };
}

