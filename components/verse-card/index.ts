/** The hover card and what it is built from; the popup reuses PassageText and Commentary. */
export { VerseCard, type PassageState, type VerseCardProps } from './verse-card';
export { Commentary, NOTES_SHOWN, type CommentaryView, type NoteView, type TopicView } from './commentary';
export { PassageText, COLLAPSED_VERSES } from './passage-text';
export { ParallelText } from './parallel-text';
export { LinkedText, splitReferences, type ReferenceFinder, type FoundReference } from './linkify';
