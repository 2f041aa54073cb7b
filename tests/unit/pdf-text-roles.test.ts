/**
 * pdf-text: the single-line judgements the parser is built on (line-roles.ts,
 * headings.ts), the table cutter (tables.ts), and the shared code steps that
 * undo word-processor damage (repair-code.ts) and flag mistakes the source
 * itself makes (lint-code.ts). Lines are quoted from the course guide (002);
 * the number after "002:" is the raw line.
 */
import type { Code, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { headingRank, type HeadingContext } from '../../src/ingest/formats/pdf-text/headings.ts';
import { isCommandLine, isInstructionLine, leadsOn, listMarker } from '../../src/ingest/formats/pdf-text/line-roles.ts';
import { cutIntoCells } from '../../src/ingest/formats/pdf-text/tables.ts';
import { lintCode } from '../../src/ingest/steps/lint-code.ts';
import { repairCode, repairCodeText, type CodeRepairReport } from '../../src/ingest/steps/repair-code.ts';

const BULLET = '\uF0B7';
const SQUARE = '\uF0A7';

describe('listMarker', () => {
  it.each([
    [`${BULLET} Purpose: The repository serves as a namespace`, 1, false, 'Purpose: The repository serves as a namespace'], // 002:1482
    ['• Docker Hub is the default registry', 1, false, 'Docker Hub is the default registry'],
    ['o Example: docker.io/myusername/my-app:latest', 2, false, 'Example: docker.io/myusername/my-app:latest'], // 002:1489
    [`${SQUARE} docker.io is the registry (default is Docker Hub),`, 3, false, 'docker.io is the registry (default is Docker Hub),'], // 002:1490
    ['▪ latest is the tag', 3, false, 'latest is the tag'],
    ['1. Create:', 1, true, 'Create:'], // 002:932
    ['3) A set of files to be copied into the Docker Image', 1, true, 'A set of files to be copied into the Docker Image'], // 002:1992
  ])('%j is a list item at depth %i (ordered: %s)', (line, depth, ordered, text) => {
    expect(listMarker(line)).toMatchObject({ depth, ordered, text });
  });

  it('keeps the label of numbered and lettered items', () => {
    expect(listMarker('8. Kill: Forcefully stop the container’s processes.')?.label).toBe('8');
    expect(listMarker('a) Using Docker CLI:')?.label).toBe('a');
  });

  it.each([['only when there is no argument'], ['o'], ['Docker'], ['operating systems, databases']])('%j is not a list item', (line) => {
    expect(listMarker(line)).toBeUndefined();
  });
});

describe('isCommandLine', () => {
  it.each([
    'docker run –d –name web nginx',
    'Docker build –t test .', // 002:2790, capitalised by the word processor
    'docker build –t ubuntu_ping .',
    'Apt-get install –y nginx && \\', // 002:3074
    'echo VARIABLE1=foobar1  >  my-env.txt', // 002:1891
    'DOCKER_CONTENT_TRUST=1 docker pull nginx',
    '$ docker ps -a',
    'ps',
  ])('%j is a command', (line) => {
    expect(isCommandLine(line)).toBe(true);
  });

  it.each([
    'docker image prune also delete all dangling images', // 002:1626, a sentence that starts with a command
    'Docker Daemon', // 002:1812, a title
    'Python)', // 002:1695, the end of a wrapped parenthesis
    'docker', // a program name alone, in prose
    'docker save and load', // 002:1646, a slide title
    'Docker is a platform.',
    'Node.js',
  ])('%j is not a command', (line) => {
    expect(isCommandLine(line)).toBe(false);
  });
});

describe('isInstructionLine', () => {
  it.each([
    'CMD [“/bin/ping”, “localhost”]', // 002:2651, curly quotes and all
    'FROM node:12.12-alpine', // 002:2002
    'RUN apt-get update && \\', // 002:3056
    'ENV NODE_ENV production', // 002:2012
    'COPY . .', // 002:2020
    'USER appuser', // 002:3102
  ])('%j is a Dockerfile instruction', (line) => {
    expect(isInstructionLine(line)).toBe(true);
  });

  it.each([
    'CMD command is used to give the default commands to be run when starting the container.', // 002:2598
    'USER Namespace: Isolates the user and group IDs between containers. A process inside a container', // 002:415
    'CMD ["p1", "p2"]  (as default parameters to ENTRYPOINT)',
    'CMD [“param1”, “param2”]  (as default parameters to ENTRYPOINT)', // 002:2613, a syntax form listed in prose
    'FROM', // 002:2136, a slide title
  ])('%j is not a Dockerfile instruction', (line) => {
    expect(isInstructionLine(line)).toBe(false);
  });
});

describe('leadsOn', () => {
  it.each([
    'It handles the creation and management of persistent storage volumes that', // 002:219
    'certain users. Organizations can set up private registries using tools like Docker Registry,', // 002:1450
    'What are the key differences between Docker Enterprise and Docker CE (Community', // 002:5916, open parenthesis
    'docker-compose up: Builds, (re)creates, starts, and attaches to containers defined in docker-', // 002:3397, a name wrapped at its hyphen
    'The container runtime is the software that is responsible for running and managing containers on a', // 002:530
  ])('%j leads on to the next line', (text) => {
    expect(leadsOn(text)).toBe(true);
  });

  it.each(['production environments.', 'Docker Hub is the default public registry hosted by Docker, Inc. where many images are shared.', 'doing the process'])(
    '%j does not lead on',
    (text) => {
      expect(leadsOn(text)).toBe(false);
    },
  );
});

describe('headingRank', () => {
  /** A line between blank lines after a finished paragraph, not at a page start. */
  const plain: Omit<HeadingContext, 'text'> = {
    spacerBefore: false,
    spacerAfter: false,
    gapAfter: true,
    gapBefore: true,
    pageStart: false,
    previousEnded: true,
    next: undefined,
    inQuestion: false,
    afterNumberedItem: false,
  };
  const rank = (text: string, context: Partial<HeadingContext> = {}) => headingRank({ ...plain, ...context, text });
  const question = 'How is a Docker container different from a virtual machine (VM)?'; // 002:1218

  it('an interview question opening a page, or after a spacer line, starts an entry', () => {
    expect(rank(question, { pageStart: true, gapBefore: false })).toBe(2);
    expect(rank(question, { spacerBefore: true })).toBe(2);
    expect(rank('Explain the Docker container lifecycle.', { spacerBefore: true })).toBe(2);
  });

  it('a question between blank lines inside an answer is a section; one with text right after it is not a heading', () => {
    expect(rank(question)).toBe(3);
    expect(rank(question, { gapAfter: false })).toBeUndefined();
  });

  it('a slide title between spacer lines starts an entry; at the top of a page inside a question it is a section', () => {
    expect(rank('Build Context', { spacerBefore: true, spacerAfter: true })).toBe(2); // 002:2106
    expect(rank('docker save and load', { spacerBefore: true, spacerAfter: true })).toBe(2); // 002:1646
    expect(rank('Dangling Images', { pageStart: true, gapBefore: false, spacerAfter: true })).toBe(2); // 002:1608
    expect(rank('Dangling Images', { pageStart: true, gapBefore: false, inQuestion: true })).toBe(3);
  });

  it('a short title after unfinished text continues that text unless a spacer line separates them', () => {
    expect(rank('Tasks', { previousEnded: false })).toBeUndefined(); // 002:571
    expect(rank('Tasks', { previousEnded: false, spacerBefore: true })).toBe(2);
    expect(rank('Tasks')).toBe(3);
  });

  it('labels ending in ":" are sections, except snippet labels and lead-in sentences', () => {
    expect(rank('Key Features of Docker Volumes:')).toBe('label'); // 002:3450
    expect(rank('Key Features of Docker Volumes:', { previousEnded: false })).toBeUndefined();
    expect(rank('Example:')).toBeUndefined();
    expect(rank('Think of it like this:')).toBeUndefined();
    expect(rank('For a docker run command like:')).toBeUndefined(); // 002:6203
    expect(rank('Key features of Docker include:')).toBeUndefined(); // 002:124
    expect(rank('List Dangling images: docker images –f dangling=true', { spacerBefore: true })).toBeUndefined(); // 002:1620
  });

  it('a short numbered title is a numbered section; a numbered item that says something is not', () => {
    expect(rank('3. Performance', { next: 'Docker containers start faster than VMs.' })).toBe('numbered'); // 002:1244
    expect(rank('3. Performance', { afterNumberedItem: true })).toBeUndefined();
    expect(rank('8. Kill: Forcefully stop the container’s processes.')).toBeUndefined(); // 002:1083
  });

  it('a title is judged without the emoji that decorates it', () => {
    expect(rank('✅ Normal Exit Codes')).toBe(rank('Error Exit Codes')); // 002:9058 and 9064
    expect(rank('✅ Normal Exit Codes')).toBe(3);
  });

  it('commands, instructions and the rest of a sentence are never headings', () => {
    expect(rank('docker image prune also delete all dangling images', { spacerBefore: true, spacerAfter: true })).toBeUndefined();
    expect(rank('Docker build –t test .', { spacerBefore: true, spacerAfter: true })).toBeUndefined();
    expect(rank('CMD [“/bin/ping”, “localhost”]', { spacerBefore: true })).toBeUndefined();
    expect(rank('Harbor, or third-party services.', { pageStart: true })).toBeUndefined(); // 002:1460, after a footer
  });
});

describe('cutIntoCells', () => {
  it.each([
    // 002:1786-1788, a row wrapped over two lines
    ['1 Hang Up detected on controlling terminal or death of\ncontrolling process', 2, ['1', 'Hang Up detected on controlling terminal or death of controlling process']],
    // 002:1790
    ['2 Issued if the user sends an interrupt signal (Ctrl + C)', 2, ['2', 'Issued if the user sends an interrupt signal (Ctrl + C)']],
    // 002:8203
    ['Yes (via runtime command). Partial or No (depending on ENTRYPOINT type).', 2, ['Yes (via runtime command).', 'Partial or No (depending on ENTRYPOINT type).']],
    // 002:8761
    ['N/A Created docker create <image-name>', 3, ['N/A', 'Created', 'docker create <image-name>']],
    // 002:5652
    ['0 bytes (empty image) ~5 MB (small Linux-based image)', 2, ['0 bytes (empty image)', '~5 MB (small Linux-based image)']],
    // 002:5695
    ['Smallest possible image size Lightweight, but still larger than scratch', 2, ['Smallest possible image size', 'Lightweight, but still larger than scratch']],
    // 002:5655-5658, cells wrapped inside parentheses
    ['\nNo OS or libraries (completely\nempty)\nMinimal Linux OS with package manager (APK)', 2, ['No OS or libraries (completely empty)', 'Minimal Linux OS with package manager (APK)']],
    // 002:4060-4072, three wrapped cells
    [
      '\nPersistent across container\nrestarts and deletions.\nData storage that should be\nmanaged by Docker (databases,\netc.).\nHigh, optimized for\nDocker.',
      3,
      ['Persistent across container restarts and deletions.', 'Data storage that should be managed by Docker (databases, etc.).', 'High, optimized for Docker.'],
    ],
  ])('cuts %j into %i cells', (content, count, cells) => {
    expect(cutIntoCells(content, count)).toEqual(cells);
  });

  it('keeps a hyphen that ends a wrapped cell line: "--" + "entrypoint"', () => {
    // 002:3267-3269
    expect(cutIntoCells('Cannot be overridden unless --\nentrypoint is specified in docker\nrun.', 1)).toEqual(['Cannot be overridden unless --entrypoint is specified in docker run.']);
  });
});

describe('repairCodeText', () => {
  const fresh = (): CodeRepairReport => ({ dashes: 0, quotes: 0, capitals: 0 });
  const repair = (text: string) => repairCodeText(text, fresh());

  it.each([
    ['docker run –rm –v $PWD:/tmp ubuntu:latest bash –c “echo Hello > /tmp/hello.txt”', 'docker run --rm -v $PWD:/tmp ubuntu:latest bash -c "echo Hello > /tmp/hello.txt"'], // 002:3842
    ['rm –rf /var/lib/apt/lists/*', 'rm -rf /var/lib/apt/lists/*'], // 002:3060, combined short flags
    ['docker run –it demo ping 8.8.8.8', 'docker run -it demo ping 8.8.8.8'], // 002:2659
    ['docker run –env-file my-env.txt alpine:3 env', 'docker run --env-file my-env.txt alpine:3 env'], // 002:1901
    ['docker build –build-arg TAG=rolling –t my_ubuntu .', 'docker build --build-arg TAG=rolling -t my_ubuntu .'], // 002:2247
    ['CMD echo “this is a test” | wc –', 'CMD echo "this is a test" | wc -'], // 002:2627, a lone dash reads stdin
    ['RUN npm install –production –silent && mv node_modules ../', 'RUN npm install --production --silent && mv node_modules ../'], // 002:2018
    ['CMD [“nginx”, “-g”, “daemon off; ”]', 'CMD ["nginx", "-g", "daemon off; "]'], // 002:3129
    ['RUN /bin/bash  -c  ‘source $HOME/.bashrc;  echo $HOME’', "RUN /bin/bash  -c  'source $HOME/.bashrc;  echo $HOME'"], // 002:2456
    ['Docker build –t test .', 'docker build -t test .'], // 002:2790
  ])('%j becomes %j', (text, repaired) => {
    expect(repair(text)).toBe(repaired);
  });

  it('lower-cases capitalised commands in continuation lines, keeping their indentation', () => {
    // 002:3072-3076
    expect(repair('RUN apt-get update && \\\n   Apt-get install –y nginx && \\\n   Rm –rf /var/lib/apt/lists/*')).toBe(
      'RUN apt-get update && \\\n   apt-get install -y nginx && \\\n   rm -rf /var/lib/apt/lists/*',
    );
  });

  it('counts what it repaired', () => {
    const report = fresh();
    repairCodeText('Docker run –rm “x”', report);
    expect(report).toEqual({ dashes: 1, quotes: 2, capitals: 1 });
  });

  it('in inline code, lower-cases only a capitalised docker command, not a name', () => {
    expect(repairCodeText('Docker build –t test .', fresh(), false)).toBe('docker build -t test .');
    expect(repairCodeText('Docker Hub', fresh(), false)).toBe('Docker Hub');
  });

  it('repairCode leaves prose, text blocks and diagrams alone, and repairs inline code', () => {
    const nodes: RootContent[] = [
      { type: 'paragraph', children: [{ type: 'text', value: 'Use –rm to remove it' }, { type: 'inlineCode', value: 'docker run –rm nginx' }] },
      { type: 'code', lang: 'text', meta: null, value: 'Step 1 – build “it”' },
      { type: 'code', lang: null, meta: null, value: '┌──────┐ docker run –d' },
    ];
    repairCode(nodes);
    expect(nodes).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'Use –rm to remove it' }, { type: 'inlineCode', value: 'docker run --rm nginx' }] },
      { type: 'code', lang: 'text', meta: null, value: 'Step 1 – build “it”' },
      { type: 'code', lang: null, meta: null, value: '┌──────┐ docker run –d' },
    ]);
  });
});

