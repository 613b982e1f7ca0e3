/**
 * Resolves in a later task, after the messages already queued have gone out. Writing many
 * rows to IndexedDB clones every one of them on the worker's thread; a cache fill started
 * this way never delays the answer to the lookup that caused it.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
