/**
 * A user's notes: HTML becomes what it means in markdown or its text, and
 * nothing of it reaches the page as markup; badges, adverts, shortcodes,
 * alerts, front matter, images and links out of the document are repaired
 * and counted. Fixtures are our own words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanNotes } from '../../src/ingest/steps/clean-notes.ts';
import { IngestError } from '../../src/ingest/errors.ts';
import { markdown } from '../../src/ingest/emit/emit.ts';
import { parseMarkdown } from '../../src/ingest/formats/markdown.ts';
import { runIngest } from '../../src/ingest/index.ts';
import { inputWith } from '../helpers/ingest-input.ts';
import { compileContentFile, parseMdxBody, renderMdx, splitFrontmatter, tagsOf, textOf } from '../helpers/mdx.ts';

/** The step alone: the markdown a fixture becomes, and the counts. */
function clean(text: string): { md: string; count: Record<string, number> } {
  const tree = parseMarkdown(text, 'notes.md');
  const count = cleanNotes(tree);
  return { md: markdown(tree.children), count };
}

/** The whole ingest of one document whose questions are "##" headings; the entry files and the report. */
function ingest(text: string) {
  const result = runIngest(inputWith([{ source: { file: 'notes.md', entryDepth: 2 }, bytes: text }]));
  const entries = [...result.files].filter(([path]) => path.startsWith('questions/')).map(([, file]) => file);
  return { entries, report: result.reports[0]! };
}

describe('HTML in notes', () => {
  it('inline tags become strong, emphasis, inline code and line breaks', () => {
    const { md, count } = clean('It lists <b>running</b> ones; add <i>-a</i> for <strong>all</strong>, <em>stopped</em> too.<br>Run <code>docker ps</code>, then <kbd>q</kbd>.\n');
    expect(md).toBe('It lists **running** ones; add _-a_ for **all**, _stopped_ too.\\\nRun `docker ps`, then `q`.\n');
    expect(count['HTML tags removed']).toBe(13);
  });

  it('a <pre> block becomes a fenced code block with its language, a list becomes a list, a table a table', () => {
    expect(clean('<pre><code class="language-bash">docker volume ls\ndocker volume prune</code></pre>\n').md).toBe('```bash\ndocker volume ls\ndocker volume prune\n```\n');
    expect(clean('<ul><li>one <em>layer</em></li><li>two</li></ul>\n').md).toBe('- one _layer_\n- two\n');
    expect(clean('<table><tr><th>Flag</th><th>Means</th></tr><tr><td>-d</td><td>detached<br>in the background</td></tr></table>\n').md).toBe(
      '| Flag | Means |\n| - | - |\n| -d | detached in the background |\n',
    );
  });

  it('wrappers lose their tags and keep their text; a fold label that only says "show answer" goes', () => {
    const { md } = clean('<div align="center">\n\nVolumes outlive containers.\n\n</div>\n\n<details>\n<summary>Show answer</summary>\n\nA bind mount is a host path.\n\n</details>\n\n<details><summary>What is a layer?</summary><br><b>\nA read-only set of file changes.\n</b></details>\n');
    expect(md).toBe('Volumes outlive containers.\n\nA bind mount is a host path.\n\nWhat is a layer?\n\n**A read-only set of file changes.**\n');
  });

  it('a placeholder the author wrote in angle brackets stays as text', () => {
    const { md } = clean('Stop it with docker stop <container> and tag it as <image>:<tag>.\n\n<your-network>\n');
    expect(md).toBe('Stop it with docker stop \\<container> and tag it as \\<image>:\\<tag>.\n\n\\<your-network>\n');
  });

  it('comments go; script, style, iframe and their content go; handlers and javascript: addresses go', () => {
    const { md, count } = clean(
      'Before <!-- a note to self --> after.\n\n<script>steal()</script>\n\n<style>body{display:none}</style>\n\n<div onclick="steal()">Click <a href="javascript:steal()">here</a> <iframe src="https://elsewhere.example/"></iframe></div>\n',
    );
    expect(md).toBe('Before after.\n\nClick here\n');
    expect(count).toMatchObject({ 'HTML comments': 1, 'scripts, styles and frames dropped': 3 });
  });

  it('<hr> becomes a separator (removed as debris later) and <sup> its text', () => {
    expect(clean('Footnote<sup>1</sup>\n\n<hr>\n').md).toBe('Footnote1\n\n---\n');
  });
});

