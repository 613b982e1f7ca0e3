/** The background titles its context-menu items in the browser's language. */
import { afterEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { useInterfaceLanguage } from '../support/interface-language';

const ORIGINAL = { contextMenus: fakeBrowser.contextMenus, commands: fakeBrowser.commands };
afterEach(() => {
  Object.assign(fakeBrowser, ORIGINAL);
});

it.each([
  ['en', ['Look up in Intercede', 'Save to my verses']],
  ['es', ['Buscar en Intercede', 'Guardar en Mis versículos']],
] as const)('in %s, the menu items read %j', async (locale, titles) => {
  useInterfaceLanguage(locale);
  const created: { id: string; title: string }[] = [];
  Object.assign(fakeBrowser, {
    contextMenus: {
      create: (item: (typeof created)[number]) => void created.push(item),
      removeAll: async () => void (created.length = 0),
      onClicked: { addListener: () => undefined },
    },
    commands: { onCommand: { addListener: () => undefined } },
  });
  background.main();
  await vi.waitFor(() => expect(created).toHaveLength(2));
  expect(created.map((item) => item.title)).toEqual(titles);
});
