/**
 * Box diagrams, cut from the sources (003 images guide, 002 course guide), come
 * out with every right edge in its corner's column; only padding changes.
 */
import type { Code } from 'mdast';
import { describe, expect, it } from 'vitest';
import { alignBoxes, alignBoxText } from '../../src/ingest/steps/align-boxes.ts';

/** Column of each line's last edge character, counted in characters (code points). */
const lastEdge = (text: string) => text.split('\n').map((line) => Math.max(...['│', '┤', '┘', '┐', '|', '+'].map((edge) => [...line].lastIndexOf(edge))));
/** A line's text without its padding, to prove nothing else changed. */
const words = (text: string) => text.replace(/[\s─-]+/g, ' ');

describe('alignBoxes', () => {
  it('moves edges typed one space short onto the corner column (003 "STEP 9: Container Running")', () => {
    const source = [
      '┌─────────────────────────────────────────┐',
      '│ Network:                                │',
      '│ ├─ Listening on port 80                │',
      '│ └─ Accessible via host:8080            │',
      '└─────────────────────────────────────────┘',
    ].join('\n');
    const report = { edges: 0, emoji: 0 };
    const aligned = alignBoxText(source, report);
    expect(new Set(lastEdge(aligned))).toEqual(new Set([42]));
    expect(report.edges).toBe(2);
    expect(words(aligned)).toBe(words(source));
  });

  it('aligns the sections of a layered box, dividers included (003 "image layers on disk")', () => {
    const source = [
      '┌─────────────────────────────────┐',
      '│ Container Writable Layer        │ ← Changes here',
      '├─────────────────────────────────┤',
      '│ Layer 3: App code (ghi789)     │',
      '├─────────────────────────────────┤',
      '│ Layer 1: Base OS (abc123)      │',
      '└─────────────────────────────────┘',
    ].join('\n');
    const lines = alignBoxText(source).split('\n');
    for (const line of lines) expect([...line].findLastIndex((c) => '│┤┘┐'.includes(c)), line).toBe(34);
    expect(lines[1]).toContain('← Changes here');
  });

  it('turns emoji inside boxes into spaces and keeps side-by-side boxes in their columns (003 container layers)', () => {
    const source = [
      '┌───────────┐  ┌───────────┐',
      '│ Layer     │  │ Layer     │',
      '│[RW] ✏️    │  │[RW] ✏️   │',
      '├───────────┤  ├───────────┤',
    ].join('\n');
    const report = { edges: 0, emoji: 0 };
    const aligned = alignBoxText(source, report).split('\n');
    expect(aligned[2]).toBe('│[RW]       │  │[RW]       │');
    expect(report.emoji).toBe(2);
  });

  it('aligns a box that opens with a divider by its bottom corner, and keeps an emoji outside any box', () => {
    const source = [
      '├───────────┤',
      '│ Layer 3 [RO] 🔒      │',
      '│ Layer 2 [RO]          │',
      '└─────────────────────┘',
      '│ Layer 1 [READ-ONLY] │ 🔒',
    ].join('\n');
    const aligned = alignBoxText(source).split('\n');
    expect(aligned[1]).toBe('│ Layer 3 [RO]        │');
    expect(aligned[2]).toBe('│ Layer 2 [RO]        │');
    expect(aligned[4]).toBe('│ Layer 1 [READ-ONLY] │ 🔒');
  });

  it('aligns ASCII boxes, removing only padding, and shifts the box beside it back into place (002 architecture diagram)', () => {
    const source = [
      '+---------------------+           +-----------------------+',
      '|    Docker Client     |           |     Docker Registry   |',
      '| (CLI or API Client)  |  <----->  | (e.g., Docker Hub,     |',
      '|                     |           |  Private Registries)   |',
      '+---------------------+           +-----------------------+',
      '        |                              ^',
    ].join('\n');
    const aligned = alignBoxText(source);
    for (const line of aligned.split('\n').slice(0, 5)) {
      expect([...line][22], line).toMatch(/[|+]/);
      expect([...line][58], line).toMatch(/[|+]/);
    }
    expect(aligned.split('\n')[5]).toBe('        |                              ^');
    expect(words(aligned)).toBe(words(source));
  });

  it('leaves an edge alone when moving it would delete text, and leaves arrows and check marks', () => {
    const crowded = ['┌──────┐', '│ ✓ long text│', '└──────┘'].join('\n');
    expect(alignBoxText(crowded)).toBe(crowded);
  });

  it('changes only code blocks that draw boxes', () => {
    const tree: Code[] = [
      { type: 'code', lang: 'bash', value: 'docker run -p 8080:80 nginx | tee log  |' },
      { type: 'code', lang: 'text', value: '┌──┐\n│ x │\n└──┘' },
    ];
    const report = alignBoxes(tree);
    expect(tree[0]!.value).toBe('docker run -p 8080:80 nginx | tee log  |');
    expect(tree[1]!.value).toBe('┌──┐\n│ x│\n└──┘');
    expect(report.edges).toBe(1);
  });
});