describe('badges, adverts, shortcodes, alerts, front matter', () => {
  it('badges and the links around them go, and the line they stood on', () => {
    const { md, count } = clean(
      '[![Build](https://github.com/someone/notes/actions/workflows/ci.yml/badge.svg)](https://github.com/someone/notes/actions) ![License](https://img.shields.io/badge/license-MIT-blue) <img src="https://badgen.net/badge/notes/42">\n\nContent stays.\n',
    );
    expect(md).toBe('Content stays.\n');
    expect(count.badges).toBe(3);
  });

  it('adverts and requests for stars go; a paragraph that only mentions a sponsor program stays', () => {
    const { md, count } = clean(
      'Images are layers.\n\nIf this helped you, please star this repo!\n\n[Buy me a coffee](https://www.buymeacoffee.com/someone)\n\nSubscribe to my newsletter for more.\n\nDocker runs a sponsorship program for open source projects.\n',
    );
    expect(md).toBe('Images are layers.\n\nDocker runs a sponsorship program for open source projects.\n');
    expect(count.adverts).toBe(3);
  });

  it('Hugo shortcodes go, their content stays, and a tab keeps its name as a label', () => {
    const { md, count } = clean('{{< tabs >}}\n{{< tab name="Linux" >}}\n\nInstall the package.\n\n{{< /tab >}}\n{{< /tabs >}}\n\n{{% note %}}\nPrune often.\n{{% /note %}}\n\nInline {{<param "version">}} here.\n');
    expect(md).toBe('**Linux**\n\nInstall the package.\n\nPrune often.\n\nInline  here.\n');
    expect(count.shortcodes).toBe(7);
  });

  it('a shortcode inside strikethrough or bold goes too (found by the property below)', () => {
    const { md, count } = clean('Answer ~! {{% /note %}} !~ and **bold {{< param "v" >}} here**.\n');
    expect(md).not.toMatch(/\{\{/);
    expect(md).toContain('**bold  here**');
    expect(count.shortcodes).toBe(2);
  });

  it('a GitHub alert becomes a quote that opens with its label in bold', () => {
    expect(clean('> [!WARNING]\n> Pruning deletes data.\n').md).toBe('> **Warning:** Pruning deletes data.\n');
    expect(clean('> [!tip]\n>\n> Use named volumes.\n').md).toBe('> **Tip:** Use named volumes.\n');
    expect(clean('> [!NOTE] is how an alert starts.\n').md).toBe('> \\[!NOTE] is how an alert starts.\n');
  });

  it('front matter at the top of a docs page goes; a separator later on stays', () => {
    const { md, count } = clean('---\ntitle: Volumes\nweight: 10\naliases:\n  - /old/\n---\n\nVolumes persist data.\n\n---\n\nname: not front matter\n');
    expect(md).toBe('Volumes persist data.\n\n---\n\nname: not front matter\n');
    expect(count['front matter']).toBe(1);
  });
});

describe('images and links out of the document', () => {
  it('an image on the web becomes a link to it with its words; one with no file here becomes its words', () => {
    const { md, count } = clean('See ![the layer stack](https://example.com/layers.png), <img src="https://example.com/a.png"> and ![local diagram](./img/net.png) and ![](x.png).\n\n[![a picture](https://example.com/p.png)](https://example.com/page)\n');
    expect(md).toBe('See [the layer stack](https://example.com/layers.png), [image](https://example.com/a.png) and local diagram and .\n\n[a picture](https://example.com/page)\n');
    expect(count).toMatchObject({ 'external images made links': 3, 'images without a file made text': 2 });
  });

  it('a relative link leads to the entry its words name, and otherwise keeps only its words', () => {
    const doc = [
      '# Notes',
      '## What is a named volume?',
      'A volume with a name; see [bind mounts](../storage/bind.md), [How do bind mounts differ?](./bind.md#how-do-bind-mounts-differ) and [the docs](/content/manuals/engine/storage/volumes.md).',
      '## How do bind mounts differ?',
      'They map a host path.',
    ].join('\n\n');
    const { entries, report } = ingest(doc);
    const volume = entries.find((file) => file.includes('named volume'))!;
    expect(volume).toMatch(/see bind mounts, \[How do bind mounts differ\?\]\(\/questions\/[a-z-]+\/\) and the docs\./);
    expect(volume).not.toMatch(/\.md/);
    expect(report.debrisRemoved['relative links made text']).toBe(2);
    expect(report.linksRewritten).toBe(1);
  });
});

describe('what the ingest writes for such notes', () => {
  const NOTES = [
    '---',
    'title: My notes',
    '---',
    '',
    '<p align="center"><img src="https://img.shields.io/badge/docker-notes-blue"></p>',
    '',
    '# My notes',
    '',
    '## What does <code>docker ps</code> show?',
    '',
    'It lists <b>running</b> containers.<br>Add <i>-a</i> for all. <!-- fix --> Try <kbd>Ctrl</kbd>+<kbd>C</kbd> or docker stop <container>.',
    '',
    '<details>\n<summary>Click to expand</summary>\n\nThe fold holds <u>more</u>.\n\n</details>',
    '',
    '<script>alert(1)</script>',
    '',
    '> [!NOTE]',
    '> Stopped ones need <code>-a</code>.',
    '',
    '{{< tabs >}}',
    '{{< tab name="CLI" >}}',
    '',
    '<pre><code>docker ps --all</code></pre>',
    '',
    '{{< /tab >}}',
    '{{< /tabs >}}',
    '',
    '![diagram](https://example.com/ps.png)',
    '',
    'Star this repo if it helped!',
  ].join('\n');

  it('compiles as MDX and shows the reader the markdown meaning, with no tag as text', async () => {
    const { entries, report } = ingest(NOTES);
    expect(entries).toHaveLength(1);
    const file = entries[0]!;
    await compileContentFile(file);
    const { data, body } = splitFrontmatter(file);
    expect(data.title).toBe('What does docker ps show?');
    const rendered = await renderMdx(body);
    const text = textOf(rendered);
    expect(text).toContain('It lists running containers.');
    expect(text).toContain('docker stop <container>');
    expect(text).toContain('Note: Stopped ones need -a.');
    expect(text).not.toMatch(/<\/?(?:b|i|code|kbd|br|details|summary|u|p|script|img)\b|\{\{|alert|Star this|Click to expand|fix/);
    const tags = tagsOf(rendered);
    expect(tags).toEqual(expect.arrayContaining(['strong', 'em', 'code', 'br', 'pre', 'blockquote', 'a']));
    expect(tags).not.toContain('script');
    expect(tags).not.toContain('img');
    expect(report.warnings.filter((warning) => warning.includes('raw HTML'))).toEqual([]);
    expect(report.debrisRemoved).toMatchObject({ 'front matter': 1, badges: 1, shortcodes: 4, adverts: 1, 'alerts made notes': 1, 'external images made links': 1, 'HTML comments': 1, 'scripts, styles and frames dropped': 1 });
  });

  it('the report prints every kind of repair', () => {
    const result = runIngest(inputWith([{ source: { file: 'notes.md', entryDepth: 2 }, bytes: NOTES }]));
    expect(result.summary).toMatch(/debris removed +.*front matter 1.*shortcodes 4.*HTML tags removed \d+.*badges 1.*external images made links 1/);
  });
});

describe('property: HTML-ish notes never yield markup', () => {
  const tagName = fc.constantFrom('b', 'i', 'em', 'strong', 'code', 'pre', 'a', 'p', 'div', 'span', 'ul', 'li', 'details', 'summary', 'br', 'hr', 'sup', 'img', 'script', 'style', 'iframe', 'table', 'td', 'h2', 'x-widget', 'container', 'image');
  const attribute = fc.constantFrom('', ' href="https://example.com/x"', ' href="javascript:run()"', ' onclick="run()"', ' src="./a.png"', ' src="https://img.shields.io/badge/a-b-c"', ' class="language-bash"', ' name="anchor"');
  const piece = fc.oneof(
    fc.tuple(tagName, attribute).map(([name, attr]) => `<${name}${attr}>`),
    tagName.map((name) => `</${name}>`),
    fc.constantFrom('<!-- note -->', '<br/>', '{{< tab name="A" >}}', '{{% /note %}}', '> [!NOTE]\n> ', '![x](https://example.com/y.png)', '[rel](./z.md)', '\n\n', '\n', ' ', 'docker run', '`x`', '{', '}', 'import x', 'a < b', 'c > d'),
    // Free text without angle brackets: a "<P" the author typed and a ">" later are the author's text, not a tag.
    fc.string({ maxLength: 8 }).map((text) => text.replace(/[<>]/g, '')),
  );
  const notes = fc.array(piece, { maxLength: 40 }).map((pieces) => `# Notes\n\n## What is it?\n\nAnswer ${pieces.join(' ')}\n`);

  it('the written MDX compiles, and its text holds no raw tag the source wrote', async () => {
    await fc.assert(
      fc.asyncProperty(notes, async (doc) => {
        let entries: string[];
        try {
          entries = ingest(doc).entries;
        } catch (error) {
          // An <h2> can make a question with no answer: the ingest may refuse input, never crash.
          if (error instanceof IngestError) return;
          throw error;
        }
        for (const file of entries) {
          await compileContentFile(file);
          const { body } = splitFrontmatter(file);
          // Every JSX element in the file is one the ingest writes; no tag of the source became one.
          const elements: string[] = [];
          const tree = parseMdxBody(body);
          const visitAll = (node: { type: string; name?: string; children?: unknown[] }) => {
            if (node.type.startsWith('mdxJsx')) elements.push(node.name ?? '');
            for (const child of (node.children ?? []) as (typeof node)[]) visitAll(child);
          };
          visitAll(tree as never);
          expect(elements.every((name) => ['FromSources', 'SourceFold'].includes(name))).toBe(true);
          // The words a reader sees outside code: no tag the source wrote, no shortcode, comment or handler.
          const words: string[] = [];
          const collect = (node: { type: string; value?: string; children?: unknown[] }) => {
            if (node.type === 'text') words.push(node.value ?? '');
            for (const child of (node.children ?? []) as (typeof node)[]) collect(child);
          };
          collect(tree as never);
          const text = words.join(' ');
          expect(text).not.toMatch(/<\/?(?:b|i|em|strong|code|pre|a|p|div|span|ul|li|details|summary|br|hr|sup|img|script|style|iframe|table|td|h2)[\s/>]/i);
          expect(text).not.toMatch(/\{\{[<%]|<!--|javascript:|onclick/);
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
