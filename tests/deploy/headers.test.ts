/**
 * The headers written for each host match their single source
 * (deploy/headers.ts), and the CSP allows exactly the inline script the built
 * pages carry: every inline <script> in dist/ has its hash in script-src.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { CONTENT_SECURITY_POLICY } from '../../deploy/headers.ts';
import { GENERATED } from '../../scripts/generate-headers.ts';
import { distDir } from '../helpers/dist.ts';
import { projectRoot } from '../helpers/ingest-input.ts';

describe('security headers', () => {
  for (const [file, render] of Object.entries(GENERATED)) {
    it(`${file} is current (regenerate with npm run headers)`, () => {
      expect(readFileSync(join(projectRoot, file), 'utf8')).toBe(render());
    });
  }

  it('allows every inline script of the built pages by hash, and no unsafe-inline script', () => {
    const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    const inline = new Set<string>();
    for (const file of pages) {
      const html = readFileSync(join(distDir, file), 'utf8');
      // Parsed, not matched with a pattern: a summary that mentions "<script>" sits in attributes and text as data.
      for (const script of parse(html).querySelectorAll('script:not([src])')) inline.add(script.rawText);
    }
    expect(inline.size).toBe(1);
    const scriptSrc = CONTENT_SECURITY_POLICY.split('; ').find((directive) => directive.startsWith('script-src '))!;
    for (const code of inline) expect(scriptSrc).toContain(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
    expect(scriptSrc).not.toContain('unsafe-inline');
  });
});
