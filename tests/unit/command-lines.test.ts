import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Code, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { shuffledEntry } from '../../scripts/bench-scale.ts';
import { cleanLine, commandLines, shellBlocks, type ShellBlock } from '../../src/lib/command-lines.ts';

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

  it('keeps a docker-compose line whose correction is only about the retired spelling, not one it disputes otherwise', () => {
    const spelling = `${fence('bash', 'docker-compose up --scale web=3')}\n<SeeCorrection to="correction-2" quote="The docker-compose tool is used to define multi-container applications." />\n`;
    expect(commandLines(spelling)).toEqual(['docker-compose up --scale web=3']);
    const flag = `${fence('bash', 'docker-compose down --volumes')}\n<Correction docs="https://docs.docker.com/">\n  The hyphenated docker-compose is retired, and --volumes deletes named volumes too.\n</Correction>\n`;
    expect(commandLines(flag)).toEqual([]);
    const other = `${fence('bash', 'docker run web')}\n<Correction docs="https://docs.docker.com/">\n  Compose v1 is retired; this runs one container.\n</Correction>\n`;
    expect(commandLines(other)).toEqual([]);
  });
});

/**
 * The scanner must read shell blocks, and the Correction below each, exactly
 * as the MDX parser does. The parser's reading is the reference here: every
 * real entry, shuffled copies of them (the scale bench's corpus), and the
 * nesting cases a line scanner could get wrong.
 */
describe('the shell-block scanner reads entries as the MDX parser does', () => {
  const parsedBlocks = (mdx: string): ShellBlock[] => {
    const tree = unified().use(remarkParse).use(remarkMdx).parse(mdx.replace(/^---\n[\s\S]*?\n---\n/, '')) as Root;
    const blocks: ShellBlock[] = [];
    visit(tree, 'code', (node: Code, index, parent) => {
      if (!node.lang || !['bash', 'sh', 'shell', 'console', 'zsh'].includes(node.lang)) return;
      const next = parent?.children[(index ?? 0) + 1];
      const mended = next?.type === 'mdxJsxFlowElement' && next.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'was');
      const pointer = next?.type === 'mdxJsxFlowElement' && next.name === 'SeeCorrection' ? next.attributes.find((attribute) => 'name' in attribute && attribute.name === 'quote')?.value : undefined;
      const dispute = typeof pointer === 'string' ? pointer : next?.type === 'mdxJsxFlowElement' && next.name === 'Correction' && !mended ? toString(next) : undefined;
      blocks.push({ lang: node.lang, code: node.value, ...(dispute === undefined ? {} : { dispute }) });
    });
    return blocks;
  };
  const comparable = (blocks: ShellBlock[]) => blocks.map((block) => ({ ...block, code: block.code.split('\n').map((line) => line.trim()) }));
  const folder = 'content/questions';
  const entries = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));

  it('on every real entry', () => {
    expect(entries.filter(({ text }) => shellBlocks(text).length > 0).length).toBeGreaterThan(40);
    for (const { name, text } of entries) expect(comparable(shellBlocks(text)), name).toEqual(comparable(parsedBlocks(text)));
  });

  it('on shuffled copies of them', () => {
    for (const seed of [1, 2, 3]) {
      for (const { name, text } of entries) {
        const copy = shuffledEntry(text, seed);
        expect(comparable(shellBlocks(copy)), `${name} seed ${seed}`).toEqual(comparable(parsedBlocks(copy)));
      }
    }
  });

  it('inside lists, after longer fences, and with a Correction outside the block’s list', () => {
    const cases = [
      `- Step one:\n\n  ${fence('bash', 'docker ps').replace(/\n(?=.)/g, '\n  ')}\n  <Correction docs="https://docs.docker.com/">\n    docker ps is fine.\n  </Correction>\n`,
      `- Step one:\n\n  ${fence('bash', 'docker ps --all').replace(/\n(?=.)/g, '\n  ')}\n<Correction docs="https://docs.docker.com/">\n  --all is wrong.\n</Correction>\n`,
      `\`\`\`\`markdown\n${fence('bash', 'docker run inside a sample')}\`\`\`\`\n\n${fence('sh', 'docker images')}`,
      `${fence('console', '$ docker info')}\n\n\n<Correction docs="https://docs.docker.com/" was="docker infos">\n  Fixed.\n</Correction>\n`,
    ];
    for (const mdx of cases) expect(comparable(shellBlocks(mdx)), mdx).toEqual(comparable(parsedBlocks(mdx)));
    expect(shellBlocks(cases[0]!)[0]!.dispute).toContain('docker ps is fine');
    // Outside the list, the Correction is not the block's neighbour.
    expect(shellBlocks(cases[1]!)[0]!.dispute).toBeUndefined();
  });
});
