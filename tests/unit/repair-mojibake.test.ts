import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasMojibakeSignature, repairMojibake } from '../../src/ingest/steps/repair-mojibake.ts';
import { fixtureCases } from '../helpers/fixtures.ts';
import { projectRoot } from '../helpers/ingest-input.ts';

describe('repairMojibake, one fixture per defect class (cut from 000, 001, 003)', () => {
  for (const { name, input, expected } of fixtureCases('repair-mojibake')) {
    it(name, () => {
      const repaired = repairMojibake(input);
      expect(repaired.text).toBe(expected);
      expect(hasMojibakeSignature(repaired.text)).toBe(false);
    });
  }
});

describe('repairMojibake on whole documents', () => {
  const read = (file: string) => readFileSync(join(projectRoot, 'content/sources', file), 'utf8');

  it('turns 001 back into 000, byte for byte', () => {
    expect(repairMojibake(read('001_10e08a4fde064a4e.txt')).text).toBe(read('000_8c57ad0391467279.txt'));
  });

  it('repairs 003 completely, restoring every lost byte instead of deleting characters', () => {
    const original = read('003_33d02d657b68ee83.txt');
    const repaired = repairMojibake(original);
    expect(repaired.unrepairedLines).toEqual([]);
    expect(hasMojibakeSignature(repaired.text)).toBe(false);
    expect(repaired.lostBytesRestored).toBeGreaterThan(1000);
    // Every box that opens with ┌ closes with ┐ on the same line: the corners came back.
    const tops = repaired.text.split('\n').filter((line) => line.includes('┌'));
    expect(tops.length).toBeGreaterThan(40);
    for (const top of tops) expect(top.split('┐').length, top).toBe(top.split('┌').length);
  });

  it('leaves documents that were never damaged exactly as they are', () => {
    for (const file of ['000_8c57ad0391467279.txt', '002_8d63654ea8fce396.txt', '004_bb4bf25717b52521.txt']) {
      const text = read(file);
      expect(repairMojibake(text)).toMatchObject({ text, repaired: 0 });
    }
  });

  it('reports lines it could not repair instead of hiding them', () => {
    // Two bytes of a four-byte emoji: one lost byte could be restored, two cannot.
    const repaired = repairMojibake('fine\nbroken ğŸx here\n');
    expect(repaired.unrepairedLines).toEqual([2]);
  });
});
