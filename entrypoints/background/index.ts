import { IntercedeDb } from '@/lib/db/database';
import { extensionPacks } from '@/lib/db/pack-source';
import { VerseService } from '@/lib/db/verse-service';
import { handleMessage } from '@/lib/messaging/handle';

export default defineBackground(() => {
  const verses = new VerseService(new IntercedeDb(), extensionPacks());
  const deps = {
    extensionId: browser.runtime.id,
    getPassage: verses.getPassage.bind(verses),
  };
  // Only runtime.onMessage is registered: with no externally_connectable and no
  // onMessageExternal listener, web pages and other extensions cannot reach us, and
  // handleMessage refuses any sender that is not this extension besides.
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender, deps));
});
