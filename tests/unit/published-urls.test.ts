import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.ts';
import { formatLedger, movedSlugs, parseLedger, updateLedger } from '../../src/ingest/review/published-urls.ts';

const entry = (slug: string, ...addresses: string[]) => ({
  slug,
  sources: addresses.map((address) => {
    const [source, line] = address.split(':');
    return { source: source!, line: Number(line), locator: '', heading: '' };
  }),
});

describe('the ledger of published URLs', () => {
  it('starts from the live entries on a new site, and moves nothing', () => {
    const ledger = updateLedger(parseLedger(undefined), [entry('b', 'qa:2'), entry('a', 'qa:1')]);
    expect(Object.keys(ledger)).toEqual(['a', 'b']);
    expect(movedSlugs(ledger).size).toBe(0);
  });

  it('points a renamed slug at the entry that holds its heading now', () => {
    const before = updateLedger({}, [entry('exactly-are-containers', 'guide:359')]);
    const after = updateLedger(before, [entry('what-are-containers', 'guide:359')]);
    expect(movedSlugs(after)).toEqual(new Map([['exactly-are-containers', 'what-are-containers']]));
  });

  it('points the slug of a merged-away entry at the merged entry', () => {
    const before = updateLedger({}, [entry('volume-types', 'guide:10'), entry('volume-type-is-preferred', 'guide:20')]);
    const after = updateLedger(before, [entry('volume-types', 'guide:10', 'guide:20')]);
    expect(movedSlugs(after)).toEqual(new Map([['volume-type-is-preferred', 'volume-types']]));
  });

  it('follows a slug renamed twice straight to the live page, never through a chain', () => {
    const first = updateLedger({}, [entry('one', 'qa:1')]);
    const second = updateLedger(first, [entry('two', 'qa:1')]);
    const third = updateLedger(second, [entry('three', 'qa:1')]);
    expect(movedSlugs(third)).toEqual(new Map([['one', 'three'], ['two', 'three']]));
  });

  it('brings a slug back to life when an entry takes it again', () => {
    const moved = updateLedger(updateLedger({}, [entry('one', 'qa:1')]), [entry('two', 'qa:1')]);
    const back = updateLedger(moved, [entry('one', 'qa:1')]);
    expect(movedSlugs(back)).toEqual(new Map([['two', 'one']]));
  });

  it('round-trips through its file, one slug a line, and is stable', () => {
    const ledger = updateLedger(updateLedger({}, [entry('old', 'qa:1'), entry('kept', 'qa:2')]), [entry('new', 'qa:1'), entry('kept', 'qa:2')]);
    const text = formatLedger(ledger);
    expect(parseLedger(text)).toEqual(ledger);
    expect(text.split('\n').filter((line) => line.includes('"at"'))).toHaveLength(3);
    expect(formatLedger(updateLedger(parseLedger(text), [entry('new', 'qa:1'), entry('kept', 'qa:2')]))).toBe(text);
  });

  it('refuses to drop a published URL whose headings reach no entry, naming its line', () => {
    const text = formatLedger(updateLedger({}, [entry('first', 'qa:1'), entry('gone', 'qa:9')]));
    expect(() => updateLedger(parseLedger(text), [entry('first', 'qa:1')], text)).toThrowError(
      expect.objectContaining({ file: 'content/urls/published.json', line: 5, reason: expect.stringContaining('/questions/gone/ was published') }),
    );
  });

  it('refuses to give a published slug to a different entry', () => {
    const ledger = updateLedger({}, [entry('shared', 'qa:1')]);
    expect(() => updateLedger(ledger, [entry('shared', 'qa:2'), entry('other', 'qa:1')])).toThrow(/was published for qa:1/);
  });

  it('names the file when the ledger is not JSON or has no questions', () => {
    expect(() => parseLedger('{ nope')).toThrow(IngestError);
    expect(() => parseLedger('{ nope')).toThrow(/content\/urls\/published\.json: is not valid JSON/);
    expect(() => parseLedger('{"questions": {"x": {"at": 3}}}')).toThrow(/"x" needs "at"/);
  });
});
