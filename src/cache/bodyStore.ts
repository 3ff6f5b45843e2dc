import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Body, StoredBody, TextBlock } from '../types.js';
import { hashText } from './hashText.js';
import { isAlive } from './isAlive.js';

/**
 * A digest of what a body shows, the same whether it is stored or not. A
 * Markdown body is hashed as is: through JSON.stringify, escaping scans of
 * 10,000 bodies doubled the cost.
 */
export function bodyDigest(body: Body): string {
  return body.kind === 'stored' ? body.digest : hashText(shownText(body));
}

/** What a body in memory shows, as one string: the HTML as it is, text blocks as JSON. */
function shownText(body: Exclude<Body, StoredBody>): string {
  return body.kind === 'markdown' ? body.html : JSON.stringify(body.blocks);
}

/** The first byte of a stored body: which kind it is. */
const MARKDOWN = 'm';
const TEXT = 't';

/**
 * A body as it is stored (in extraction cache entries, and in the scratch
 * file): a kind tag and the HTML as it is, UTF-8 (JSON would escape-scan
 * every body on the way in and out); with its `bodyDigest`, made from the
 * same serialisation (a text body serialised twice was a tenth of a
 * plain-text seed's extraction).
 */
export function encodeBody(body: Body): { readonly bytes: Buffer; readonly digest: string } {
  if (body.kind === 'stored') throw new Error('a stored body cannot be stored again');
  const shown = shownText(body);
  return { bytes: Buffer.from(`${body.kind === 'markdown' ? MARKDOWN : TEXT}${shown}`, 'utf8'), digest: hashText(shown) };
}

/** The body `encodeBody` made; throws on bytes of no known kind. */
export function decodeBody(bytes: Buffer): Body {
  const kind = bytes.toString('latin1', 0, 1);
  if (kind === MARKDOWN) return { kind: 'markdown', html: bytes.toString('utf8', 1) };
  if (kind === TEXT) return { kind: 'text', blocks: JSON.parse(bytes.toString('utf8', 1)) as TextBlock[] };
  throw new Error('a stored body of no known kind');
}

/** Open descriptors of the files stored bodies point into, other than the scratch file. */
export type BodyFiles = (file: string) => number | null;

/**
 * Where a stored body's bytes are: an open descriptor (shared by every
 * thread of the process, so a render worker reads the body itself) and the
 * byte range.
 */
export interface BodyPlace {
  readonly fd: number;
  readonly at: number;
  readonly length: number;
}

/** Reads bodies back for the pages that show them. */
export interface BodyReader {
  /** The body itself: a stored one read back, any other as it is. */
  read(body: Body): Body;
  /** Where a stored body's bytes are (valid while the store is open). */
  locate(body: StoredBody): BodyPlace;
}

/** The reader of a build that stores no bodies. */
export const inlineBodies: BodyReader = {
  read(body) {
    if (body.kind === 'stored') throw new Error('a stored body without its store');
    return body;
  },
  locate() {
    throw new Error('a stored body without its store');
  },
};

/** The body stored at `place` (one `pread`). */
export function readBodyAt(place: BodyPlace): Body {
  const bytes = Buffer.allocUnsafe(place.length);
  let read = 0;
  while (read < place.length) {
    const n = readSync(place.fd, bytes, read, place.length - read, place.at + read);
    if (n === 0) throw new Error('a body store is shorter than a body it holds');
    read += n;
  }
  return decodeBody(bytes);
}

/** Article bodies kept in a file for the length of one build. */
export interface BodyStore extends BodyReader {
  /** Append a body; the small reference stands in for it in the record. */
  put(body: Body): Body;
  /** Close and remove the file (idempotent). */
  close(): void;
}

/**
 * A store of article bodies in a scratch file under `dir` (the cache
 * directory, else the system's temporary directory). Bodies are most of an
 * archive's memory (two bytes per character as soon as one character is
 * outside Latin-1: 1.3 GB at 100,000 articles) and are needed only when
 * their page is rendered, so the build keeps them out of memory and reads
 * each back for its page: where the extraction cache holds them (`files`),
 * or, for a body that is in no cache (no cache kept, or it could not be
 * written), here. Synchronous: each read is one small `pread` from the page
 * cache, far cheaper than a trip through the thread pool.
 * @param files where bodies that point into other files (the extraction
 *   cache's segments) are read from
 */
export function openBodyStore(dir: string | null, files: BodyFiles = () => null): BodyStore {
  let folder: string;
  try {
    folder = scratchFolder(dir ?? tmpdir());
  } catch (error) {
    // A cache directory that cannot be used never fails the build.
    if (dir === null) throw error;
    folder = scratchFolder(tmpdir());
  }
  const fd = openSync(path.join(folder, 'bodies.bin'), 'w+');
  let end = 0;
  let open = true;
  const locate = (body: StoredBody): BodyPlace => {
    if (!open) throw new Error('the body store is closed');
    const from = body.file === undefined ? fd : files(body.file);
    if (from === null) throw new Error(`the file holding a stored body is not open: ${body.file}`);
    return { fd: from, at: body.at, length: body.length };
  };
  return {
    put(body) {
      if (body.kind === 'stored') return body;
      const { bytes, digest } = encodeBody(body);
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written, end + written);
      const stored: StoredBody = { kind: 'stored', at: end, length: bytes.length, digest };
      end += bytes.length;
      return stored;
    },
    read: (body) => (body.kind === 'stored' ? readBodyAt(locate(body)) : body),
    locate,
    close() {
      if (!open) return;
      open = false;
      closeSync(fd);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

function scratchFolder(parent: string): string {
  mkdirSync(parent, { recursive: true });
  removeAbandoned(parent);
  return mkdtempSync(path.join(parent, `bodies-${process.pid}-`));
}

/** Stores left by builds that were killed: their process is gone. */
function removeAbandoned(parent: string): void {
  for (const name of readdirSync(parent)) {
    const pid = /^bodies-(\d+)-/.exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid || isAlive(Number(pid))) continue;
    rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}
