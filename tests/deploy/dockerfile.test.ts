/**
 * No Docker engine runs here, so the Dockerfile is checked by reading it: our
 * own Dockerfile linter (the one the ingest runs on the sources' examples)
 * finds nothing, and it follows the practices the site teaches: pinned base
 * images, a multi-stage build, dependencies installed before the sources are
 * copied, an unprivileged final user, a HEALTHCHECK, exec-form CMD, and a
 * .dockerignore that keeps the build context small. It also builds on the same
 * Node.js line as the other deploy recipes, one that package.json's engines allow.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintCode } from '../../src/ingest/steps/lint-code.ts';
import { projectRoot } from '../helpers/ingest-input.ts';

const dockerfile = readFileSync(join(projectRoot, 'Dockerfile'), 'utf8');
/** Instructions with continuation lines joined and comments dropped. */
const instructions = dockerfile
  .replace(/\\\n\s*/g, ' ')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));
const named = (keyword: string) => instructions.filter((line) => line.startsWith(`${keyword} `));
const lastStage = instructions.slice(instructions.findLastIndex((line) => line.startsWith('FROM ')));

describe('Dockerfile', () => {
  it('passes the Dockerfile linter the ingest uses', () => {
    expect(lintCode([{ type: 'code', lang: 'dockerfile', value: dockerfile }])).toEqual([]);
  });

  it('pins every base image to an exact version and names its stages', () => {
    const froms = named('FROM');
    expect(froms.length).toBe(2);
    for (const from of froms) expect(from).toMatch(/^FROM [\w./-]+:\d+\.\d+\.\d+[\w.-]* AS \w+$/);
  });

  it('builds on the Node.js line the GitHub Pages workflow and the README recipes use, within engines', () => {
    const major = dockerfile.match(/^FROM node:(\d+)\.\d+\.\d+/m)?.[1];
    expect(major, 'the build stage starts FROM node:<x.y.z>').toBeDefined();
    const workflow = readFileSync(join(projectRoot, '.github/workflows/deploy-pages.yml'), 'utf8');
    expect([...workflow.matchAll(/node-version: (\S+)/g)].map((m) => m[1])).toEqual([major]);
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const recipes = [...readme.matchAll(/NODE_VERSION=(\S+?)`/g)].map((m) => m[1]);
    expect(recipes.length).toBeGreaterThan(0);
    for (const version of recipes) expect(version).toBe(major);
    const { engines } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
    expect(engines.node.split('||').map((range: string) => range.trim())).toContainEqual(expect.stringMatching(new RegExp(`^\\^${major}\\.`)));
  });

  it('installs locked dependencies before copying the sources, so edits keep the npm layer cached', () => {
    const copyLock = instructions.findIndex((line) => line === 'COPY package.json package-lock.json ./');
    const install = instructions.findIndex((line) => line.startsWith('RUN npm ci'));
    const copyAll = instructions.findIndex((line) => line === 'COPY . .');
    expect(copyLock).toBeGreaterThan(-1);
    expect(copyLock).toBeLessThan(install);
    expect(install).toBeLessThan(copyAll);
  });

  it('serves from an unprivileged final stage with a health check and exec-form CMD', () => {
    expect(lastStage.some((line) => /^COPY --from=build \/app\/dist /.test(line))).toBe(true);
    const user = lastStage.filter((line) => line.startsWith('USER ')).at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^USER (root|0)\b/);
    expect(lastStage.some((line) => line.startsWith('HEALTHCHECK ') && line.includes('CMD ['))).toBe(true);
    const cmd = lastStage.find((line) => line.startsWith('CMD '))!;
    expect(() => JSON.parse(cmd.slice(4))).not.toThrow();
  });

  it('exposes the port nginx listens on and copies files that exist to where the config expects them', () => {
    const nginx = readFileSync(join(projectRoot, 'deploy/nginx.conf'), 'utf8');
    const port = nginx.match(/listen (\d+);/)![1];
    expect(named('EXPOSE')).toEqual([`EXPOSE ${port}`]);
    for (const copy of lastStage.filter((line) => line.startsWith('COPY ') && !line.includes('--from'))) {
      const [, source, target] = copy.split(/\s+/);
      expect(existsSync(join(projectRoot, source!)), source).toBe(true);
      if (target!.includes('snippets')) expect(nginx).toContain(`include ${target};`);
    }
    expect(nginx).toContain('root /usr/share/nginx/html;');
  });

  it('keeps dependencies, build output and history out of the build context', () => {
    const ignored = readFileSync(join(projectRoot, '.dockerignore'), 'utf8').split('\n');
    for (const entry of ['node_modules', 'dist', '.git', '.astro']) expect(ignored).toContain(entry);
  });
});
