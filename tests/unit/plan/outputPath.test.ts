import { describe, expect, it } from 'vitest';
import { assertSafeOutputPath, outputPath, prettyUrl } from '../../../src/plan/outputPath.js';
import { originalPath } from '../../../src/plan/originalPath.js';

describe('outputPath', () => {
  it('builds pretty paths with stable page URLs', () => {
    expect(outputPath.article('a-b')).toBe('articles/a-b/index.html');
    expect(outputPath.topic('war')).toBe('topics/war/index.html');
    expect(outputPath.topic('war', 2)).toBe('topics/war/page/2/index.html');
    expect(outputPath.month('2024', '11')).toBe('archive/2024/11/index.html');
    expect(outputPath.undated(3)).toBe('archive/undated/page/3/index.html');
  });

  it('gives the pretty URL relative to the site root', () => {
    expect(prettyUrl('articles/a/index.html')).toBe('articles/a/');
    expect(prettyUrl('index.html')).toBe('');
    expect(prettyUrl('feed.xml')).toBe('feed.xml');
  });

  it.each(['../etc/passwd', '/etc/passwd', 'a/../../b', 'a\\b', 'a//b', '', 'articles/./x', 'C:/x', '.hidden/x'])(
    'refuses the unsafe path %j', (p) => {
      expect(() => assertSafeOutputPath(p)).toThrow(/unsafe output path/);
    });

  it.each(['index.html', 'articles/a-b/index.html', 'originals/000_x.txt', 'api/articles.json'])('accepts %s', (p) => {
    expect(() => assertSafeOutputPath(p)).not.toThrow();
  });
});

describe('originalPath', () => {
  it('keeps a clean seed name readable', () => {
    expect(originalPath('000_5aaa.txt')).toBe('originals/000_5aaa.txt');
    expect(originalPath('note.md')).toBe('originals/note.md.txt');
  });

  it('cleans hostile names and keeps them apart with a hash', () => {
    const a = originalPath('../../etc/passwd');
    const b = originalPath('..__..__etc__passwd');
    for (const p of [a, b, originalPath('a b<script>.txt'), originalPath('C:\\x.txt')]) {
      expect(() => assertSafeOutputPath(p)).not.toThrow();
    }
    expect(a).not.toBe(b);
  });
});
