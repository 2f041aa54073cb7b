/**
 * tags: an entry is tagged with the docker commands and Dockerfile
 * instructions it is about. Bodies are real answers, parsed and fenced as the
 * pipeline does before tagging.
 */
import { readFileSync } from 'node:fs';
import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { fenceCode } from '../../src/ingest/steps/fence-code.ts';
import { parseMarkdown } from '../../src/ingest/formats/markdown.ts';
import { repairMojibake } from '../../src/ingest/steps/repair-mojibake.ts';
import { extractTags } from '../../src/ingest/steps/tags.ts';

const source = (file: string) => readFileSync(new URL(`../../content/sources/${file}`, import.meta.url), 'utf8');
const qaDoc = source('000_8c57ad0391467279.txt');
const imagesGuide = repairMojibake(source('003_33d02d657b68ee83.txt')).text;

/** Lines `from`..`to` (1-based, inclusive) of a source as an answer body, with code languages set. */
function body(text: string, from: number, to: number): RootContent[] {
  const tree = parseMarkdown(text.split('\n').slice(from - 1, to).join('\n'), 'test.md');
  fenceCode(tree.children);
  return tree.children;
}
const markdown = (text: string) => {
  const tree = parseMarkdown(text, 'test.md');
  fenceCode(tree.children);
  return tree.children;
};

describe('extractTags', () => {
  it('tags the docker subcommands used in a code block, as "docker <cmd>" (000 Q34)', () => {
    const tags = extractTags('Tell me some Docker commands.', body(qaDoc, 496, 537));
    expect(tags).toEqual(expect.arrayContaining(['docker ps', 'docker images', 'docker run', 'docker rm', 'docker rmi', 'docker logs']));
    for (const tag of tags) expect(tag).toMatch(/^docker [a-z]+$/);
  });

  it('keeps at most 6 tags, the most used first (000 Q34 uses more than 10 commands)', () => {
    const answer = body(qaDoc, 496, 537);
    const tags = extractTags('Tell me some Docker commands.', answer);
    expect(tags).toHaveLength(6);
    // docker ps (7 uses) and docker images (5) are used more than docker exec or docker pull (1 each)
    expect(tags.slice(0, 2)).toEqual(['docker ps', 'docker images']);
    expect(tags).not.toContain('docker exec');
    expect(tags).not.toContain('docker pull');
  });

  it('tags commands written as inline code (000 Q10)', () => {
    const tags = extractTags('How do you troubleshoot a container that does not start correctly?', body(qaDoc, 142, 155));
    expect(tags).toEqual(expect.arrayContaining(['docker logs', 'docker ps', 'docker inspect', 'docker run']));
  });

  it('tags "docker compose up -d" and "docker compose down" as "docker compose" (000 Q3)', () => {
    const tags = extractTags('What is the purpose of a Docker Compose file, and where have you used one?', body(qaDoc, 70, 89));
    expect(tags[0]).toBe('docker compose');
    expect(tags.filter((tag) => tag.startsWith('docker compose'))).toEqual(['docker compose']);
    expect(tags).not.toContain('docker up');
  });

  it('tags the old "docker-compose up" as "docker compose" too', () => {
    expect(extractTags('How do you start the stack?', markdown('Run `docker-compose up -d` in the project folder.'))).toEqual(['docker compose']);
  });

  it('tags the Dockerfile instructions of a dockerfile block (000 Q32)', () => {
    const answer = body(qaDoc, 478, 483);
    expect(answer.some((node) => node.type === 'list')).toBe(true);
    const tags = extractTags('How can I access arg inside container?', answer);
    expect(tags).toEqual(expect.arrayContaining(['ARG', 'ENV']));
  });

  it('tags instructions of a multi-stage Dockerfile (000 Q14)', () => {
    const tags = extractTags('Have you ever created or worked on any Docker multi-stage build?', body(qaDoc, 214, 239));
    expect(tags).toEqual(expect.arrayContaining(['FROM', 'COPY', 'RUN', 'WORKDIR']));
  });

  it('does not take upper-case words in a bash block or in plain prose for instructions', () => {
    const answer = markdown('Please READ the notes FROM the team and RUN the tests.\n\n```bash\necho "FROM here, COPY that"\n```');
    const tags = extractTags('How do you start?', answer);
    expect(tags).not.toContain('FROM');
    expect(tags).not.toContain('RUN');
    expect(tags).not.toContain('COPY');
  });

  it('counts instructions in prose that talks about a Dockerfile (000 Q29)', () => {
    const tags = extractTags('What is the difference between COPY and ADD?', body(qaDoc, 424, 428));
    expect(tags.slice(0, 2).sort()).toEqual(['ADD', 'COPY']);
  });

  it('ranks what the title names first, ahead of commands the answer uses more (003 Q4)', () => {
    const answer = body(imagesGuide, 290, 401);
    const tags = extractTags('What is the difference between docker commit and docker build?', answer);
    expect(tags.slice(0, 2).sort()).toEqual(['docker build', 'docker commit']);
  });

  it('ranks the title\'s commands first even when the answer mentions them less than another (003 Q10)', () => {
    // The answer's own code uses docker stop and docker kill; the title decides which is first.
    const answer = markdown('```bash\ndocker ps\ndocker ps -a\ndocker ps -q\ndocker kill web\n```');
    const tags = extractTags('What is the difference between docker stop and docker kill?', answer);
    expect(tags.slice(0, 2).sort()).toEqual(['docker kill', 'docker stop']);
    expect(tags).toContain('docker ps');
  });

  it('gives no command tag that the entry never writes: an answer about volumes with no commands is not tagged "docker volume" (000 Q9)', () => {
    const answer = body(qaDoc, 135, 137);
    expect(JSON.stringify(answer)).not.toMatch(/docker volume/);
    const tags = extractTags('What do you understand by Docker volumes and why are they important in data persistence?', answer);
    expect(tags).not.toContain('docker volume');
  });

  it('tags a note about layers without "docker history" unless the command is written', () => {
    expect(extractTags('Hypervisors', markdown('A hypervisor runs VMs. Images have layers, and layers stack.'))).toEqual([]);
    expect(extractTags('Layers', markdown('Images have layers; `docker history` lists them.'))).toEqual(['docker history']);
  });

  it('ignores words after "docker" that are not subcommands', () => {
    const answer = markdown('Docker images are built by the docker daemon, and docker containers run them.');
    const tags = extractTags('What is an image?', answer);
    expect(tags).not.toContain('docker daemon');
    expect(tags).not.toContain('docker containers');
  });

  it('returns no tags for an answer about nothing Docker-specific', () => {
    expect(extractTags('Why learn this?', markdown('Interviewers like it.'))).toEqual([]);
  });
});
