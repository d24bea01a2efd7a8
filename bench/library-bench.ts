/**
 * Side panel with a big library (5,000 conversations and 5,000 traces), in Chromium with the built extension:
 * time from navigation to the library's first render, and from typing a search word to the filtered list.
 */
import { launchExtension } from '../tests/e2e/harness';
import type { BenchResult } from './types';

const count = 5000;
const topics = [
  'fractions',
  'photosynthesis',
  'volcano',
  'persuasive',
  'poetry',
  'algebra',
  'reconstruction',
  'ecosystems',
];

export async function benchLibrary(): Promise<BenchResult[]> {
  const session = await launchExtension();
  try {
    const page = await session.openExtensionPage('/sidepanel.html');
    await page.getByRole('heading', { name: 'ShowWork', level: 1 }).waitFor();
    // Seed through raw IndexedDB into the tables the app created (same shapes as lib/model).
    await page.evaluate(
      async ({ n, topics }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('showwork');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const tx = db.transaction(['conversations', 'turns', 'conversationWords', 'traces'], 'readwrite');
        const sites = ['chatgpt', 'claude', 'gemini', 'copilot', 'perplexity'];
        for (let i = 0; i < n; i++) {
          const id = `c${i}`;
          const topic = topics[i % topics.length]!;
          const now = 1_700_000_000_000 + i * 1000;
          tx.objectStore('conversations').put({
            id,
            site: sites[i % 5],
            externalId: id,
            url: `https://chatgpt.com/c/${id}`,
            title: `Lesson ${i} on ${topic}`,
            turnCount: 2,
            firstCapturedAt: now,
            lastCapturedAt: now,
          });
          tx.objectStore('turns').put({
            id: `${id}-0`,
            conversationId: id,
            ordinal: 0,
            role: 'user',
            text: `Plan a lesson on ${topic} number ${i}`,
            markdown: `Plan a lesson on ${topic} number ${i}`,
            contentHash: `h${i}a`,
            capturedAt: now,
            updatedAt: now,
            previousVersions: [],
          });
          tx.objectStore('turns').put({
            id: `${id}-1`,
            conversationId: id,
            ordinal: 1,
            role: 'assistant',
            text: `Here is a ${topic} plan`,
            markdown: `Here is a ${topic} plan`,
            contentHash: `h${i}b`,
            capturedAt: now,
            updatedAt: now,
            previousVersions: [],
          });
          tx.objectStore('conversationWords').put({
            conversationId: id,
            words: ['lesson', String(i), 'on', topic, 'plan', 'a', 'here', 'is', 'number'],
          });
          tx.objectStore('traces').put({
            id: `t${i}`,
            title: `Trace ${i}: ${topic}`,
            status: i % 3 === 0 ? 'ready' : 'draft',
            createdAt: now,
            updatedAt: now,
            frameworkId: 'district-default',
            credentialId: null,
            competencyId: null,
            level: 'beginner',
            items: [
              { turnId: `${id}-0`, conversationId: id },
              { turnId: `${id}-1`, conversationId: id },
            ],
            marks: {},
            finalArtifact: '',
            artifactSourceTurnIds: null,
            reflection: { learningGoal: '', whatChanged: '', risk: '', benefit: '', safeguard: '' },
            verified: { accuracy: false, bias: false, alignment: false },
            responsibleUse: { outputVerified: false, noStudentData: false, humanReview: false, aiUseDisclosed: false },
            implementationNotes: '',
            studentImpact: '',
            readinessNote: '',
            fieldUpdatedAt: {},
          });
        }
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { n: count, topics },
    );

    // Timed inside the page: from navigation start to the newest conversation's title in the DOM, seen by a
    // MutationObserver installed before any of the panel's own scripts run.
    const newestTitle = `Lesson ${count - 1} on ${topics[(count - 1) % topics.length]}`;
    await page.addInitScript((title) => {
      const observer = new MutationObserver(() => {
        const found = [...document.querySelectorAll('button')].some((b) => b.textContent === title);
        if (found) {
          (globalThis as unknown as { __firstRender: number }).__firstRender = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    }, newestTitle);
    const renders: number[] = [];
    for (let run = 0; run < 5; run++) {
      await page.reload();
      await page.getByRole('button', { name: newestTitle, exact: true }).waitFor();
      renders.push(await page.evaluate(() => (globalThis as unknown as { __firstRender: number }).__firstRender));
    }
    // Timed inside the page too: from the input event to the list showing only matches (no conversation on
    // "fractions" left), both seen in the page's own clock.
    const filters: number[] = [];
    for (const word of ['volcano', 'poetry', 'algebra', 'ecosystems', 'persuasive']) {
      const search = page.getByRole('searchbox', { name: 'Search' });
      await search.fill('');
      await page
        .getByRole('button', { name: /^Lesson \d+ on fractions$/ })
        .first()
        .waitFor();
      await page.evaluate(() => {
        const box = document.querySelector('input[type="search"]')!;
        const state = { start: 0, end: 0 };
        (globalThis as unknown as { __filter: typeof state }).__filter = state;
        box.addEventListener('input', () => (state.start = performance.now()), { once: true });
        const observer = new MutationObserver(() => {
          const hasOld = [...document.querySelectorAll('.conversation-title')].some((b) =>
            b.textContent?.endsWith('on fractions'),
          );
          if (state.start && !hasOld) {
            state.end = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
      await search.fill(word);
      // Poll with a cheap function, not role locators, so the wait doesn't load the page's main thread.
      await page.waitForFunction(() => (globalThis as unknown as { __filter: { end: number } }).__filter.end > 0);
      const { start, end } = await page.evaluate(
        () => (globalThis as unknown as { __filter: { start: number; end: number } }).__filter,
      );
      filters.push(end - start);
      if (process.env.BENCH_VERBOSE) console.log(`    filter "${word}": ${(end - start).toFixed(1)} ms`);
    }
    const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
    return [
      {
        name: `library first render, ${count} conversations + ${count} traces`,
        value: median(renders),
        unit: 'ms',
        goal: '< 300 ms',
      },
      { name: 'filter the library by a word', value: median(filters), unit: 'ms', goal: '< 100 ms' },
    ];
  } finally {
    await session.close();
  }
}
