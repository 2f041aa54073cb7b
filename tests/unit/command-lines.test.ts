import { describe, expect, it } from 'vitest';
import { cleanLine, commandLines } from '../../src/lib/command-lines.ts';

const fence = (lang: string, code: string) => `\`\`\`${lang}\n${code}\n\`\`\`\n`;

describe('command lines of an entry', () => {
  it('takes docker lines from shell blocks, without prompts, sudo and trailing comments', () => {
    const mdx = fence('bash', '$ docker ps -a\nsudo docker images -q   # only IDs\necho done');
    expect(commandLines(mdx)).toEqual(['docker ps -a', 'docker images -q']);
  });

  it('in a console session keeps only the prompted lines, never the output', () => {
    const mdx = fence('console', '$ docker ps\nCONTAINER ID   IMAGE\ndocker run is not a command here');
    expect(commandLines(mdx)).toEqual(['docker ps']);
  });

  it('joins lines a backslash continues', () => {
    expect(commandLines(fence('bash', 'docker run -d \\\n  --name web \\\n  nginx'))).toEqual(['docker run -d --name web nginx']);
  });

  it('ignores Dockerfiles, diagrams and inline prose', () => {
    const mdx = `Run \`docker ps\` first.\n\n${fence('dockerfile', 'RUN docker build .')}${fence('text', 'docker run ──▶ container')}`;
    expect(commandLines(mdx)).toEqual([]);
  });

  it('leaves out lines cut short and sentences pasted into a code block', () => {
    expect(cleanLine('docker run -p 80:8081/tcp -p 80:80/udp …')).toBeUndefined();
    expect(cleanLine('docker system prune -a This is a more aggressive cleanup option')).toBeUndefined();
    expect(cleanLine('docker plugin install already enables the plugin it installs.')).toBeUndefined();
    expect(cleanLine('docker run --rm ubuntu echo "Hello, Docker!"')).toBe('docker run --rm ubuntu echo "Hello, Docker!"');
    expect(cleanLine('docker build -t app .')).toBe('docker build -t app .');
  });

  it('leaves out a line that the correction below its block disputes, keeps the rest of the block', () => {
    const mdx = `${fence('bash', 'docker stop web\ndocker stop --time=30 db')}\n<Correction docs="https://docs.docker.com/reference/cli/docker/container/stop/">\n  --time is deprecated; write --timeout.\n</Correction>\n`;
    expect(commandLines(mdx)).toEqual(['docker stop web']);
  });

  it('keeps lines a correction mended (was) or spells out in their current form', () => {
    const mended = `${fence('bash', 'docker build -t app .')}\n<Correction docs="https://docs.docker.com/" was="docker build -t Dockerfile">\n  -t sets a tag.\n</Correction>\n`;
    expect(commandLines(mended)).toEqual(['docker build -t app .']);
    const respelled = `${fence('bash', 'docker-compose logs')}\n<Correction docs="https://docs.docker.com/">\n  With Compose v2 the command is docker compose logs.\n</Correction>\n`;
    expect(commandLines(respelled)).toEqual(['docker-compose logs']);
  });
});
