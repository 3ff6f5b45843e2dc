/**
 * The typed values that cross each stage boundary of the pipeline:
 * `SeedFile` (load) -> `ExtractedSeed` (extract) -> `ArticleRecord`
 * -> `Archive` of `EnrichedArticle` (enrich) -> `PagePlan` (plan)
 * -> `RenderedPage` (render) -> files in `dist/` (write).
 *
 * Every stage returns data plus `Diagnostic[]`; no stage throws for a
 * content problem. Only the CLI decides whether a diagnostic fails a build.
 */

/** How sure the extractor is of a field. */
export type Confidence = 'high' | 'medium' | 'low';

/**
 * How a field was found: stated by the archivist (`front-matter`,
 * `override`), read from the text (`extracted`), built from other text
 * (`derived`, e.g. a headline from the lead sentence), guessed from
 * indirect evidence (`inferred`, e.g. the latest date mentioned), or not
 * found at all (`none`).
 */
export type ProvenanceMethod = 'front-matter' | 'override' | 'extracted' | 'derived' | 'inferred' | 'none';

/** Evidence for one field of a record. `line` is 1-based in the seed file. */
export interface FieldProvenance {
  readonly method: ProvenanceMethod;
  readonly evidence?: string;
  readonly line?: number;
  readonly confidence: Confidence;
}

/** The record fields whose origin is tracked. */
export type ProvenancedField = 'headline' | 'date' | 'source' | 'author' | 'dek' | 'section';

export type Provenance = Readonly<Record<ProvenancedField, FieldProvenance>>;

/** Severity decides nothing by itself: the CLI (and `--strict`) does. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A message about one input, as data (vfile-style). `code` is permanent
 * once published: see `src/diagnostics/codes.ts`.
 */
export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  /** Path relative to the seeds directory (posix separators), or a project path. */
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
  /** What the archivist can do about it. */
  readonly hint?: string;
}

/** A value plus what the stage has to say about it. */
export interface Result<T> {
  readonly value: T;
  readonly diagnostics: readonly Diagnostic[];
}

/** How the bytes of a seed were decoded. */
export type SeedEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/** A `<seed>.meta.yml` sidecar, still unparsed (parsing is pure, in extract/). */
export interface SeedSidecar {
  /** Path relative to the seeds directory. */
  readonly path: string;
  readonly raw: string;
}

/** One seed as read from disk: decoded, BOM stripped, line endings normalised to `\n`. */
export interface SeedFile {
  /** Path relative to the seeds directory, posix separators, e.g. `000_x.txt`. */
  readonly path: string;
  readonly kind: 'text' | 'markdown';
  /** Decoded text with `\n` line endings and no BOM. Line numbers refer to this. */
  readonly raw: string;
  /** The original bytes, published verbatim as the "original text". */
  readonly bytes: Uint8Array;
  /** sha256 (hex) of `bytes`: cache key and change detection. */
  readonly hash: string;
  readonly encoding: SeedEncoding;
  readonly sidecar: SeedSidecar | null;
}

/** A block of a plain-text body. Text is plain (never HTML): templates escape it. */
export type TextBlock =
  | { readonly type: 'paragraph'; readonly text: string }
  | { readonly type: 'heading'; readonly text: string }
  | { readonly type: 'caption'; readonly text: string }
  | {
      readonly type: 'quote';
      readonly text: string;
      /** e.g. `Gideon Rachman (@gideonrachman)` for an embedded post. */
      readonly attribution: string | null;
      /** ISO date of an embedded post, when it states one. */
      readonly date: string | null;
    };

/**
 * The article body. Text seeds keep structured blocks (rendered as escaped
 * HTML); Markdown seeds carry sanitised HTML from unified + remark-html.
 */
export type Body =
  | { readonly kind: 'text'; readonly blocks: readonly TextBlock[] }
  | { readonly kind: 'markdown'; readonly html: string }
  | StoredBody;

