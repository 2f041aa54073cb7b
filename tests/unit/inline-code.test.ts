/** inline-code: commands, flags and placeholders in prose become whole inline code spans. */
import type { PhrasingContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { withInlineCode } from '../../src/ingest/steps/inline-code.ts';

/** The phrasing as markdown-ish text: `code` for spans. */
const render = (nodes: PhrasingContent[]) => nodes.map((node) => (node.type === 'inlineCode' ? `\`${node.value}\`` : 'value' in node ? node.value : '')).join('');

describe('withInlineCode', () => {
  it.each([
    ['docker-compose scale <service>=<number>: Scales', '`docker-compose scale <service>=<number>`: Scales'],
    ['executes via /bin/sh -c)', 'executes via `/bin/sh -c`)'],
    ['Override using -e <key>=<value> or --env', 'Override using `-e <key>=<value>` or `--env`'],
    ['Provided using --build-arg <ARG-NAME>=<value> with', 'Provided using `--build-arg <ARG-NAME>=<value>` with'],
    ["Inspect the container's exit code (docker inspect <container_id>).", "Inspect the container's exit code (`docker inspect <container_id>`)."],
    ['when the container is started (e.g., docker run).', 'when the container is started (e.g., `docker run`).'],
    ['it will execute python3 app.py --help.', 'it will execute `python3 app.py --help`.'],
    ['Inspect file system usage: du -sh /path/to/directory', 'Inspect file system usage: `du -sh /path/to/directory`'],
    ['(e.g., RUN apt-get update && apt-get install -y <package>).', '(e.g., `RUN apt-get update && apt-get install -y <package>`).'],
  ])('%s', (text, expected) => {
    expect(render(withInlineCode(text))).toBe(expected);
  });

  it('stops an apt-get command at a word of prose', () => {
    expect(render(withInlineCode('run apt-get install curl and then exit'))).toBe('run `apt-get install curl` and then exit');
  });
});
