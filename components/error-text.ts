/**
 * A failed request in the reader's language. The background's messages are English and meant
 * for logs and tests; the interface says what the code means, in words the card and the popup
 * can show beside the passage's label and translation.
 */
import type { ErrorCode } from '@/lib/errors';
import { t, type MessageId } from '@/lib/i18n';
import type { SettingTooLargeError } from '@/lib/settings/values';

const MESSAGES: Partial<Record<ErrorCode, MessageId>> = {
  'not-found': 'errorNotFound',
  'invalid-reference': 'errorInvalidReference',
  'too-large': 'errorTooLarge',
  quota: 'errorQuota',
  private: 'savingOffPrivate',
};

/** What to show for `error`: its code's sentence, or that something went wrong in Intercede. */
export function errorText(error: unknown): string {
  const code = (error as { code?: ErrorCode } | undefined)?.code;
  return t((code && MESSAGES[code]) || 'errorInternal');
}

/** Why a setting was not saved, in the reader's language ("Not saved: …"). */
export function notSavedText(error: unknown): string {
  const detail = (error as { detail?: SettingTooLargeError['detail'] } | undefined)?.detail;
  const reason =
    detail?.kind === 'setting'
      ? t('settingTooLong', detail.bytes, detail.limit)
      : detail?.kind === 'sites'
        ? t('sitesTooMany', detail.sites, detail.limit)
        : error instanceof Error
          ? error.message
          : String(error);
  return t('notSaved', reason);
}
