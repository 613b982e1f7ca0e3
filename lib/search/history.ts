/** The popup's recent lookups: passages the reader read there, newest first. */
import type { TranslationId } from '../bible/translations';

/** The most recent lookups the popup shows. */
export const HISTORY_SHOWN = 10;

/** A passage the user looked up. */
export interface HistoryEntry {
  osis: string;
  translation: TranslationId;
  at: number;
}
