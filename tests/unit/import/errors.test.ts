import { describe, expect, it } from 'vitest';
import { ImportError } from '@/lib/import/errors';
import { placedText } from './reason';

describe('ImportError', () => {
  // The message is what a log or the console shows of a refused file: where, then the id.
  it.each([
    { args: [], line: undefined, file: undefined, message: 'importErrNoVerse' },
    { args: [], line: 7, file: undefined, message: 'line 7: importErrNoVerse' },
    { args: [], line: undefined, file: '01GEN.usfm', message: '01GEN.usfm: importErrNoVerse' },
    { args: ['Xyz'], line: 3, file: '01GEN.usfm', message: '01GEN.usfm, line 3: importErrNoVerse ["Xyz"]' },
    { args: ['Ruth.1.1', 4], line: undefined, file: undefined, message: 'importErrNoVerse ["Ruth.1.1",4]' },
  ])('logs as "$message"', ({ args, line, file, message }) => {
    const error = new ImportError('importErrNoVerse', args, line, file);
    expect(error.message).toBe(message);
    expect(error.name).toBe('ImportError');
    expect(error).toBeInstanceOf(Error);
  });

  it('keeps its reason, values and line when placed in a file of a zip', () => {
    const error = new ImportError('importErrVerseTwiceFirst', ['Ruth.1.1', 3], 9).inFile('08RUT.usfm');
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ reason: 'importErrVerseTwiceFirst', args: ['Ruth.1.1', 3], line: 9 });
    expect(placedText(error)).toBe('08RUT.usfm, line 9: Ruth.1.1 appears twice (first on line 3)');
    expect(error.message).toBe('08RUT.usfm, line 9: importErrVerseTwiceFirst ["Ruth.1.1",3]');
  });

  it('has no values unless given', () => {
    expect(new ImportError('importErrNoVerse').args).toEqual([]);
  });
});
