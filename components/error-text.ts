/**
 * A failed request in the reader's language. The background's messages are English and meant
 * for logs and tests; the interface says what the code means, in words the card and the popup
 * can show beside the passage's label and translation.
 */
import type { ErrorCode } from '@/lib/errors';
import { t, type MessageId } from '@/lib/i18n';

const MESSAGES: Partial<Record<ErrorCode, MessageId>> = {
  'not-found': 'errorNotFound',
  'invalid-reference': 'errorInvalidReference',
  'too-large': 'errorTooLarge',
  quota: 'errorQuota',
};

/** What to show for `error`: its code's sentence, or that something went wrong in Intercede. */
export function errorText(error: unknown): string {
  const code = (error as { code?: ErrorCode } | undefined)?.code;
  return t((code && MESSAGES[code]) || 'errorInternal');
}
