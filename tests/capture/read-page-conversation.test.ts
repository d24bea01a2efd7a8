import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPageConversation } from '@/lib/content/read-page-conversation';
import { capturePage } from '@/lib/content/capture-page';
import { structuralReaderKey, type StructuralReaderHook } from '@/lib/content/structural-reader-hook';
import { AdapterError, type SiteAdapter } from '@/lib/adapters/types';
import type { ExtractedConversation } from '@/lib/model/conversation';

const conversation = (site: ExtractedConversation['site'], reader?: 'site' | 'structural'): ExtractedConversation => ({
  site,
  externalId: 'x',
  url: location.href,
  title: 'T',
  turns: [
    { role: 'user', text: 'q', markdown: 'q' },
    { role: 'assistant', text: 'a', markdown: 'a' },
  ],
  ...(reader ? { reader } : {}),
});

const adapter = (read: () => ExtractedConversation): SiteAdapter => ({
  id: 'claude',
  hosts: ['claude.ai'],
  readConversation: read,
  isStreaming: () => false,
  findConversationRoot: () => document.body,
});

/** The service worker's side: a load request puts `hook` on this world's globalThis, as the injected bundle does. */
function workerInjects(hook: Omit<StructuralReaderHook, 'version'>) {
  return vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) => {
    if (message.type === 'content→background:load-structural-reader') {
      (globalThis as Record<string, unknown>)[structuralReaderKey] = {
        ...hook,
        version: fakeBrowser.runtime.getManifest().version,
      };
      return { ok: true };
    }
    return { ok: true, conversationId: 'c', turnCount: 2, added: 2, updated: 0, unchanged: 0 };
  }) as never);
}

beforeEach(() => {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '0.2.0' } as never);
});

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[structuralReaderKey];
});

test('on an allowed site (no adapter) the reader is loaded once and reads the page as web', async () => {
  const choose = vi.fn<StructuralReaderHook['choose']>(() => ({
    ok: true,
    conversation: conversation('web', 'structural'),
    reasons: [],
  }));
  const send = workerInjects({ choose });
  expect(await readPageConversation(undefined, 'button')).toMatchObject({ site: 'web', reader: 'structural' });
  await readPageConversation(undefined, 'auto');
  expect(choose).toHaveBeenCalledWith('web');
  expect(
    send.mock.calls.filter(([m]) => (m as unknown as { type: string }).type.endsWith('load-structural-reader')),
  ).toHaveLength(1);
});

test("a previous version's reader left in the page (the extension was updated) is not used", async () => {
  (globalThis as Record<string, unknown>)[structuralReaderKey] = {
    version: 'older',
    choose: () => ({ ok: false, message: 'stale', reasons: [] }),
  };
  const send = workerInjects({
    choose: () => ({ ok: true, conversation: conversation('web', 'structural'), reasons: [] }),
  });
  expect(await readPageConversation(undefined, 'button')).toMatchObject({ reader: 'structural' });
  expect(send).toHaveBeenCalledWith({ type: 'content→background:load-structural-reader', trigger: 'button' });
});

test('an adapter that finds nothing falls back to the structural reading under its own site id', async () => {
  const choose = vi.fn<StructuralReaderHook['choose']>((site) => ({
    ok: true,
    conversation: conversation(site, 'structural'),
    reasons: [],
  }));
  workerInjects({ choose });
  const read = await readPageConversation(
    adapter(() => {
      throw new AdapterError('no-turns', 'No prompts or answers found on this Claude page.');
    }),
    'button',
  );
  expect(choose).toHaveBeenCalledWith('claude', undefined);
  expect(read).toMatchObject({ site: 'claude', reader: 'structural' });
});

test("an adapter reading that looks suspicious (roles that don't alternate) is handed to the reader to judge", async () => {
  const choose = vi.fn<StructuralReaderHook['choose']>((_site, siteReading) => ({
    ok: true,
    conversation: { ...siteReading!, reader: 'site' },
    reasons: [],
  }));
  workerInjects({ choose });
  const repeated: ExtractedConversation = {
    ...conversation('claude'),
    turns: conversation('claude').turns.map((turn) => ({ ...turn, role: 'user' as const })),
  };
  const read = await readPageConversation(
    adapter(() => repeated),
    'auto',
  );
  expect(choose).toHaveBeenCalledWith('claude', repeated);
  expect(read.reader).toBe('site');
});

test('an adapter reading that looks fine is stored as read by the site, without loading the reader', async () => {
  const choose = vi.fn<StructuralReaderHook['choose']>();
  const send = workerInjects({ choose });
  const read = await readPageConversation(
    adapter(() => conversation('claude')),
    'auto',
  );
  expect(read).toEqual({ ...conversation('claude'), reader: 'site' });
  expect(choose).not.toHaveBeenCalled();
  expect(send).not.toHaveBeenCalled();
});

test('if the reader cannot be loaded, the adapter’s reading still counts; its error still reaches the teacher', async () => {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false } as never);
  expect(
    await readPageConversation(
      adapter(() => conversation('claude')),
      'auto',
    ),
  ).toMatchObject({ reader: 'site' });
  await expect(
    readPageConversation(
      adapter(() => {
        throw new AdapterError('no-turns', 'No prompts or answers found on this Claude page.');
      }),
      'auto',
    ),
  ).rejects.toThrow('No prompts or answers found on this Claude page.');
});

test('the in-page status says plainly when the general reader read the page', async () => {
  workerInjects({ choose: () => ({ ok: true, conversation: conversation('web', 'structural'), reasons: [] }) });
  expect(await capturePage(undefined, 'button')).toEqual({
    ok: true,
    turnCount: 2,
    message: "Captured 2 turns. Read with ShowWork's general reader — check the turns",
  });
});

test('no conversation on an allowed site: the reader’s message, nothing sent to store', async () => {
  const send = workerInjects({
    choose: () => ({ ok: false, message: "ShowWork couldn't find a conversation on this page.", reasons: [] }),
  });
  expect(await capturePage(undefined, 'button')).toEqual({
    ok: false,
    message: "ShowWork couldn't find a conversation on this page.",
  });
  expect(send).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'content→background:capture-conversation' }));
});
