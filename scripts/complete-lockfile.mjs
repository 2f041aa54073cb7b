// Completes package-lock.json: adds Pagefind's per-platform binaries that `npm install`
// leaves out, and gives every package entry its integrity hash from the registry.
//
// Why: the registry mirror this project is built against lacks some of pagefind's
// platform packages at the pinned version (macOS, Windows, FreeBSD). npm then writes a
// lock without them, and `npm ci` refuses that lock as "out of sync". The packages do
// exist on the public registry, so listing them (version, os, cpu) gives a lock that
// installs everywhere. An entry without `integrity` would be installed unchecked, so
// each one gets the hash the registry publishes (`npm view <name>@<version> dist`,
// through the registry npm is configured with); a package the registry does not hold
// stops the script, naming it. `resolved` is written too when the lock records it for
// its other entries (npm's omit-lockfile-registry-resolved leaves it out everywhere).
// Run after any `npm install` that changes package-lock.json (`npm run lock` does both).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const PLATFORMS = {
  'darwin-arm64': ['darwin', 'arm64'],
  'darwin-x64': ['darwin', 'x64'],
  'freebsd-x64': ['freebsd', 'x64'],
  'linux-arm64': ['linux', 'arm64'],
  'linux-x64': ['linux', 'x64'],
  'windows-arm64': ['win32', 'arm64'],
  'windows-x64': ['win32', 'x64'],
};

/** Entries that name a package of their own: not the project ("") and not links to a folder. */
export function packageEntries(lock) {
  return Object.entries(lock.packages).filter(([key, entry]) => key !== '' && !entry.link);
}

/** The registry's `dist` of one version ({integrity, tarball}); undefined when the registry does not hold it. */
function registryDist(name, version) {
  try {
    const dist = JSON.parse(execFileSync('npm', ['view', `${name}@${version}`, 'dist', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
    return dist?.integrity && dist?.tarball ? dist : undefined;
  } catch {
    // npm exits non-zero (E404) for a package or version the registry does not hold.
    return undefined;
  }
}

/**
 * The completed lock. `lookup(name, version)` gives the registry's {integrity, tarball};
 * it is a parameter so the test can run without the network.
 */
export function completeLock(lock, lookup = registryDist) {
  const packages = { ...lock.packages };
  const pagefind = packages['node_modules/pagefind'];
  if (!pagefind) throw new Error('package-lock.json has no node_modules/pagefind entry');
  const added = [];
  for (const [name, version] of Object.entries(pagefind.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (packages[key]) continue;
    const platform = PLATFORMS[name.replace('@pagefind/', '')];
    if (!platform) throw new Error(`unknown pagefind platform package ${name}`);
    const [os, cpu] = platform;
    packages[key] = { version, cpu: [cpu], license: 'MIT', optional: true, os: [os] };
    added.push(`${name}@${version}`);
  }

  const recordsResolved = Object.values(packages).some((entry) => entry.resolved);
  const hashed = [];
  for (const [key, entry] of packageEntries({ packages })) {
    if (entry.integrity) continue;
    const name = entry.name ?? key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const dist = lookup(name, entry.version);
    if (!dist) throw new Error(`${name}@${entry.version} is not on the registry (npm view ${name}@${entry.version} dist found no integrity); package-lock.json was not changed`);
    // integrity right after version, where npm writes it.
    const { version, ...rest } = entry;
    packages[key] = { version, ...(recordsResolved ? { resolved: dist.tarball } : {}), integrity: dist.integrity, ...rest };
    hashed.push(`${name}@${version}`);
  }

  // npm keeps "" (the project itself) first and the rest in sorted order.
  const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'en'))));
  return { lock: { ...lock, packages: sorted }, added, hashed };
}

if (process.argv[1] === import.meta.filename) {
  const file = new URL('../package-lock.json', import.meta.url);
  try {
    const { lock, added, hashed } = completeLock(JSON.parse(fs.readFileSync(file, 'utf8')));
    fs.writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
    if (added.length) console.log(`added ${added.join(', ')}`);
    if (hashed.length) console.log(`integrity from the registry for ${hashed.join(', ')}`);
    if (!added.length && !hashed.length) console.log('lock already complete');
  } catch (error) {
    console.error(`complete-lockfile: ${error.message}`);
    process.exit(1);
  }
}
