import { expect, vi } from 'vitest';
import type { ExportWorkerResponse } from '../../lib/panel/export-worker-messages';
import { loadFont } from '../export/pdf-helpers';

/**
 * Runs a real worker module (export-pdf-worker.ts or export-scan-worker.ts) in a stand-in worker scope: messages in
 * through its 'message' listener, answers out through postMessage, fonts fetched from the extension (here: the
 * same files from node_modules). Undo with vi.unstubAllGlobals().
 */
export async function startWorkerModule(importModule: () => Promise<unknown>) {
  const listeners: Array<(event: { data: unknown }) => void> = [];
  const answers: ExportWorkerResponse[] = [];
  vi.stubGlobal('location', new URL('https://extension.invalid/export-worker.js'));
  vi.stubGlobal('addEventListener', (type: string, listener: (event: { data: unknown }) => void) => {
    if (type === 'message') listeners.push(listener);
  });
  vi.stubGlobal('postMessage', (answer: ExportWorkerResponse) => answers.push(answer));
  vi.stubGlobal('fetch', async (url: URL) => new Response((await loadFont(url.pathname.split('/').pop()!)).slice()));
  vi.resetModules();
  await importModule();
  const send = (data: unknown) => listeners.forEach((listener) => listener({ data }));
  const answerTo = async (id: number) => {
    await vi.waitFor(() => expect(answers.some((a) => a.id === id)).toBe(true));
    return answers.find((a) => a.id === id)!;
  };
  return { send, answers, answerTo };
}
