/** Why an import file was refused. */

/** A file that cannot be imported: what is wrong, and the line (or the file in a zip) where. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    /** What is wrong, in a sentence fragment ("the file ends before <verse> is closed"). */
    readonly detail: string,
    /** The 1-based line it was found on, when the format has lines. */
    readonly line?: number,
    /** The file inside a zip it was found in. */
    readonly file?: string,
  ) {
    super(
      `${[file, line === undefined ? undefined : `line ${line}`].filter(Boolean).join(', ')}${
        file !== undefined || line !== undefined ? ': ' : ''
      }${detail}`,
    );
  }

  /** The same error, placed in a file of a zip. */
  inFile(file: string): ImportError {
    return new ImportError(this.detail, this.line, file);
  }
}