/**
 * A body the build keeps out of memory: where it is, and a digest of it
 * (what a page hash needs). It sits in the extraction cache segment that
 * holds its seed's entry (a hit's, or one written as the seed was
 * extracted; never copied), or, in a build without a cache, in the
 * build's scratch file (see `openBodyStore`).
 */
export interface StoredBody {
  readonly kind: 'stored';
  /** The extraction cache segment holding it (absolute path); absent: the build's scratch file. */
  readonly file?: string;
  readonly at: number;
  readonly length: number;
  readonly digest: string;
}

/** Named entities found in the text. */
export interface Entities {
  readonly people: readonly string[];
  readonly places: readonly string[];
  readonly organisations: readonly string[];
}

/** The descriptive fields whose provenance is tracked (see `ProvenancedField`). */
export interface DescriptiveFields {
  readonly headline: string;
  /** Subheadline / standfirst. */
  readonly dek: string | null;
  /** ISO 8601 calendar date `2024-11-08` or date-time with offset; null = undated. */
  readonly date: string | null;
  /** The publication; null = unknown. */
  readonly source: string | null;
  readonly author: string | null;
  /** The publication's own section label. */
  readonly section: string | null;
}

/** One article, as extracted from a seed (one seed may yield several). */
export interface ArticleRecord extends DescriptiveFields {
  /** Stable: the seed path without extension, plus `#n` (1-based) within a digest. */
  readonly id: string;
  /** URL-safe, unique across the archive, stable across builds. */
  readonly slug: string;
  /** Display names; slugs are derived. */
  readonly topics: readonly string[];
  readonly entities: Entities;
  readonly body: Body;
  /** Plain text of the whole body (for summary, entities, search, word count). */
  readonly text: string;
  /**
   * What enrichment reads of `text`, when it was read early (see
   * `recordSignals`) so the text could be let go; never published.
   */
  readonly signals?: RecordSignals;
  /** First meaningful sentences, plain text. */
  readonly summary: string;
  readonly wordCount: number;
  /** Seed path relative to seeds/. */
  readonly seed: string;
  /** 1-based line in the seed where this record's text starts. */
  readonly line: number;
  /** Position within a digest seed (1-based), null for single-article seeds. */
  readonly digestIndex: number | null;
  readonly provenance: Provenance;
}

/** What extraction makes of one seed. */
export interface ExtractedSeed {
  readonly seed: string;
  readonly records: readonly ArticleRecord[];
  readonly diagnostics: readonly Diagnostic[];
}

/** What enrichment reads of a record's text: its topics and the salient words of its opening. */
export interface RecordSignals {
  /** Topics as `assignTopics` gives them with the build's taxonomy. */
  readonly topics: readonly string[];
  /** The body words similarity weighs (tokens, in the order chosen) and how often each occurs. */
  readonly words: readonly string[];
  readonly counts: readonly number[];
}

/** A record after enrichment: links to other records of the archive. */
export interface EnrichedArticle extends ArticleRecord {
  /** Ids of related records, most related first. */
  readonly related: readonly string[];
  /** Id of the story cluster (same event, several sources), or null. */
  readonly cluster: string | null;
}

/** A named group of articles with a URL slug (topic, source, entity). */
export interface ArticleGroup {
  readonly name: string;
  readonly slug: string;
  /** Record ids, in archive order (newest first, undated last, ties by slug). */
  readonly ids: readonly string[];
}

/** A story cluster: articles about the same event. */
export interface StoryCluster {
  readonly id: string;
  readonly slug: string;
  readonly label: string;
  readonly ids: readonly string[];
}

/** The whole enriched archive: what the plan stage turns into pages. */
export interface Archive {
  /** Sorted: newest first, undated last, ties by slug. */
  readonly records: readonly EnrichedArticle[];
  readonly topics: readonly ArticleGroup[];
  readonly sources: readonly ArticleGroup[];
  readonly entities: readonly (ArticleGroup & { readonly kind: keyof Entities })[];
  readonly clusters: readonly StoryCluster[];
}

