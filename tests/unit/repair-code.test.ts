/** repair-code: word-processor damage inside code blocks is undone. */
import { describe, expect, it } from 'vitest';
import { repairCodeText } from '../../src/ingest/steps/repair-code.ts';

const repair = (text: string) => repairCodeText(text, { dashes: 0, quotes: 0, capitals: 0 });

describe('repairCodeText', () => {
  it('drops a stray backtick before a comment', () => {
    expect(repair('`# Parent Dockerfile\nFROM python:3.8-slim')).toBe('# Parent Dockerfile\nFROM python:3.8-slim');
  });

  it('keeps backticks that are shell command substitution', () => {
    expect(repair('echo `date`')).toBe('echo `date`');
  });

  it('turns en dashes before flags back into - and --', () => {
    expect(repair('docker run –it –rm nginx')).toBe('docker run -it --rm nginx');
  });
});
