/**
 * The one declaration of a saved verse's fields: editing, Undo, import and the message
 * contract all check what they are given against these schemas, so a tag, a note or a
 * date is held to the same rule wherever it comes from. valibot, because its schemas are
 * plain functions that tree-shake to the few checks used here.
 */
import * as v from 'valibot';
import { isValidOsis } from '../bible/osis';
import { isTranslationId, TRANSLATION_IDS, type TranslationId } from '../bible/translations';

/** A note's longest length, in UTF-16 units. */
const MAX_NOTE = 10_000;
/** How many tags one saved verse may carry. */
export const MAX_TAGS = 20;
/** A tag's longest length. */
export const MAX_TAG = 50;
/**
 * The largest time a `Date` can hold (ms since the epoch, ECMAScript's ±8.64e15 limit):
 * anything beyond would make `new Date(t).toISOString()` throw.
 */
export const MAX_TIME = 8.64e15;

/** A time in whole milliseconds since the epoch, within what a `Date` can hold. */
const TimeSchema = v.pipe(
  v.number('must be a date (a number of milliseconds)'),
  v.integer('must be a whole number of milliseconds'),
  v.minValue(0, 'must not be before 1970'),
  v.maxValue(MAX_TIME, 'is later than any date can be'),
);

/** The tags of a saved verse: short words, few of them. */
const TagsSchema = v.pipe(
  v.array(
    v.pipe(v.string('must be text'), v.maxLength(MAX_TAG, `must be a word of at most ${MAX_TAG} characters`)),
    'must be a list of words',
  ),
  v.maxLength(MAX_TAGS, `must hold at most ${MAX_TAGS} tags`),
);

/**
 * `n` with English thousands commas ("10,000"), without Intl: this module loads with the popup,
 * and the first Intl call of a fresh page process loads locale data (about 10 ms).
 */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

/** A note: text, possibly empty. */
const NoteSchema = v.pipe(
  v.string('must be text'),
  v.maxLength(MAX_NOTE, `must be at most ${grouped(MAX_NOTE)} characters`),
);

/** An OSIS id that names real verses. */
const OsisSchema = v.pipe(
  v.string('must be a reference'),
  v.maxLength(2000, 'is too long'),
  v.check(isValidOsis, 'is not a valid reference'),
);

/** A bundled translation, or an imported one's id (`u:` and its abbreviation). */
const TranslationSchema = v.custom<TranslationId>(
  isTranslationId,
  `must be one of ${TRANSLATION_IDS.join(', ')} or an imported translation`,
);

/** What a reader may change of a saved verse. */
const SavedEditSchema = v.strictObject({ note: NoteSchema, tags: TagsSchema });

/**
 * A saved verse as it arrives from outside the database: a backup file's item or an Undo.
 * Its label and text, when present, are never kept: they are made again from the bundled
 * packs, so a file cannot make the list show words the Bible does not have. Its id, when
 * present, is never kept either: the database gives a new one, so nothing in use is overwritten.
 */
const SavedInputSchema = v.object({
  osis: OsisSchema,
  translation: TranslationSchema,
  note: NoteSchema,
  tags: TagsSchema,
  createdAt: TimeSchema,
  updatedAt: TimeSchema,
  id: v.optional(v.unknown()),
  label: v.optional(v.pipe(v.string('must be text'), v.maxLength(MAX_NOTE, 'is too long'))),
  text: v.optional(v.pipe(v.string('must be text'), v.maxLength(200_000, 'is too long'))),
  // Backups written before there were two translations have neither.
  second: v.optional(TranslationSchema),
  secondText: v.optional(v.pipe(v.string('must be text'), v.maxLength(200_000, 'is too long'))),
});

/** A checked saved verse from outside, before its label and text are made from the packs. */
export interface SavedInput {
  osis: string;
  translation: v.InferOutput<typeof TranslationSchema>;
  /** The translation saved beside the first, if any (never the first again). */
  second?: v.InferOutput<typeof TranslationSchema>;
  note: string;
  tags: string[];
  createdAt: number;
  updatedAt: number;
}

/** The first problem of a failed parse, as "where: "field" why". */
function describeIssue(
  issues: readonly [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]],
  where: string,
): string {
  const issue = issues[0];
  const path = v.getDotPath(issue);
  return path ? `${where}: "${path}" ${issue.message}` : `${where}: ${issue.message}`;
}

/** Checks `raw` as a saved verse from outside; throws `make(message)` naming the first problem. */
export function parseSavedInput(raw: unknown, where: string, make: (message: string) => Error): SavedInput {
  const result = v.safeParse(SavedInputSchema, raw);
  if (!result.success) throw make(describeIssue(result.issues, where));
  const { osis, translation, second, note, tags, createdAt, updatedAt } = result.output;
  const input: SavedInput = { osis, translation, note, tags: cleanTags(tags), createdAt, updatedAt };
  if (second && second !== translation) input.second = second;
  return input;
}

/** Checks a note-and-tags edit; throws `make(message)` naming the first problem. */
export function parseSavedEdit(
  raw: unknown,
  where: string,
  make: (message: string) => Error,
): { note: string; tags: string[] } {
  const result = v.safeParse(SavedEditSchema, raw);
  if (!result.success) throw make(describeIssue(result.issues, where));
  return { note: result.output.note, tags: cleanTags(result.output.tags) };
}

/** Tags trimmed, without '#', empty ones and repeats dropped, in their order. */
export function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().replace(/^#/, '').trim()).filter(Boolean))];
}

/** A saved time as an ISO string, or '' when it is not one (old rows written before the checks). */
export function isoTime(ms: number): string {
  return Number.isInteger(ms) && ms >= 0 && ms <= MAX_TIME ? new Date(ms).toISOString() : '';
}
