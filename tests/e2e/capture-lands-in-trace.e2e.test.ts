import { afterEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  captureButtonName,
  expectNoAxeViolations,
  launchExtension,
  readTable,
  routeFixturePage,
  type ExtensionSession,
} from './harness';
import { useSharedSession } from './shared-session';
import { fixtureUrls, generateConversationHtml } from '../fixtures/generate-conversation';
import type { Trace } from '../../lib/model/trace';
import type { StoredTurn } from '../../lib/model/turn';

/**
 * "Capture trace" lands in the trace: the click opens the side panel on the conversation's draft (made with
 * every turn ticked, or the existing one offering the new turns), a ready trace is left alone, and the panel
 * keeps its place across a reload. The panel is sidepanel.html in a tab of the same window (Playwright never
 * exposes the real side panel as a page); the real one's opening is checked with runtime.getContexts.
 */
let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const url = fixtureUrls.chatgpt;
const title = 'Volcano lesson hook';
const sixTurns = generateConversationHtml('chatgpt', { turns: 6, wordsPerAnswer: 40, title });

const text = {
  en: {
    opened: 'Captured 4 turns — trace opened',
    draftOpened: 'Captured 6 turns — your draft trace opened',
    readyKept: 'Captured 6 turns — your ready trace was left as it is',
    markGroup: 'What did you do with AI output 1?',
    addNew: 'Add the 2 new turns',
    newDraft: 'Start a new draft from this conversation',
    back: 'Back',
  },
  es: {
    opened: 'Se capturaron 4 turnos — traza abierta',
    draftOpened: 'Se capturaron 6 turnos — se abrió tu borrador de traza',
    readyKept: 'Se capturaron 6 turnos — tu traza lista no se modificó',
    markGroup: '¿Qué hizo con la respuesta de la IA 1?',
    addNew: 'Añadir los 2 turnos nuevos',
    newDraft: 'Empezar un borrador nuevo con esta conversación',
    back: 'Volver',
  },
} as const;

/** Opens the chat page; with `dropLastExchange` the page shows one exchange fewer (the conversation went on later). */
async function openChat(s: ExtensionSession, options: { dropLastExchange?: boolean } = {}): Promise<Page> {
  await routeFixturePage(s.context, url, sixTurns);
  const page = await s.context.newPage();
  await page.goto(url);
  if (options.dropLastExchange)
    await page.evaluate(() => [...document.querySelectorAll('[data-turn-key]')].at(-1)?.remove());
  return page;
}

async function capture(page: Page, locale: 'en' | 'es', expected: string): Promise<void> {
  await page.getByRole('button', { name: captureButtonName[locale] }).click();
  await page.getByRole('status').filter({ hasText: expected }).waitFor({ timeout: 30_000 });
}

