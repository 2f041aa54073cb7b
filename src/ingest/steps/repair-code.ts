/**
 * Step: undo word-processor damage inside code (never in prose, which keeps
 * its typography). An en dash before a flag was "-" or "--": "-" before a
 * single letter or letters that combine short flags ("–rf"), "--" before a
 * long option ("–rm", "–env-file"); curly quotes were straight; a capital that
 * the word processor put on the first word ("Docker build", "Apt-get") goes.
 */
import type { RootContent } from 'mdast';
import { visit } from 'unist-util-visit';

/** Two-letter options that are long options, not two combined short flags. */
const TWO_LETTER_LONG_OPTIONS = new Set(['rm', 'ip', 'os']);
const DIAGRAM = /[\u2500-\u259F\u2190-\u21FF]/;
/**
 * At a line's start only the white space of that line ([^\S\n\r\u2028\u2029]): "^\s*" would let every
 * line of a run of blank lines start a scan over all the rest of it, quadratic in the run.
 */
const CAPITALISED_COMMAND = /(^[^\S\n\r\u2028\u2029]*|&&\s*|\|\s*|;\s*|\$\s+)(Docker|Apt-get|Apt|Rm|Sudo|Curl|Echo|Cd|Mkdir|Chown|Chmod)(?=\s)/gm;

export interface CodeRepairReport {
  dashes: number;
  quotes: number;
  capitals: number;
}

export function repairCode(nodes: RootContent[]): CodeRepairReport {
  const report: CodeRepairReport = { dashes: 0, quotes: 0, capitals: 0 };
  for (const node of nodes) {
    visit(node, (child) => {
      if ((child.type === 'code' && child.lang !== 'text' && !DIAGRAM.test(child.value)) || child.type === 'inlineCode') {
        child.value = repairCodeText(child.value, report, child.type === 'code');
      }
    });
  }
  return report;
}

export function repairCodeText(text: string, report: CodeRepairReport, block = true): string {
  let result = text.replace(/(^|[\s([=])–(?=$|\s)/gm, (_, before: string) => {
    report.dashes++;
    return `${before}-`;
  });
  result = result.replace(/(^|[\s([=])–([A-Za-z][\w-]*)/gm, (_, before: string, option: string) => {
    report.dashes++;
    const long = option.length > 2 || option.includes('-') || TWO_LETTER_LONG_OPTIONS.has(option);
    return `${before}${long ? '--' : '-'}${option}`;
  });
  result = result.replace(/[“”]/g, () => {
    report.quotes++;
    return '"';
  });
  result = result.replace(/[‘’]/g, () => {
    report.quotes++;
    return "'";
  });
  if (block) {
    // A stray backtick the word processor left before a comment ("`# Parent Dockerfile").
    result = result.replace(/^([^\S\n\r\u2028\u2029]*)`(?=#)/gm, (_, before: string) => {
      report.quotes++;
      return before;
    });
    result = result.replace(CAPITALISED_COMMAND, (_, before: string, command: string) => {
      report.capitals++;
      return `${before}${command.toLowerCase()}`;
    });
  } else if (/^(Docker|Sudo)\s+[a-z]/.test(result)) {
    report.capitals++;
    result = result.charAt(0).toLowerCase() + result.slice(1);
  }
  return result;
}
