/** A tag is earned: the command or instruction it names is written in the entry's title or answer. */
import { describe, expect, it } from 'vitest';
import { questions } from '../helpers/content.ts';

describe('tags', () => {
  it('every tag of every entry is written in that entry', () => {
    const unearned: string[] = [];
    for (const entry of questions) {
      const text = `${String(entry.data['title'])}\n${entry.body}`.replace(/\\/g, '');
      for (const tag of entry.data['tags'] as string[]) {
        const pattern = tag.startsWith('docker ') ? new RegExp(`docker(-compose|\\s+compose)?\\s+${tag.slice(7)}\\b`) : new RegExp(`(?<![\\w-])${tag}(?![\\w-])`);
        if (!pattern.test(text)) unearned.push(`${entry.id}: ${tag}`);
      }
    }
    expect(unearned).toEqual([]);
  });
});
