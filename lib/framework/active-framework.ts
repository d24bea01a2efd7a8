import { storage } from 'wxt/utils/storage';
import type { ShowWorkDatabase } from '../db/schema';
import { Framework } from '../model/framework';
import { defaultFramework, defaultFrameworkId } from './default-framework';
import { readManagedPolicy, type ManagedPolicy } from '../settings/managed';

/**
 * The framework district policy sets (managed storage), if any: it is active and can't be changed. `policy`, when
 * the caller already knows it (the background's cache), saves reading managed storage again.
 */
export async function readManagedFramework(policy?: ManagedPolicy): Promise<Framework | undefined> {
  return (policy ?? (await readManagedPolicy())).framework;
}

/** Which framework new traces and the editor's pickers use. Kept in extension storage, like other settings. */
export const activeFrameworkIdItem = storage.defineItem<string>('local:activeFrameworkId', {
  fallback: defaultFrameworkId,
  version: 1,
});

export async function setActiveFrameworkId(id: string): Promise<void> {
  await activeFrameworkIdItem.setValue(id);
}

/** The built-in default first, then imported frameworks by name. Damaged rows are skipped, not shown. */
export async function listFrameworks(db: ShowWorkDatabase): Promise<Framework[]> {
  // Database first: inside useLiveQuery, a Dexie read after a non-Dexie await would not be observed.
  const rows = await db.frameworks.toArray();
  const managed = await readManagedFramework();
  const stored = rows
    .map((row) => Framework.safeParse(row))
    .flatMap((r) => (r.success && r.data.id !== defaultFrameworkId && r.data.id !== managed?.id ? [r.data] : []))
    .sort((a, b) => a.name.localeCompare(b.name));
  return [defaultFramework, ...(managed ? [managed] : []), ...stored];
}

/** A framework by id: the built-in default, or an imported one; undefined when it is gone. */
export async function getFramework(
  db: ShowWorkDatabase,
  id: string,
  policy?: ManagedPolicy,
): Promise<Framework | undefined> {
  if (id === defaultFrameworkId) return defaultFramework;
  // Database first: inside useLiveQuery, a Dexie read after a non-Dexie await would not be observed.
  const row = await db.frameworks.get(id);
  const managed = await readManagedFramework(policy);
  if (managed?.id === id) return managed;
  const parsed = Framework.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The active framework: the district's when policy sets one; otherwise the teacher's choice, or the built-in
 * default when none was chosen or the chosen one was removed.
 */
export async function getActiveFramework(db: ShowWorkDatabase, policy?: ManagedPolicy): Promise<Framework> {
  const known = policy ?? (await readManagedPolicy());
  const managed = await readManagedFramework(known);
  if (managed) return managed;
  const id = await activeFrameworkIdItem.getValue();
  return (await getFramework(db, id, known)) ?? defaultFramework;
}

/** Removes an imported framework; the default cannot be removed. Traces keep their frameworkId. */
export async function removeFramework(db: ShowWorkDatabase, id: string): Promise<void> {
  if (id === defaultFrameworkId) return;
  await db.frameworks.delete(id);
  if ((await activeFrameworkIdItem.getValue()) === id) await setActiveFrameworkId(defaultFrameworkId);
}
