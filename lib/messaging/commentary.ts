/** Commentary lookups: our notes on a passage, or Nave's topics when no note covers it. */
import { parseOsis } from '../bible/osis';
import type { CommentaryReply } from '../commentary/views';
import { expectKeys, expectOsis, type Fields } from './fields';

/** Commentary requests. */
export interface CommentaryContract {
  /** Notes ranked for the passage (exact, containing, overlapping, same chapter); Nave's topics when none overlaps. */
  getCommentary: { request: { osis: string }; response: CommentaryReply };
}

/** What the background provides. */
export interface CommentaryDeps {
  getCommentary(osis: string): Promise<CommentaryReply>;
}

/** Validators: raw fields in, typed request fields out. */
export const commentaryValidators = {
  getCommentary: (raw: Fields) => {
    expectKeys(raw, ['osis'], 'getCommentary');
    const osis = expectOsis(raw, 'osis', 'getCommentary');
    parseOsis(osis);
    return { osis };
  },
};

/** Handlers over the background's deps. */
export function commentaryHandlers(deps: CommentaryDeps) {
  return { getCommentary: ({ osis }: { osis: string }) => deps.getCommentary(osis) };
}
