import { describe, expect, it } from 'vitest';
import { commandRank, filterWords, keepsLine } from '../../src/lib/command-filter.ts';

describe('the commands page filter', () => {
  it('keeps a line when every word is in the line, in what its flags do, or in what its subcommand is', () => {
    const words = filterWords('  Volume PRUNE ');
    expect(words).toEqual(['volume', 'prune']);
    expect(keepsLine(words, 'docker volume prune', 'docker volume prune removes unused volumes')).toBe(true);
    expect(keepsLine(words, 'docker system prune --volumes --volumes: also removes unused volumes', 'docker system prune')).toBe(true);
    expect(keepsLine(words, 'docker system prune -a', 'docker system prune removes stopped containers')).toBe(false);
  });

  it('ranks the subcommand a word names first, then one whose words it starts, then the rest; the shorter name first', () => {
    const logs = filterWords('logs');
    const ranked = [
      ['docker run', 'docker container run'],
      ['docker compose logs'],
      ['docker logs', 'docker container logs'],
      ['docker login'],
    ].sort((a, b) => commandRank(logs, a) - commandRank(logs, b));
    expect(ranked.map((names) => names[0])).toEqual(['docker logs', 'docker compose logs', 'docker run', 'docker login']);
    expect(commandRank(filterWords('prun'), ['docker volume prune'])).toBeLessThan(commandRank(filterWords('prun'), ['docker run']));
    // The long spelling names it too.
    expect(commandRank(filterWords('container logs'), ['docker logs', 'docker container logs'])).toBeLessThan(commandRank(filterWords('container logs'), ['docker compose logs']));
  });
});
