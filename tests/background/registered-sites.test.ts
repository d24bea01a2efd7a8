import { expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  chatContentScriptFile,
  handlePermissionsAdded,
  syncWebSiteRegistrations,
  webChatScriptId,
} from '@/lib/background/registered-sites';
import { registerSiteAccessListeners } from '@/lib/background/register-site-access';
import { chatSiteMatches } from '@/lib/adapters/site-hosts';
import { portalProfilesItem } from '@/lib/settings/portals';
import { installFakeSiteAccess } from '../fake-site-access';

const canvas = {
  kind: 'canvas' as const,
  id: 'canvas',
  name: 'District Canvas',
  baseUrl: 'https://district.instructure.com',
  courseId: '1',
  courseName: 'PD',
  assignmentId: '2',
  assignmentName: 'Trace',
  uploadOrigins: ['https://*.instructure-uploads.com/*'],
};

test('every granted origin but the AI sites and the portals gets the content script, persistently', async () => {
  const access = installFakeSiteAccess({
    required: chatSiteMatches,
    granted: [
      'https://chat.example-ai.test/*',
      'https://district.instructure.com/*',
      'https://*.instructure-uploads.com/*',
    ],
  });
  await portalProfilesItem.setValue([canvas]);
  expect(await syncWebSiteRegistrations()).toEqual(['https://chat.example-ai.test/*']);
  expect(access.registered.get(webChatScriptId)).toEqual({
    id: webChatScriptId,
    js: [chatContentScriptFile],
    matches: ['https://chat.example-ai.test/*'],
    excludeMatches: [
      ...chatSiteMatches,
      'https://district.instructure.com/*',
      'https://*.instructure-uploads.com/*',
    ].sort(),
    runAt: 'document_idle',
    persistAcrossSessions: true,
  });
});

test('nothing granted beyond the AI sites: nothing registered, and a stale registration is removed', async () => {
  const access = installFakeSiteAccess({ required: chatSiteMatches, granted: ['https://old.example.test/*'] });
  await syncWebSiteRegistrations();
  expect(access.registered.size).toBe(1);
  access.granted.delete('https://old.example.test/*');
  expect(await syncWebSiteRegistrations()).toEqual([]);
  expect(access.registered.size).toBe(0);
});

test('an unchanged set of sites is not registered again (a worker wake costs no re-registration)', async () => {
  installFakeSiteAccess({ granted: ['https://a.test/*'] });
  await syncWebSiteRegistrations();
  const register = vi.mocked(fakeBrowser.scripting.registerContentScripts);
  register.mockClear();
  await Promise.all([syncWebSiteRegistrations(), syncWebSiteRegistrations()]);
  expect(register).not.toHaveBeenCalled();
});

test('concurrent syncs are queued, never interleaved (no duplicate-id error)', async () => {
  const access = installFakeSiteAccess({ granted: ['https://a.test/*'] });
  const results = await Promise.all([
    syncWebSiteRegistrations(),
    syncWebSiteRegistrations(),
    syncWebSiteRegistrations(),
  ]);
  expect(results).toEqual([['https://a.test/*'], ['https://a.test/*'], ['https://a.test/*']]);
  expect(access.registered.size).toBe(1);
});

test('a grant registers the site and gives its open tabs the Capture button without a reload', async () => {
  const access = installFakeSiteAccess({ required: chatSiteMatches });
  const query = vi
    .spyOn(fakeBrowser.tabs, 'query')
    .mockResolvedValue([{ id: 9, url: 'https://new.test/c/1' }] as never);
  const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
  access.granted.add('https://new.test/*');
  await handlePermissionsAdded({ origins: ['https://new.test/*'] });
  expect(access.registered.get(webChatScriptId)?.matches).toEqual(['https://new.test/*']);
  expect(query).toHaveBeenCalledWith({ url: ['https://new.test/*'] });
  expect(execute).toHaveBeenCalledWith({ target: { tabId: 9 }, files: [`/${chatContentScriptFile}`] });
});

test('a portal grant (Canvas, asked for by the portal editor) never injects the content script', async () => {
  const access = installFakeSiteAccess();
  await portalProfilesItem.setValue([canvas]);
  const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
  access.granted.add('https://district.instructure.com/*');
  await handlePermissionsAdded({ origins: ['https://district.instructure.com/*'] });
  expect(access.registered.size).toBe(0);
  expect(execute).not.toHaveBeenCalled();
});

test('the worker keeps registrations in step: at start, on grants and revocations, and when portals change', async () => {
  const access = installFakeSiteAccess({ required: chatSiteMatches, granted: ['https://start.test/*'] });
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);
  registerSiteAccessListeners();
  await vi.waitFor(() => expect(access.registered.get(webChatScriptId)?.matches).toEqual(['https://start.test/*']));

  access.grantFromOutside('https://granted-in-settings.test/*');
  await vi.waitFor(() =>
    expect(access.registered.get(webChatScriptId)?.matches).toEqual([
      'https://granted-in-settings.test/*',
      'https://start.test/*',
    ]),
  );

  await fakeBrowser.permissions.remove({ origins: ['https://start.test/*'] });
  await vi.waitFor(() =>
    expect(access.registered.get(webChatScriptId)?.matches).toEqual(['https://granted-in-settings.test/*']),
  );

  // The teacher sets the granted site up as a portal: it stops being a chat site.
  await portalProfilesItem.setValue([
    { kind: 'generic', id: 'g', name: 'Portal', url: 'https://granted-in-settings.test/submit' },
  ]);
  await vi.waitFor(() => expect(access.registered.size).toBe(0));
});
