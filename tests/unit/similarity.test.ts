import { describe, expect, it } from 'vitest';
import { isCandidate, scorePairs, terms, titleSimilarity } from '../../src/lib/similarity.ts';

describe('similarity for the duplicate review', () => {
  it('meets two phrasings of one question', () => {
    expect(titleSimilarity(['Diff b/w CMD and Entrypoint'], ['What is the difference between CMD and ENTRYPOINT?'])).toBe(1);
    expect(titleSimilarity(['Volume Types'], ['Which volume type is preferred?'])).toBeGreaterThanOrEqual(0.33);
  });

  it('keeps Dockerfile instructions that are also stop words ("FROM") and drops the word "instruction"', () => {
    expect(terms('The FROM instruction')).toEqual(['from']);
    expect(titleSimilarity(['The FROM instruction'], ['The ADD instruction'])).toBe(0);
  });

  it('finds answers about the same commands whatever their titles say', () => {
    const entries = [
      { id: 'a', titles: ['How do you troubleshoot a container that will not start?'], body: 'docker logs web; docker inspect web shows State.ExitCode and OOMKilled' },
      { id: 'b', titles: ['My container is crashing'], body: 'Read docker logs, then docker inspect for the ExitCode and OOMKilled' },
      { id: 'c', titles: ['What is a Compose file?'], body: 'services, networks and volumes in compose.yaml' },
      { id: 'd', titles: ['What is a registry?'], body: 'a registry stores images in repositories; docker push and docker pull' },
      { id: 'e', titles: ['What does EXPOSE do?'], body: 'EXPOSE documents a port; docker run -p publishes it' },
    ];
    const candidates = scorePairs(entries).filter(isCandidate).map((pair) => `${pair.a}|${pair.b}`);
    expect(candidates).toEqual(['a|b']);
  });
});
