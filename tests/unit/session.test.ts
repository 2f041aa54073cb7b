/** A practice session as data: reveal before grading, Again comes back, skip, undo, missed ones. */
import { describe, expect, it } from 'vitest';
import { VERSION, type Progress } from '../../src/lib/progress.ts';
import { current, end, grade, missed, reveal, skip, startSession, undo } from '../../src/lib/session.ts';

const now = Date.UTC(2026, 4, 1, 9);
const empty: Progress = { v: VERSION, cards: {} };

describe('a review session', () => {
  it('cannot grade a card before its answer is revealed', () => {
    const session = startSession('review', ['a', 'b'], now);
    const after = grade(session, empty, 3, now + 1000);
    expect(after.session).toBe(session);
    expect(after.progress).toBe(empty);
  });
  it('brings a card answered Again back at the end of the queue, and records the time spent', () => {
    let { session, progress } = grade(reveal(startSession('review', ['a', 'b'], now)), empty, 1, now + 4000);
    expect(session.queue).toEqual(['b', 'a']);
    expect(session.results).toEqual([{ id: 'a', grade: 1, ms: 4000 }]);
    expect(progress.cards['a']!.state).not.toBe(0);
    ({ session, progress } = grade(reveal(session), progress, 4, now + 6000));
    expect(session.queue).toEqual(['a']);
    expect(missed(session)).toEqual(['a']);
  });
  it('undo puts the card back on screen and its record back as it was', () => {
    const start = startSession('review', ['a', 'b'], now);
    const graded = grade(reveal(start), empty, 4, now + 1000);
    const undone = undo(graded.session, graded.progress, now + 2000);
    expect(current(undone.session)).toBe('a');
    expect(undone.session.revealed).toBe(false);
    expect(undone.progress.cards).toEqual({});
    expect(undone.session.results).toEqual([]);
  });
  it('skip moves on without a grade, and undo brings the skipped card back', () => {
    const skipped = skip(startSession('review', ['a', 'b'], now), now + 500);
    expect(current(skipped)).toBe('b');
    expect(skipped.results[0]).toMatchObject({ id: 'a', grade: 0 });
    expect(current(undo(skipped, empty, now).session)).toBe('a');
  });
  it('ends early with what was done so far', () => {
    const { session } = grade(reveal(startSession('review', ['a', 'b', 'c'], now)), empty, 2, now + 1000);
    const ended = end(session);
    expect(current(ended)).toBeUndefined();
    expect(ended.results).toHaveLength(1);
    expect(missed(ended)).toEqual(['a']);
  });
});

describe('an interview session', () => {
  it('asks each question once, whatever the grade', () => {
    const { session } = grade(reveal(startSession('interview', ['a', 'b'], now)), empty, 1, now + 1000);
    expect(session.queue).toEqual(['b']);
  });
});
