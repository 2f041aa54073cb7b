/** Docs links read as page names, not bare paths (corrections and the answer's provenance line). */
import { describe, expect, it } from 'vitest';
import { docsLabel, longDate } from '../../src/lib/docs-links.ts';

describe('docsLabel', () => {
  it.each([
    ['https://docs.docker.com/reference/cli/docker/container/run/', 'docker container run reference'],
    ['https://docs.docker.com/reference/cli/docker/compose/up/#options', 'docker compose up reference: options'],
    ['https://docs.docker.com/reference/dockerfile/#entrypoint', 'Dockerfile reference: ENTRYPOINT'],
    ['https://docs.docker.com/reference/dockerfile/#understand-how-cmd-and-entrypoint-interact', 'Dockerfile reference: understand how cmd and entrypoint interact'],
    ['https://docs.docker.com/reference/compose-file/services/', 'Compose file reference: services'],
    ['https://docs.docker.com/engine/storage/volumes/', 'Volumes (Docker Engine)'],
    ['https://docs.docker.com/engine/security/rootless/', 'Rootless (Docker Engine)'],
    ['https://docs.docker.com/build/cache/backends/', 'Backends (Docker Build)'],
    ['https://docs.docker.com/engine/network/drivers/ipvlan/', 'IPvlan (Docker Engine)'],
    ['https://docs.docker.com/', 'Docker documentation'],
  ])('%s reads as "%s"', (address, label) => {
    expect(docsLabel(address)).toBe(label);
  });

  it('leaves something that is no address as it is', () => {
    expect(docsLabel('not a url')).toBe('not a url');
  });
});

describe('longDate', () => {
  it('writes a day as people read it, whatever the time zone', () => {
    expect(longDate('2026-12-07')).toBe('7 December 2026');
  });
});
