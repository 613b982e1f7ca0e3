import { describe, expect, it } from 'vitest';
import { bcv_parser } from 'bible-passage-reference-parser/esm/bcv_parser.js';
import * as en from 'bible-passage-reference-parser/esm/lang/en.js';
import { findReferences } from '@/lib/refs';
import mistakes from '../../fixtures/refs/openbibleinfo.json';

interface Mistake {
  text: string;
  /** What Intercede finds: [written, OSIS]. */
  expect: [string, string][];
  /** What bible-passage-reference-parser 4.0.0 finds, recorded so the claim stays checked. */
  openbibleinfo: [string, string][];
  why: string;
}

const parser = new bcv_parser(en);

describe('the mistakes openbibleinfo’s parser makes, and Intercede does not', () => {
  it.each((mistakes as Mistake[]).map((m) => [m.text, m.why, m]))('%j: %s', (_, __, m) => {
    expect(findReferences(m.text).map((r) => [r.text, r.osis])).toEqual(m.expect);
    const theirs = (
      parser.parse(m.text).osis_and_indices() as { osis: string; indices: [number, number] }[]
    ).map((r) => [m.text.slice(r.indices[0], r.indices[1]), r.osis]);
    expect(theirs).toEqual(m.openbibleinfo);
    expect(theirs).not.toEqual(m.expect);
  });
});
