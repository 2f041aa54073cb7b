/**
 * The one error the ingest throws on bad input. It always names the file and,
 * where one applies, the 1-based line, so a reader can go straight to the spot.
 */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${reason}`);
    this.name = 'IngestError';
  }
}
