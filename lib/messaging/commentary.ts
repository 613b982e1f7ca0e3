/** Commentary lookups: our notes on a passage, or Nave's topics when no note covers it. */
import { parseOsis } from '../bible/osis';
import type { CommentaryReply } from '../commentary/views';
import { MAX_QUERY_LENGTH } from '../search/query';
import type { NamedTopic } from '../search/topic';
import { expectKeys, expectOsis, expectString, type Fields } from './fields';

/** Commentary requests. */
export interface CommentaryContract {
  /** Notes ranked for the passage (exact, containing, overlapping, same chapter); Nave's topics when none overlaps. */
  getCommentary: { request: { osis: string }; response: CommentaryReply };
  /** The Nave's topic (or section) a word search names, with its references; null if none. */
  findTopic: { request: { query: string }; response: NamedTopic | null };
}

/** What the background provides. */
export interface CommentaryDeps {
  getCommentary(osis: string): Promise<CommentaryReply>;
  findTopic(query: string): Promise<NamedTopic | null>;
}

/** Validators: raw fields in, typed request fields out. */
export const commentaryValidators = {
  getCommentary: (raw: Fields) => {
    expectKeys(raw, ['osis'], 'getCommentary');
    const osis = expectOsis(raw, 'osis', 'getCommentary');
    parseOsis(osis);
    return { osis };
  },
  findTopic: (raw: Fields) => {
    expectKeys(raw, ['query'], 'findTopic');
    return { query: expectString(raw, 'query', 'findTopic', MAX_QUERY_LENGTH) };
  },
};

/** Handlers over the background's deps. */
export function commentaryHandlers(deps: CommentaryDeps) {
  return {
    getCommentary: ({ osis }: { osis: string }) => deps.getCommentary(osis),
    findTopic: ({ query }: { query: string }) => deps.findTopic(query),
  };
}
