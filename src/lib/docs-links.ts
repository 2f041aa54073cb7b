/**
 * Readable names for the Docker documentation pages our answers and
 * corrections cite, made from the address alone (no page is fetched):
 * "docker container run", "Dockerfile reference: ENTRYPOINT",
 * "Volumes (Docker Engine)".
 */
const AREAS: Record<string, string> = {
  engine: 'Docker Engine',
  build: 'Docker Build',
  compose: 'Docker Compose',
  desktop: 'Docker Desktop',
  'docker-hub': 'Docker Hub',
  scout: 'Docker Scout',
  security: 'Security',
  'get-started': 'Get started',
  guides: 'Guides',
  subscription: 'Subscription',
  dhi: 'Docker Hardened Images',
  'retired': 'Retired products',
};
const ACRONYMS = new Set(['api', 'cli', 'tls', 'tcp', 'dns', 'gpu', 'oci', 'sbom', 'ssh', 'wsl', 'cpu', 'json', 'ci', 'cd', 'id', 'uid', 'gid']);
/** Words Docker's documentation writes with capitals of their own. */
const SPELLED: Record<string, string> = { ipv6: 'IPv6', ipvlan: 'IPvlan', macvlan: 'Macvlan', buildkit: 'BuildKit', buildx: 'Buildx', containerd: 'containerd', overlayfs: 'OverlayFS' };

export function docsLabel(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return address;
  }
  const parts = url.pathname.split('/').filter(Boolean);
  const section = url.hash ? `: ${words(decodeURIComponent(url.hash.slice(1)))}` : '';
  if (parts[0] === 'reference' && parts[1] === 'cli') return `${parts.slice(2).join(' ')} reference${section}`;
  if (parts[0] === 'reference' && parts[1] === 'dockerfile') {
    // An instruction's own section ("#entrypoint") reads as the instruction.
    const instruction = /^#[a-z]+$/.test(url.hash) ? `: ${url.hash.slice(1).toUpperCase()}` : section;
    return `Dockerfile reference${instruction}`;
  }
  if (parts[0] === 'reference' && parts[1] === 'compose-file') return `Compose file reference${parts[2] ? `: ${parts[2]}` : ''}${section}`;
  if (parts.length === 0) return 'Docker documentation';
  const page = sentence(words(parts.at(-1)!));
  const area = parts.length > 1 ? AREAS[parts[0]!] : undefined;
  return `${page}${area && area !== page ? ` (${area})` : ''}${section}`;
}

/** "2026-12-07" as "7 December 2026". */
export function longDate(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function words(slug: string): string {
  return slug
    .split(/[-_]/)
    .filter(Boolean)
    .map((word) => SPELLED[word] ?? (ACRONYMS.has(word) ? word.toUpperCase() : word))
    .join(' ');
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
