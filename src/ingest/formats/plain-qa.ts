/**
 * Format "plain-qa": one question in plain text (004). The first line is the
 * question; "Quick Answer", "Detailed Answer" and "Step N: …" lines are
 * headings; bare command lines and the console output after them become code
 * blocks; every other line is a paragraph.
 */
import type { Code, Heading, Root, RootContent } from 'mdast';
import { IngestError } from '../errors.ts';
import { withInlineCode } from '../steps/inline-code.ts';

type Role = 'blank' | 'heading' | 'step' | 'command' | 'output' | 'prose';

const LABEL_HEADING = /^(quick answer|short answer|detailed answer|answer|summary|example|examples)$/i;
const STEP_HEADING = /^step\s+\d+\s*[:.)–—-]\s*\S/i;
const COMMAND = /^(\$\s+)?(sudo\s+)?(docker(-compose)?|kubectl|curl|apt(-get)?|systemctl|journalctl)(\s|$)/;
/** Tokens that only machine output has: hashes, digests, quoted names, paths, "key: value" logs. */
const OUTPUT_SIGNS = /(sha256:|\b[0-9a-f]{12}\b|'[^']*'|"[^"]*"|^[\w.-]+:\s|\/|^#\s)/;

export function parsePlainQa(text: string, file: string): Root {
  const lines = text.split('\n');
  const questionAt = lines.findIndex((line) => line.trim() !== '');
  if (questionAt === -1) throw new IngestError(file, undefined, 'the document is empty');
  const children: RootContent[] = [heading(1, lines[questionAt]!.trim(), questionAt + 1)];
  let code: { lines: string[]; hasCommand: boolean; start: number } | undefined;

  const flushCode = () => {
    if (!code) return;
    children.push({ ...codeBlock(code.lines, code.hasCommand), position: at(code.start, code.start + code.lines.length - 1) });
    code = undefined;
  };

  const roles = lines.map((line, i) => roleOf(line, lines[i + 1] ?? '', i > 0 ? lines[i - 1]! : ''));
  for (let i = questionAt + 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const role = roles[i]!;
    if (role === 'command' || (role === 'output' && (code || roles[i - 1] === 'heading' || roles[i - 1] === 'step' || roles[i - 1] === 'prose'))) {
      code ??= { lines: [], hasCommand: false, start: i + 1 };
      code.lines.push(line);
      if (role === 'command') code.hasCommand = true;
      continue;
    }
    flushCode();
    if (role === 'blank') continue;
    if (role === 'heading') children.push(heading(2, line, i + 1));
    else if (role === 'step') children.push(heading(3, line, i + 1));
    else children.push({ type: 'paragraph', children: withInlineCode(line), position: at(i + 1) });
  }
  flushCode();
  if (children.length === 1) throw new IngestError(file, questionAt + 1, 'the question has no answer');
  return { type: 'root', children };
}

function roleOf(raw: string, next: string, previous: string): Role {
  const line = raw.trim();
  if (line === '') return 'blank';
  if (LABEL_HEADING.test(line)) return 'heading';
  if (STEP_HEADING.test(line)) return 'step';
  if (COMMAND.test(line) && !isSentence(line)) return 'command';
  if (line.startsWith('#') && previous.trim() !== '') return 'output';
  if (isSentence(line)) return 'prose';
  if (OUTPUT_SIGNS.test(line) || /^[a-z]/.test(line)) return 'output';
  // A short capitalised line without end punctuation, followed by prose, names what follows.
  if (line.split(/\s+/).length <= 10 && /^[A-Z]/.test(line) && isSentence(next.trim())) return 'heading';
  return 'prose';
}

/** Prose: several words and a sentence ending. */
function isSentence(line: string): boolean {
  return line.split(/\s+/).length >= 6 && /[.!?)]$/.test(line) && !/^[\w.-]+:\s/.test(line.split(' ')[0] ?? '');
}

/** Commands alone are bash; commands mixed with their output are a console session with prompts. */
function codeBlock(lines: string[], hasCommand: boolean): Code {
  const data = { fencedFromBareLines: true };
  const output = lines.some((line) => !COMMAND.test(line) && !line.startsWith('#'));
  if (!hasCommand) return { type: 'code', lang: 'text', value: lines.join('\n'), data };
  if (!output) return { type: 'code', lang: 'bash', value: lines.join('\n'), data };
  const session = lines.map((line) => (COMMAND.test(line) && !line.startsWith('$') ? `$ ${line}` : line));
  return { type: 'code', lang: 'console', value: session.join('\n'), data };
}

function heading(depth: Heading['depth'], text: string, line: number): Heading {
  return { type: 'heading', depth, children: [{ type: 'text', value: text }], position: at(line) };
}

function at(line: number, endLine = line) {
  return { start: { line, column: 1 }, end: { line: endLine, column: 1 } };
}
