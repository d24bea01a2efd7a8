/**
 * axe-core on every view issue 11 changed, in English and in Spanish (real Chromium, the built extension, the
 * browser's UI language set per launch): the in-page status after a capture, the trace editor the capture lands
 * in, the final artifact with its source line and the Undo notice after "Use as final artifact", and Options'
 * "After capturing, open:" choice and Sites section (a granted site in the list, an address refused).
 *
 * "Use as final artifact" is a browser menu, which can't be clicked headless: its result is put where the
 * background puts it (the trace's artifact and source, the Undo record, the panel's route), as in
 * capture-lands-in-trace.e2e.test.ts. A site in the Sites list needs a host permission, which headless Chromium
 * can't prompt for: a copy of the build grants one in its manifest (as site-access.e2e.test.ts does).
 */
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  captureButtonName,
  expectNoAxeViolations,
  extensionPath,
  launchExtension,
  readTable,
  routeFixturePage,
  type ExtensionSession,
} from './harness';
import { axeSource, throwOnAxeViolations } from '../e2e-shared/in-page';
import { fixtureUrls, generateConversationHtml } from '../fixtures/generate-conversation';
import type { Trace } from '../../lib/model/trace';

const grantedOrigin = 'https://chat.example-ai.test';
const workDir = mkdtempSync(join(tmpdir(), 'showwork-flow-axe-'));
const grantingBuild = join(workDir, 'granting-build');
cpSync(extensionPath, grantingBuild, { recursive: true });
{
  const manifestPath = join(grantingBuild, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions = [...manifest.host_permissions, `${grantedOrigin}/*`];
  writeFileSync(manifestPath, JSON.stringify(manifest));
}

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const title = 'Volcano lesson hook';

const text = {
  en: {
    opened: 'Captured 4 turns — trace opened',
    markGroup: 'What did you do with AI output 1?',
    artifactSet: 'Final artifact set in “Volcano lesson hook” from “Plan — Docs”.',
    undo: 'Undo',
    takenFrom: 'Taken from',
    theConversation: 'The conversation',
    saved: 'Saved.',
    sitesList: 'Sites ShowWork works on',
    autoRecord: 'Auto-record on chat.example-ai.test',
    address: 'Address of an AI chat site',
    addSite: 'Add site',
    httpsOnly: 'ShowWork can be added only to https pages',
  },
  es: {
    opened: 'Se capturaron 4 turnos — traza abierta',
    markGroup: '¿Qué hizo con la respuesta de la IA 1?',
    artifactSet: 'Artefacto final puesto en «Volcano lesson hook» desde «Plan — Docs».',
    undo: 'Deshacer',
    takenFrom: 'Tomado de',
    theConversation: 'La conversación',
    saved: 'Guardado.',
    sitesList: 'Sitios donde funciona ShowWork',
    autoRecord: 'Grabación automática en chat.example-ai.test',
    address: 'Dirección de un chat de IA',
    addSite: 'Añadir sitio',
    httpsOnly: 'ShowWork solo se puede añadir a páginas https',
  },
} as const;

/** axe-core's WCAG 2.0/2.1 A and AA rules on one element of a web page (and its open shadow root). */
async function expectNoAxeViolationsIn(page: Page, selector: string): Promise<void> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (include) => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (
            context: object,
            options: object,
          ) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(
      { include: [[include]] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
    );
  }, selector);
  throwOnAxeViolations(violations);
}

describe.each(['en', 'es'] as const)('issue 11 views with axe (%s)', (locale) => {
  const n = text[locale];

  test('in-page status, the trace a capture lands in, the artifact with its source and Undo, Options', async () => {
    session = await launchExtension({ locale, extensionPath: grantingBuild });
    const panel = await session.openExtensionPage('/sidepanel.html');
    expect(await panel.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${locale}`));

    // The in-page status after a capture: "Captured 4 turns — trace opened", in the page's own Capture widget.
    await routeFixturePage(
      session.context,
      fixtureUrls.chatgpt,
      generateConversationHtml('chatgpt', { turns: 4, wordsPerAnswer: 40, title }),
    );
    const chat = await session.context.newPage();
    await chat.goto(fixtureUrls.chatgpt);
    await chat.getByRole('button', { name: captureButtonName[locale] }).click();
    await chat.getByRole('status').filter({ hasText: n.opened }).waitFor({ timeout: 30_000 });
    await expectNoAxeViolationsIn(chat, 'showwork-capture');

    // The trace editor the capture opened, focus on the output to mark.
    await panel.bringToFront();
    await panel.getByRole('heading', { level: 1, name: title }).waitFor();
    await expect
      .poll(() =>
        panel.evaluate(() => document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent),
      )
      .toBe(n.markGroup);
    await expectNoAxeViolations(panel);

    // After "Use as final artifact": the artifact, its source line and the notice with Undo.
    const [trace] = await readTable<Trace>(panel, 'traces');
    const worker = await session.serviceWorker();
    await worker.evaluate(async (id) => {
      const source = { title: 'Plan — Docs', url: 'https://docs.example.org/d/1', capturedAt: Date.now() };
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('showwork');
        open.onsuccess = () => {
          const tx = open.result.transaction('traces', 'readwrite');
          const store = tx.objectStore('traces');
          const get = store.get(id);
          get.onsuccess = () =>
            store.put({ ...get.result, finalArtifact: 'Warm-up: draw the volcano.', artifactSource: source });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      });
      const chrome = (globalThis as any).chrome;
      await chrome.storage.session.set({
        artifactDrop: {
          traceId: id,
          traceTitle: 'Volcano lesson hook',
          source,
          previous: { finalArtifact: '', artifactSource: null },
          at: Date.now(),
        },
      });
    }, trace!.id);
    // Raw IndexedDB writes don't wake Dexie's live queries: the panel reads the trace afresh.
    await panel.reload();
    await panel.getByRole('heading', { level: 1, name: title }).waitFor();
    const notice = panel.getByRole('status').filter({ hasText: n.artifactSet });
    await notice.getByRole('button', { name: n.undo, exact: true }).waitFor();
    await panel.getByRole('link', { name: 'Plan — Docs' }).waitFor();
    await panel.getByText(`${n.takenFrom}:`, { exact: false }).first().waitFor();
    await expectNoAxeViolations(panel);
    // Undo puts the previous (empty) artifact back and says so.
    await notice.getByRole('button', { name: n.undo, exact: true }).click();
    await expect.poll(async () => (await readTable<Trace>(panel, 'traces'))[0]?.finalArtifact).toBe('');
    await expectNoAxeViolations(panel);

    // Options: "After capturing, open:" with its Saved notice, and Sites with a granted site and a refused address.
    const options = await session.openExtensionPage('/options.html');
    await options.getByRole('radio', { name: n.theConversation }).check();
    await options.getByText(n.saved, { exact: true }).waitFor();
    await options.getByRole('list', { name: n.sitesList }).getByRole('checkbox', { name: n.autoRecord }).waitFor();
    await options.getByRole('textbox', { name: n.address }).fill('http://chat.example.net');
    await options.getByRole('button', { name: n.addSite }).click();
    await options.getByText(n.httpsOnly).waitFor();
    expect(await options.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${locale}`));
    await expectNoAxeViolations(options);
  });
});