describe('lintCode', () => {
  const code = (value: string, lang: string, line = 1): Code => ({ type: 'code', lang, meta: null, value, position: { start: { line, column: 1 }, end: { line, column: 1 } } });
  const messages = (value: string, lang = 'bash') => lintCode([code(value, lang)]).map((warning) => warning.message);

  it('names a misspelt image, with the line of its block', () => {
    expect(lintCode([code('docker pull gcr.io/distroless/phython3-debian12', 'bash', 1715)])).toEqual([
      { line: 1715, message: expect.stringContaining('"gcr.io/distroless/phython3-debian12" looks like a misspelling of "python"') },
    ]);
  });

  it('finds a tag with more than one ":"', () => {
    // 002:2410-2416
    expect(messages('# syntax=docker/dockerfile:1\nFROM maven:3:8:7-eclipse-temurin-8-alpine\nWORKDIR  /app', 'dockerfile')).toEqual([
      expect.stringContaining('image tag "maven:3:8:7-eclipse-temurin-8-alpine" has more than one ":"'),
    ]);
  });

  it('finds an ARG default written with ":"', () => {
    // 002:2190-2193
    expect(messages('# syntax=docker/dockerfile:1\nARG NODE_VERSION:8.11-slim\nFROM node:$NODE_VERSION', 'dockerfile')).toEqual([
      expect.stringContaining('ARG default written with ":" instead of "=": ARG NODE_VERSION:8.11-slim'),
    ]);
  });

  it('finds exec form that is not a JSON array', () => {
    // 002:2635-2637
    expect(messages('FROM ubuntu\nCMD ["/usr/bin/wc", --help"]', 'dockerfile')).toContainEqual(
      expect.stringContaining('exec form is not a valid JSON array: CMD ["/usr/bin/wc", --help"]'),
    );
  });

  it('finds an option the docker subcommand does not have', () => {
    // 002:5452
    expect(messages('docker container update --label-add "new-label=value" <container_name_or_id>')).toEqual([
      expect.stringContaining('"docker container update" has no option --label-add'),
    ]);
  });

  it('finds a YAML file that does not parse', () => {
    // 002:3416-3419, "environment:" indented one space too far
    expect(messages('services:\n  db:\n    image: mysql:5.7\n     environment:\n      MYSQL_ROOT_PASSWORD: example', 'yaml')).toEqual([
      expect.stringContaining('YAML does not parse'),
    ]);
  });

  it('does not take options inside a quoted --health-cmd for docker options', () => {
    // 002:5116-5117
    expect(
      messages('docker run --name mycontainer --health-cmd="curl --fail http://localhost:8080/health || exit 1" \\\n  --health-interval=5m --health-timeout=3s --health-retries=3 myimage'),
    ).toEqual([]);
  });

  it('does not take options of the command run in the container for docker options', () => {
    // 002:7060
    expect(messages('docker exec -it <container_id> ps aux --sort=-%cpu')).toEqual([]);
  });

  it('accepts valid exec form, with or without a syntax note', () => {
    expect(messages('FROM node:12.12-alpine\nCMD ["npm","start"]\nCMD ["p1", "p2"]  (as default parameters to ENTRYPOINT)', 'dockerfile')).toEqual([]);
  });
});
