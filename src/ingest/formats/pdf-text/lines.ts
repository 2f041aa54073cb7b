/**
 * The line model of a PDF text export. What the exporter left around the text
 * carries meaning: a line of only a space separates slides and answers, a
 * single leading space marks the first line of a page, and a missing trailing
 * space marks a line the exporter did not write as a text line (leftover link
 * targets) or a word broken at a hyphen.
 */
export interface Line {
  /** 1-based line number in the raw file. */
  no: number;
  /** The text without surrounding white space. */
  text: string;
  /** Empty in the raw file. */
  blank: boolean;
  /** Only white space in the raw file: a spacer the exporter put between blocks. */
  spacer: boolean;
  /** Starts with exactly one space: the first line of a new page. */
  pageStart: boolean;
  /** Ends with the space the exporter puts after every line it wrote. */
  trailingSpace: boolean;
  /** Leading spaces beyond a page start (indentation inside code). */
  indent: number;
}

export function readLines(text: string): Line[] {
  return text.split('\n').map((raw, index) => {
    const leading = /^ */.exec(raw)![0].length;
    const content = raw.trim();
    return {
      no: index + 1,
      text: content,
      blank: raw === '',
      spacer: raw !== '' && content === '',
      pageStart: leading === 1 && content !== '',
      trailingSpace: / $/.test(raw),
      indent: leading === 1 ? 0 : leading,
    };
  });
}

/** A line with text on it. */
export function hasText(line: Line): boolean {
  return line.text !== '';
}
