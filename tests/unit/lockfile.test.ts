/**
 * Supply chain: `npm ci` installs a lock entry without `integrity` unchecked, so
 * every package in package-lock.json carries its hash, and the script that adds
 * Pagefind's platform packages (scripts/complete-lockfile.mjs) fills it in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeLock, packageEntries } from '../../scripts/complete-lockfile.mjs';

interface LockEntry { version: string; integrity?: string; resolved?: string; link?: boolean; optionalDependencies?: Record<string, string> }
type Lock = { packages: Record<string, LockEntry> };

const lock = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package-lock.json'), 'utf8')) as Lock;

describe('package-lock.json', () => {
  it('gives every package entry an integrity hash (npm run lock fills missing ones)', () => {
    const entries = packageEntries(lock) as [string, LockEntry][];
    expect(entries.length).toBeGreaterThan(100);
    const unchecked = entries.filter(([, entry]) => !/^sha512-[A-Za-z0-9+/]+=*$/.test(entry.integrity ?? '')).map(([key]) => key);
    expect(unchecked).toEqual([]);
  });
});

describe('scripts/complete-lockfile.mjs', () => {
  const bare: Lock = {
    packages: {
      '': { version: '1.0.0' },
      'node_modules/pagefind': { version: '1.6.0', integrity: 'sha512-p', optionalDependencies: { '@pagefind/darwin-arm64': '1.6.0' } },
      'node_modules/local': { version: '1.0.0', link: true },
    },
  };
  const registry = (name: string, version: string) => ({ integrity: `sha512-${name}@${version}`, tarball: `https://registry.example/${name}-${version}.tgz` });

  it('adds a missing platform package with the integrity the registry publishes', () => {
    const { lock: completed, added, hashed } = completeLock(bare, registry) as { lock: Lock; added: string[]; hashed: string[] };
    expect(added).toEqual(['@pagefind/darwin-arm64@1.6.0']);
    expect(hashed).toEqual(['@pagefind/darwin-arm64@1.6.0']);
    expect(completed.packages['node_modules/@pagefind/darwin-arm64']).toMatchObject({ version: '1.6.0', integrity: 'sha512-@pagefind/darwin-arm64@1.6.0', os: ['darwin'] });
    // The lock records no `resolved` elsewhere, so none is added; links and the project are left alone.
    expect(completed.packages['node_modules/@pagefind/darwin-arm64']!.resolved).toBeUndefined();
    expect(completed.packages['node_modules/local']).toEqual({ version: '1.0.0', link: true });
  });

  it('stops, naming the package, when the registry does not hold it', () => {
    expect(() => completeLock(bare, () => undefined)).toThrow('@pagefind/darwin-arm64@1.6.0 is not on the registry');
  });
});
