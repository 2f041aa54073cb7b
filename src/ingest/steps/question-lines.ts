/**
 * Lines of a document that look like questions: they end in "?", start with
 * "Q:" (or "Q1."), or are a numbered bold line ("3. **What is…**"). A reader's
 * notes that hold far more of them than the entries cut out were probably read
 * with the wrong format or heading depth; the report says so.
 */
// Each is tried on the trimmed line.
const ENDS_IN_QUESTION_MARK = /\?(?:\*\*|__|\*|_)?$/;
const Q_LINE = /^(?:[-*+>] +)?(?:\*\*|__)?Q\d*[:.)]/i;
const NUMBERED_BOLD = /^\d+[.)] ?(?:\*\*|__)\S/;
const FENCE = /^(```|~~~)/;

/** 1-based numbers of the question-like lines, outside fenced code. */
export function questionLikeLines(text: string): number[] {
  const found: number[] = [];
  let inCode = false;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (FENCE.test(line)) {
      inCode = !inCode;
      return;
    }
    if (inCode || line === '') return;
    if (ENDS_IN_QUESTION_MARK.test(line) || Q_LINE.test(line) || NUMBERED_BOLD.test(line)) found.push(index + 1);
  });
  return found;
}