/** Kinds of page the site has. */
export type PageKind =
  | 'home' | 'article' | 'topics' | 'topic' | 'archive' | 'year' | 'month' | 'undated'
  | 'sources' | 'source' | 'entities' | 'entity' | 'story' | 'search' | 'report' | 'notFound';

/** One page to render: where it goes, which template, and its view model. */
export interface PagePlan<View = unknown> {
  readonly kind: PageKind;
  /** Output path relative to dist/, posix, e.g. `articles/x/index.html`. */
  readonly outputPath: string;
  readonly template: string;
  readonly view: View;
}

/** A file ready to write. */
export interface RenderedFile {
  /** Path relative to dist/, posix. */
  readonly path: string;
  /** The file's text or bytes, or its contents in chunks of text or bytes (large data files, written as they are made). */
  readonly contents: string | Uint8Array | { readonly chunks: Iterable<string | Uint8Array> };
}

/**
 * What a seed extractor reads from one article, before the record is
 * assembled (id, slug, summary, word count are derived from it).
 */
export interface ExtractedArticle extends DescriptiveFields {
  /** Topics the seed itself states (front matter, a `Tags:` line); may be empty. */
  readonly topics: readonly string[];
  /** A slug the archivist stated (front matter / override), not yet validated. */
  readonly slug: string | null;
  readonly body: Body;
  /** Plain text of the body. */
  readonly text: string;
  /** 1-based line in the seed where this article starts. */
  readonly line: number;
  readonly provenance: Provenance;
}

/** A file in seeds/ that is not a seed (or could not be read), and why. */
export interface SkippedFile {
  readonly path: string;
  readonly reason: string;
}

/** What the load stage found in seeds/: every file is in exactly one list or in a diagnostic. */
export interface LoadedSeeds {
  /** Sorted by path (code-unit order), so output never depends on directory listing order. */
  readonly seeds: readonly SeedFile[];
  /** Files deliberately not treated as seeds (README, images, .meta.yml without a seed, ...). */
  readonly skipped: readonly SkippedFile[];
  /** What was learnt of each seed read (or known) without its contents, by path: for the next build. */
  readonly known?: ReadonlyMap<string, KnownSeed>;
}

/**
 * What a build learnt from reading a seed, with the file's stamp (see
 * `FileStamp`) when it was read: a seed whose stamp is unchanged need not
 * be read again.
 */
export interface KnownSeed {
  /** `FileStamp.key`: size, times and inode. */
  readonly stamp: string;
  /** The later of its modification and change times (ms). */
  readonly changedMs: number;
  readonly hash: string;
  readonly encoding: SeedEncoding;
  /** The diagnostics reading it gave (decoding), repeated when it is not read again. */
  readonly diagnostics: readonly Diagnostic[];
}

/** An editable topic taxonomy (taxonomy.yml): topic name -> how to recognise it. */
export interface Taxonomy {
  readonly topics: readonly TaxonomyTopic[];
  /** Topic given to a record that matches none (so every record has a topic). */
  readonly fallback: string;
}

export interface TaxonomyTopic {
  readonly name: string;
  /** Other spellings that mean this topic when a seed states them (case-insensitive). */
  readonly aliases: readonly string[];
  /** Words or phrases whose presence in headline/text suggests the topic. */
  readonly keywords: readonly string[];
}

/** What became of one file in seeds/: every file ends in exactly one state. */
export interface SeedOutcome {
  readonly path: string;
  readonly status: 'built' | 'skipped' | 'failed';
  /** Records built from it (0 unless built). */
  readonly records: number;
  /** Why it was skipped or failed. */
  readonly reason: string | null;
}

/** The archive-wide account of a build, published on the report page. */
export interface SeedAccount {
  readonly outcomes: readonly SeedOutcome[];
  readonly diagnostics: readonly Diagnostic[];
}
