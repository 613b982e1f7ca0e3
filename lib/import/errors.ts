/** Why an import file was refused. */
import type { MessageId, Substitution } from '../i18n';

/**
 * A file that cannot be imported: what is wrong, as a message id of `public/_locales` and its
 * substitutions, and the line (or the file in a zip) where. The parser runs in a worker, which
 * has no `browser.i18n`: the options page writes the message in the interface's language.
 */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    /** What is wrong: the message saying it ("importErrUnknownBookId"). */
    readonly reason: MessageId,
    /** The message's substitutions, in order ("Xyz"). */
    readonly args: readonly Substitution[] = [],
    /** The 1-based line it was found on, when the format has lines. */
    readonly line?: number,
    /** The file inside a zip it was found in. */
    readonly file?: string,
  ) {
    // For logs and the console: the id and its values, where the reader sees the message.
    super(
      `${[file, line === undefined ? undefined : `line ${line}`].filter(Boolean).join(', ')}${
        file !== undefined || line !== undefined ? ': ' : ''
      }${reason}${args.length > 0 ? ` ${JSON.stringify(args)}` : ''}`,
    );
  }

  /** The same error, placed in a file of a zip. */
  inFile(file: string): ImportError {
    return new ImportError(this.reason, this.args, this.line, file);
  }
}
