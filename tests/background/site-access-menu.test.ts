import { expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createContextMenus } from '@/lib/background/context-menus';
import { handleSiteAccessMenuClick, siteAccessMenuId } from '@/lib/background/site-access-menu';
import { captureStatusItem } from '@/lib/capture/capture-status';
import { installFakeSiteAccess } from '../fake-site-access';

const click = (url: string) =>
  handleSiteAccessMenuClick({ menuItemId: siteAccessMenuId, editable: false } as never, { id: 2, url } as never);

test('the toolbar button menu offers "Use ShowWork on this site"; the page menu captures on every page', async () => {
  const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => 0);
  vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
  await createContextMenus();
  expect(create).toHaveBeenCalledWith({
    id: siteAccessMenuId,
    title: 'Use ShowWork on this site',
    contexts: ['action'],
  });
  const pageMenu = create.mock.calls.map(([options]) => options).find((o) => o.contexts?.includes('page'));
  expect(pageMenu?.documentUrlPatterns).toBeUndefined();
});

test('asks for the tab’s site during the click itself, with nothing awaited before (Firefox needs that)', async () => {
  const access = installFakeSiteAccess();
  click('https://tutor.example.org/chat/9');
  // Synchronously: the request is already made when the handler returns.
  expect(access.requests).toEqual([['https://tutor.example.org/*']]);
  await vi.waitFor(async () =>
    expect(await captureStatusItem.getValue()).toMatchObject({
      ok: true,
      message: 'ShowWork now works on tutor.example.org: use Capture trace on the page.',
    }),
  );
});

test('a refusal changes nothing; AI sites and non-https pages are not asked for', async () => {
  const access = installFakeSiteAccess();
  access.answer = false;
  click('https://tutor.example.org/chat/9');
  expect(access.granted.size).toBe(0);

  vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined);
  click('https://chatgpt.com/c/1');
  click('http://localhost:8080/');
  expect(access.requests).toHaveLength(1);
  await vi.waitFor(async () =>
    expect((await captureStatusItem.getValue())?.message).toBe(
      'ShowWork can be added only to https pages, e.g. https://chat.example.com.',
    ),
  );
});
