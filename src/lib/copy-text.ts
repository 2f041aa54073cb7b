/**
 * What the copy button puts on the clipboard: the commands, ready to paste.
 * In a console session that means only the prompted lines, without "$ ", and
 * the lines a trailing backslash continues; output lines are left behind.
 */
export function copyText(code: string, language: string): string {
  const text = code.replace(/\n$/, '');
  if (language !== 'console') return text;
  const commands: string[] = [];
  let continuing = false;
  for (const line of text.split('\n')) {
    const prompt = /^\s*\$\s?(.*)$/.exec(line);
    if (prompt) commands.push(prompt[1]!);
    else if (continuing) commands.push(line);
    else continue;
    continuing = /\\\s*$/.test(commands.at(-1)!);
  }
  return commands.join('\n');
}
