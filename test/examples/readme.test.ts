// The README is the package's page on npm: it starts with install and a quick start,
// every link works from there (absolute, into files that exist), contributing comes last.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codeBlocks, README_PATH, readmeSection } from './_readme.js';

const readme = readFileSync(README_PATH, 'utf8');
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BLOB = 'https://github.com/sokr-dev/sokr/blob/main/';
const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');

describe('README.md', () => {
  it('puts install first, then the quick start and the guides, and contributing at the end', () => {
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings.slice(0, 2)).toEqual(['Install', 'Quick start']);
    expect(headings.indexOf('Guides')).toBeGreaterThan(headings.indexOf('Quick start'));
    expect(headings.slice(-2)).toEqual(['Contributing', 'License']);
    expect(readmeSection('Install')).toContain('npm install sokr');
  });

  it('has only links that work on the npm page: absolute, into one repository, to files that exist', () => {
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      if (link.startsWith('#')) continue;
      expect(link, link).toMatch(/^https:\/\//);
      if (link.startsWith('https://github.com/'))
        expect(link, link).toMatch(/^https:\/\/github\.com\/sokr-dev\/sokr(\/|$)/);
      if (link.startsWith(BLOB))
        expect(existsSync(ROOT + link.slice(BLOB.length)), `${link} points at a missing file`).toBe(
          true,
        );
    }
  });

  it('links every guide in the guides section, the API conventions included', () => {
    const guides = readmeSection('Guides');
    for (const file of readFileSync(new URL('../../typedoc.json', import.meta.url), 'utf8').match(
      /docs\/guides\/[\w-]+\.md/g,
    ) ?? []) {
      expect(guides).toContain(BLOB + file);
    }
    expect(guides).toContain(`${BLOB}docs/guides/api-conventions.md`);
  });

  it('keeps the two set-up commands of a fresh clone, and they name real scripts', () => {
    const setUp =
      codeBlocks(readmeSection('Contributing')).find((b) => b.lang === 'sh')?.code ?? '';
    expect(setUp).toMatch(/^npm install && npm run demo\s/m);
    expect(setUp).toMatch(/^npm test\s/m);
    const scripts = (
      JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(Object.keys(scripts)).toEqual(expect.arrayContaining(['demo', 'test', 'pretest']));
  });
});
