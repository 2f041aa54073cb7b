import { describe, expect, it } from 'vitest';
import { ingestOwn } from '../helpers/own-notes.ts';

describe('qa-lines: Q:/A:, Question:/Answer:, Ans: lines', () => {
  const { entries, report } = ingestOwn('qa-lines/notes.txt');
  const byTitle = (start: string) => entries.find((entry) => entry.title.startsWith(start))!;

  it('one entry per answered question, the unanswered one counted and left out', () => {
    expect(entries.map((entry) => entry.title).sort()).toEqual([
      'How do I read the logs of a crashed container?',
      "How do you limit a container's memory?",
      'What is the difference between COPY and ADD?',
      'Which command shows live resource use?',
    ]);
    expect(report.debrisRemoved['questions without an answer']).toBe(1);
  });

  it('auto-detect picks it and says why', () => {
    expect(report.format).toBe('qa-lines, detected: 4 "Q:" lines each answered by an "A:" line');
  });

  it('an answer runs over several lines and paragraphs until the next question, code blocks kept', () => {
    expect(byTitle('What is the difference between COPY').body).toMatch(/COPY copies files[\s\S]*ADD also unpacks[\s\S]*Prefer COPY unless/);
    const memory = byTitle('How do you limit').body;
    expect(memory).toMatch(/```bash\n\s*docker run -m 256m --memory-swap 256m nginx\n\s*```/);
    expect(memory).toContain('exit code 137');
    expect(memory).not.toMatch(/^\s*A:/m);
  });

  it('"Question:"/"Answer:" and "Ans:" labels work too', () => {
    expect(byTitle('Which command').body).toContain('docker stats');
    expect(byTitle('How do I read the logs').body).toContain('docker logs still works');
  });
});
