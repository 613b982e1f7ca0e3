import { IntercedeDb } from '@/lib/db/database';
import { extensionPacks } from '@/lib/db/pack-source';
import { VerseService } from '@/lib/db/verse-service';
import { handleMessage, type HandlerDeps } from '@/lib/messaging/handle';

export default defineBackground(() => {
  const startedAt = Date.now();
  const verses = new VerseService(new IntercedeDb(), extensionPacks());
  const deps: HandlerDeps = {
    extensionId: browser.runtime.id,
    getPassage: (osis, translation) => verses.getPassage(osis, translation),
    getStatus: async () => ({ startedAt, cachedBooks: await verses.cachedBooks() }),
  };
  // Only runtime.onMessage is registered: with no externally_connectable and no
  // onMessageExternal listener, web pages and other extensions cannot reach us, and
  // handleMessage refuses any sender that is not this extension besides.
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender, deps));
});
