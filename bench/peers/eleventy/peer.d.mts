// Shape shared by peers/eleventy/peer.mjs and peers/hugo/peer.mjs.
export interface Located { bin: string; version: string; skip?: undefined }
export interface Skipped { skip: string }
export const name: string;
export function locate(projectRoot?: string): Located | Skipped;
export function prepare(options: { corpusDir: string; siteDir: string; manifest?: string | null }): void;
export function command(options: { located: Located; siteDir: string; outDir: string }): { cmd: string; args: string[]; cwd: string };
