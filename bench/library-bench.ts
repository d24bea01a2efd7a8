/**
 * Side panel with a big library (5,000 conversations and 5,000 traces), in Chromium with the built extension:
 * time from navigation to the library's first render, and from typing a search word to the filtered list.
 */
import { launchExtension } from '../tests/e2e/harness';
import type { BenchResult } from './types';

const count = 5000;

export async function benchLibrary(): Promise<BenchResult[]> {
  const session = await launchExtension();
  try {
    const page = await session.openExtensionPage('/sidepanel.html');
    await page.getByRole('heading', { name: 'ShowWork', level: 1 }).waitFor();
    // Seed through raw IndexedDB into the tables the app created (same shapes as lib/model).
    await page.evaluate(async (n) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('showwork');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(['conversations', 'turns', 'conversationWords', 'traces'], 'readwrite');
      const sites = ['chatgpt', 'claude', 'gemini', 'copilot', 'perplexity'];
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
    }, count);

    const renders: number[] = [];
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      await page.reload();
      await page
        .getByRole('button', {
          name: `Lesson ${count - 1} on ${['fractions', 'photosynthesis', 'volcano', 'persuasive', 'poetry', 'algebra', 'reconstruction', 'ecosystems'][(count - 1) % 8]}`,
        })
        .waitFor();
      renders.push(performance.now() - start);
    }
    const filters: number[] = [];
    for (const word of ['volcano', 'poetry', 'algebra']) {
      const search = page.getByRole('searchbox', { name: 'Search' });
      await search.fill('');
      await page
        .getByRole('button', { name: /^Lesson \d+ on fractions$/ })
        .first()
        .waitFor();
      const start = performance.now();
      await search.fill(word);
      await page
        .getByRole('button', { name: /^Lesson \d+ on fractions$/ })
        .first()
        .waitFor({ state: 'detached' });
      filters.push(performance.now() - start);
    }
    const median = (v: number[]) => [...v].sort((a, b) => a - b)[1]!;
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