async function sidePanelCount(s: ExtensionSession): Promise<number> {
  const worker = await s.serviceWorker();
  return worker.evaluate(
    async () =>
      (await (globalThis as any).chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length as number,
  );
}

/** What has keyboard focus in the panel: the legend of the fieldset around it, or its text. */
const focusedGroup = (panel: Page) =>
  panel.evaluate(() => document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent ?? '');

/** The capture → draft → new turns → ready → new draft → artifact path, in `session`'s UI language `locale`. */
async function landInTheTrace(locale: 'en' | 'es', session: ExtensionSession): Promise<void> {
  const n = text[locale];
  const panel = await session.openExtensionPage('/sidepanel.html');
  const chat = await openChat(session, { dropLastExchange: true });
  await capture(chat, locale, n.opened);

  // The real side panel opened from the in-page click, and the panel page went to the new draft.
  await expect.poll(() => sidePanelCount(session)).toBe(1);
  await panel.getByRole('heading', { level: 1, name: title }).waitFor();
  let traces = await readTable<Trace>(panel, 'traces');
  expect(traces).toHaveLength(1);
  expect(traces[0]).toMatchObject({ status: 'draft', title });
  expect(traces[0]!.items).toHaveLength(4);
  // Focus waits on the first AI output to mark (arrow keys then choose).
  await expect.poll(() => focusedGroup(panel)).toBe(n.markGroup);
  await panel.keyboard.press('ArrowRight');
  await panel.bringToFront();
  await expectNoAxeViolations(panel);

  // The conversation went on: capturing again opens the same draft and offers the two new turns.
  await chat.reload();
  await capture(chat, locale, n.draftOpened);
  const add = panel.getByRole('button', { name: n.addNew });
  await add.waitFor();
  await expect.poll(() => panel.evaluate(() => document.activeElement?.textContent)).toBe(n.addNew);
  await expectNoAxeViolations(panel);
  expect((await readTable<Trace>(panel, 'traces'))[0]!.items).toHaveLength(4);
  await add.click();
  await expect.poll(async () => (await readTable<Trace>(panel, 'traces'))[0]?.items.length).toBe(6);
  traces = await readTable<Trace>(panel, 'traces');
  expect(traces).toHaveLength(1);

  // A ready trace is never changed by a capture; a new draft is one click away.
  await panel.evaluate(() => 0);
  const worker = await session.serviceWorker();
  await worker.evaluate(async (id) => {
    const open = indexedDB.open('showwork');
    await new Promise<void>((resolve, reject) => {
      open.onsuccess = () => {
        const tx = open.result.transaction('traces', 'readwrite');
        const store = tx.objectStore('traces');
        const get = store.get(id);
        get.onsuccess = () => store.put({ ...get.result, status: 'ready' });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      };
    });
  }, traces[0]!.id);
  const before = JSON.stringify((await readTable<Trace>(panel, 'traces'))[0]);
  await capture(chat, locale, n.readyKept);
  const newDraft = panel.getByRole('button', { name: n.newDraft });
  await newDraft.waitFor();
  await expectNoAxeViolations(panel);
  expect(JSON.stringify((await readTable<Trace>(panel, 'traces'))[0])).toBe(before);
  await newDraft.click();
  await expect.poll(async () => (await readTable<Trace>(panel, 'traces')).length).toBe(2);
  const drafts = (await readTable<Trace>(panel, 'traces')).filter((trace) => trace.status === 'draft');
  expect(drafts).toHaveLength(1);
  expect(drafts[0]!.items).toHaveLength(6);
  await panel.getByRole('heading', { level: 1, name: title }).waitFor();

  // The panel keeps its place: a reload comes back to the same trace, the library is one click away.
  const traceUrlBefore = await panel.evaluate(() => document.querySelector('h1')?.textContent);
  await panel.reload();
  await panel.getByRole('heading', { level: 1, name: title }).waitFor();
  expect(await panel.evaluate(() => document.querySelector('h1')?.textContent)).toBe(traceUrlBefore);
  expect(await panel.getByRole('button', { name: n.newDraft }).count()).toBe(0);

  // "Use as final artifact" can't be clicked headless (a browser menu): put its result where the background
  // puts it (the trace's artifact and source, the Undo record, the panel's route) and check the view with axe.
  // From the library, so the editor reads the record afresh (raw IndexedDB writes don't wake Dexie's live queries).
  await panel
    .getByRole('button', { name: new RegExp(n.back) })
    .first()
    .click();
  await panel.getByRole('heading', { level: 1, name: 'ShowWork' }).waitFor();
  await worker.evaluate(
    async ({ id, keyPrefix }) => {
      const source = { title: 'Plan — Docs', url: 'https://docs.example.org/d/1', capturedAt: Date.now() };
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('showwork');
        open.onsuccess = () => {
          const tx = open.result.transaction('traces', 'readwrite');
          const store = tx.objectStore('traces');
          const get = store.get(id);
          get.onsuccess = () => store.put({ ...get.result, finalArtifact: 'Warm-up', artifactSource: source });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      });
      const chrome = (globalThis as any).chrome;
      const previous = { finalArtifact: '', artifactSource: null };
      await chrome.storage.session.set({
        artifactDrop: { traceId: id, traceTitle: 'Volcano', source, previous, at: Date.now() },
      });
      const [tab] = await chrome.tabs.query({ url: 'https://chatgpt.com/*' });
      await chrome.storage.session.set({
        [keyPrefix + tab.windowId]: {
          route: { kind: 'trace', id },
          origin: 'background',
          at: Date.now(),
          arrival: { kind: 'artifact' },
        },
      });
    },
    { id: drafts[0]!.id, keyPrefix: 'panelRoute.window.' },
  );
  await panel.getByRole('link', { name: 'Plan — Docs' }).waitFor();
  await expectNoAxeViolations(panel);

  await panel
    .getByRole('button', { name: new RegExp(n.back) })
    .first()
    .click();
  await panel.getByRole('heading', { level: 1, name: 'ShowWork' }).waitFor();
  await panel.reload();
  await panel.getByRole('heading', { level: 1, name: 'ShowWork' }).waitFor();
}

const landsInTheTrace = 'a new draft with every turn, then the same draft offering the new turns; ready is left alone';

// The English tests need an empty library, not a fresh profile: one browser for them, emptied before each.
describe('in one English browser, emptied before each test', () => {
  const shared = useSharedSession({ locale: 'en' });

  describe('Capture lands in the trace (en)', () => {
    test(landsInTheTrace, () => landInTheTrace('en', shared()));
  });

  describe('Options and places', () => {
    test('"After capturing, open: the conversation" keeps 0.1.0\'s behaviour: no trace is made', async () => {
      const session = shared();
      const options = await session.openExtensionPage('/options.html');
      await options.getByRole('radio', { name: 'The conversation' }).check();
      await options.getByText('Saved.', { exact: true }).waitFor();
      await expectNoAxeViolations(options);
      const panel = await session.openExtensionPage('/sidepanel.html');
      const chat = await openChat(session);
      await capture(chat, 'en', 'Captured 6 turns — conversation opened');
      await panel.getByRole('heading', { level: 1, name: title }).waitFor();
      await expect.poll(() => panel.getByRole('article').count()).toBe(6);
      expect(await readTable<Trace>(panel, 'traces')).toHaveLength(0);
      expect(await readTable<StoredTurn>(panel, 'turns')).toHaveLength(6);
      // And the conversation is where a reload comes back to.
      await panel.reload();
      await expect.poll(() => panel.getByRole('article').count()).toBe(6);
    });
  });
});

// Another UI language is another browser launch (Chromium takes it from the command line and the environment).
describe('Capture lands in the trace (es)', () => {
  test(landsInTheTrace, async () => {
    session = await launchExtension({ locale: 'es' });
    await landInTheTrace('es', session);
  });
});
