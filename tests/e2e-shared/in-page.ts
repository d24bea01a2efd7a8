/**
 * Functions that run inside an extension page, passed to `page.evaluate` by both end-to-end harnesses
 * (playwright-core in Chromium, puppeteer-core in Firefox): raw IndexedDB reads and writes (no app code), and
 * axe-core. Each must be self-contained: it is serialised and run in the page, where nothing else exists.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Reads a whole table of ShowWork's IndexedDB ([] when the table does not exist yet). */
export function readTableInPage(name: string): Promise<unknown[]> {
  return new Promise((resolvePromise, reject) => {
    const open = indexedDB.open('showwork');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(name)) {
        db.close();
        resolvePromise([]);
        return;
      }
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => {
        db.close();
        resolvePromise(request.result as unknown[]);
      };
      request.onerror = () => reject(request.error);
    };
  });
}

/** A conversation, its turns and a trace quoting them, as the app stores them. */
export interface LibraryRecord {
  conversation: unknown;
  turns: unknown[];
  trace: unknown;
}

/** Writes records straight into ShowWork's IndexedDB in one transaction. */
export function putLibraryRecordsInPage(all: LibraryRecord[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('showwork');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['conversations', 'turns', 'traces'], 'readwrite');
      for (const record of all) {
        tx.objectStore('conversations').put(record.conversation);
        for (const turn of record.turns) tx.objectStore('turns').put(turn);
        tx.objectStore('traces').put(record.trace);
      }
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

const require = createRequire(import.meta.url);
/** axe-core's source, evaluated in the page first (extension pages' CSP refuses a <script> tag). */
export const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core's WCAG 2.0/2.1 A and AA rules on the page; one line per violation. Needs axeSource first. */
export async function axeViolationsInPage(): Promise<string[]> {
  const axe = (
    globalThis as unknown as {
      axe: {
        run: (
          ctx: Document,
          options: object,
        ) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
      };
    }
  ).axe;
  const result = await axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export function throwOnAxeViolations(violations: string[]): void {
  if (violations.length > 0)
    throw new Error(`axe-core found ${violations.length} violation(s):\n${violations.join('\n')}`);
}
