import { describe, expect, it } from 'vitest';
import { VerseCollector } from '@/lib/import/collect';
import { ImportError } from '@/lib/import/errors';
import { failureOf, ImportFailed, summarize, unexpectedFailure } from '@/lib/import/worker-protocol';
import { reasonText } from './reason';

const meta = { name: 'T', abbreviation: 'T', language: 'en', copyright: '' };

describe('what the worker says of a parse', () => {
  it('summarizes a parsed file: its books, what is missing, the first five absent slots', () => {
    const collector = new VerseCollector();
    collector.verse('Jude', 1, 1, 'alpha');
    collector.verse('3John', 1, 1, 'beta gamma');
    collector.verse('Tob', 1, 1, 'delta');
    collector.repaired('line 4: a stray </x>');
    const summary = summarize({ ...collector.result(meta), format: 'usfx' });
    expect(summary).toEqual({
      format: 'usfx',
      meta,
      verses: 2,
      books: ['3John', 'Jude'],
      missingBooks: expect.any(Array),
      absent: { count: 14 + 24, first: ['3John.1.2', '3John.1.3', '3John.1.4', '3John.1.5', '3John.1.6'] },
      apart: [{ osis: 'Tob.1.1', text: 'delta' }],
      repairs: { count: 1, first: 'line 4: a stray </x>' },
    });
    expect(summary.missingBooks).toHaveLength(64);
    expect(summary.missingBooks).not.toContain('Jude');
  });

  it.each([
    {
      error: new ImportError('importErrUnknownBookId', ['Xyz'], 12, '40MAT.usfm'),
      failure: { reason: 'importErrUnknownBookId', args: ['Xyz'], line: 12, file: '40MAT.usfm' },
      text: 'unknown book id "Xyz"',
    },
    {
      error: new ImportError('importErrUnknownBookId', ['Xyz'], 12),
      failure: { reason: 'importErrUnknownBookId', args: ['Xyz'], line: 12 },
      text: 'unknown book id "Xyz"',
    },
    {
      error: new ImportError('importErrZipEncrypted', [], undefined, 'a.usfm'),
      failure: { reason: 'importErrZipEncrypted', args: [], file: 'a.usfm' },
      text: 'the file is encrypted',
    },
    {
      error: new ImportError('importErrZipCut'),
      failure: { reason: 'importErrZipCut', args: [] },
      text: 'the zip has no table of contents at its end: it looks cut short',
    },
    {
      error: new TypeError('x is undefined'),
      failure: { reason: 'importErrUnexpected', args: ['x is undefined'] },
      text: 'the file could not be read (x is undefined)',
    },
    {
      error: 'out of memory',
      failure: { reason: 'importErrUnexpected', args: ['out of memory'] },
      text: 'the file could not be read (out of memory)',
    },
  ])('sends $failure.reason as it is, saying only where it is known', ({ error, failure, text }) => {
    const sent = failureOf(error);
    // Sent to the page as it is: no place that is not known, not even as undefined.
    expect(sent).toStrictEqual(failure);
    expect(reasonText(sent)).toBe(text);
  });

  it('sends a copy of the values, which the error keeps', () => {
    const error = new ImportError('importErrUnknownBookId', ['Xyz']);
    const sent = failureOf(error);
    sent.args.push('more');
    expect(error.args).toEqual(['Xyz']);
  });

  it('turns a failure back into an error on the page', () => {
    const failure = unexpectedFailure('boom');
    const error = new ImportFailed(failure);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ImportFailed');
    expect(error.message).toBe('importErrUnexpected');
    expect(error.failure).toBe(failure);
    expect(reasonText(error.failure)).toBe('the file could not be read (boom)');
  });
});
