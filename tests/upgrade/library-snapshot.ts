import type { Page } from 'playwright-core';
import { readTable } from '../e2e/harness';

/** Every IndexedDB table a 0.1.0 library has (Dexie schema versions 1–3), read raw (no app code). */
export const libraryTables = [
  'conversations',
  'turns',
  'conversationWords',
  'traces',
  'frameworks',
  'submissions',
  'submissionPayloads',
  'portalSecrets',
] as const;
export type LibraryTable = (typeof libraryTables)[number];

export interface LibrarySnapshot {
  tables: Record<LibraryTable, Record<string, unknown>[]>;
  settings: Record<string, unknown>;
  /** IndexedDB's version number of the database (Dexie version × 10: TOOLCHAIN.md trap 11). */
  databaseVersion: number;
}

/** Primary key of each table's rows (as declared in lib/db/schema.ts). */
export const primaryKeys: Record<LibraryTable, string> = {
  conversations: 'id',
  turns: 'id',
  conversationWords: 'conversationId',
  traces: 'id',
  frameworks: 'id',
  submissions: 'id',
  submissionPayloads: 'submissionId',
  portalSecrets: 'portalId',
};

export async function snapshotLibrary(page: Page): Promise<LibrarySnapshot> {
  const tables = {} as LibrarySnapshot['tables'];
  for (const table of libraryTables) tables[table] = await readTable(page, table);
  const settings = (await page.evaluate(() => chrome.storage.local.get(null))) as Record<string, unknown>;
  const databaseVersion = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('showwork');
        open.onsuccess = () => {
          resolve(open.result.version);
          open.result.close();
        };
        open.onerror = () => reject(open.error);
      }),
  );
  return { tables, settings, databaseVersion };
}

export function countRecords(snapshot: LibrarySnapshot): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of libraryTables) counts[table] = snapshot.tables[table].length;
  counts.settings = Object.keys(snapshot.settings).filter((key) => !key.endsWith('$')).length;
  return counts;
}

export function idsOf(snapshot: LibrarySnapshot, table: LibraryTable): string[] {
  return snapshot.tables[table].map((row) => String(row[primaryKeys[table]])).sort();
}

export function rowById(snapshot: LibrarySnapshot, table: LibraryTable, id: string): Record<string, unknown> {
  const row = snapshot.tables[table].find((r) => String(r[primaryKeys[table]]) === id);
  if (!row) throw new Error(`${table} ${id} is missing`);
  return row;
}
