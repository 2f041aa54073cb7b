// Adds lock entries for Pagefind's per-platform binaries that `npm install` leaves out.
//
// Why: the registry mirror this project is built against lacks some of pagefind's
// platform packages at the pinned version (macOS, Windows, FreeBSD). npm then writes a
// lock without them, and `npm ci` refuses that lock as "out of sync". The packages do
// exist on the public registry, so listing them (version, os, cpu; no integrity, which
// npm fills in when it first downloads one) gives a lock that installs everywhere.
// Run after any `npm install` that changes package-lock.json.
import fs from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const PLATFORMS = {
  'darwin-arm64': ['darwin', 'arm64'],
  'darwin-x64': ['darwin', 'x64'],
  'freebsd-x64': ['freebsd', 'x64'],
  'linux-arm64': ['linux', 'arm64'],
  'linux-x64': ['linux', 'x64'],
  'windows-arm64': ['win32', 'arm64'],
  'windows-x64': ['win32', 'x64'],
};

const lock = JSON.parse(fs.readFileSync(LOCK, 'utf8'));
const packages = lock.packages;
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

// npm keeps "" (the project itself) first and the rest in sorted order.
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'en'))),
);
fs.writeFileSync(LOCK, JSON.stringify(lock, null, 2) + '\n');
console.log(added.length ? `added ${added.join(', ')}` : 'lock already complete');
