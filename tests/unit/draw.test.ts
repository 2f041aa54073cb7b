/** The mock interview's seeded draw: same seed, same questions; questions only; shareable parameters. */
import { describe, expect, it } from 'vitest';
import { drawInterview, interviewParams, newSeed, readInterview } from '../../src/lib/draw.ts';

const cards = Array.from({ length: 60 }, (_, i) => ({ id: `entry-${i}`, topic: ['images', 'networking', 'security'][i % 3]!, level: ['basic', 'advanced'][i % 2]!, kind: i % 5 === 0 ? 'note' : 'question' }));
const choice = { seed: 'abc123', length: 10, topics: ['images', 'networking', 'security'], levels: ['basic', 'advanced'] };

describe('drawInterview', () => {
  it('draws the same questions in the same order for the same seed, whatever the deck order', () => {
    const first = drawInterview(cards, choice).map((card) => card.id);
    expect(first).toHaveLength(10);
    expect(drawInterview([...cards].reverse(), choice).map((card) => card.id)).toEqual(first);
    expect(drawInterview(cards, { ...choice, seed: 'other1' }).map((card) => card.id)).not.toEqual(first);
  });
  it('draws interview questions only, from the chosen topics and levels', () => {
    const drawn = drawInterview(cards, { ...choice, length: 20, topics: ['images'], levels: ['basic'] });
    expect(drawn.length).toBeGreaterThan(0);
    for (const card of drawn) expect(card).toMatchObject({ kind: 'question', topic: 'images', level: 'basic' });
    expect(new Set(drawn.map((card) => card.id)).size).toBe(drawn.length);
  });
  it('round-trips through the URL and ignores values it does not know', () => {
    const params = interviewParams(choice);
    expect(readInterview(new URLSearchParams(params.toString()), choice.topics, choice.levels)).toEqual(choice);
    expect(readInterview(new URLSearchParams('interview=abc&length=7&topics=nope'), choice.topics, choice.levels)).toEqual({ seed: 'abc', length: 5, topics: choice.topics, levels: choice.levels });
    expect(readInterview(new URLSearchParams('interview=<script>'), choice.topics, choice.levels)).toBeUndefined();
  });
  it('makes short seeds of letters and digits', () => {
    expect(newSeed(() => 0.5)).toMatch(/^[a-z0-9]{6}$/);
  });
});
