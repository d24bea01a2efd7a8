import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import type { ShowWorkDatabase } from '../db/schema';
import { readManagedPolicy, type ManagedPolicy, type ManagedPortal } from './managed';

/** Default file name for portals without an upload API; districts set their own pattern. */
export const defaultFilenamePattern = '{lastName}_{credential}_{date}.pdf';

const id = z.string().check(z.minLength(1), z.maxLength(100));
const name = z.string().check(z.minLength(1), z.maxLength(200));

/** A portal that implements docs/portal-contract.openapi.yaml. The token, if any, is in `portalSecrets`. */
export const GenericPortalProfile = z.object({
  kind: z.literal('generic'),
  id,
  name,
  url: z.string().check(z.minLength(1)),
});
export type GenericPortalProfile = z.infer<typeof GenericPortalProfile>;

/** Canvas LMS: one course assignment that accepts file uploads. The access token is in `portalSecrets`. */
export const CanvasPortalProfile = z.object({
  kind: z.literal('canvas'),
  id,
  name,
  baseUrl: z.string().check(z.minLength(1)),
  courseId: z.string(),
  courseName: z.string(),
  assignmentId: z.string(),
  assignmentName: z.string(),
  /** Match patterns of the hosts Canvas uploads files to (often not the Canvas host). */
  uploadOrigins: z.array(z.string()),
});
export type CanvasPortalProfile = z.infer<typeof CanvasPortalProfile>;

/** A portal with no upload API (Frontline, BloomBoard, Kickup, Classroom assignments made by others). */
export const DownloadPortalProfile = z.object({
  kind: z.literal('download'),
  id,
  name,
  filenamePattern: z.string().check(z.minLength(1), z.maxLength(200)),
  instructions: z.string().check(z.maxLength(2000)),
});
export type DownloadPortalProfile = z.infer<typeof DownloadPortalProfile>;

export const PortalProfile = z.discriminatedUnion('kind', [
  GenericPortalProfile,
  CanvasPortalProfile,
  DownloadPortalProfile,
]);
export type PortalProfile = z.infer<typeof PortalProfile>;
export type PortalKind = PortalProfile['kind'];

/** The teacher's own portal profiles. Never holds a token (storage.local is readable by content scripts). */
export const portalProfilesItem = storage.defineItem<PortalProfile[]>('local:portalProfiles', {
  fallback: [],
  version: 1,
});

/** What a teacher chose for a district portal where the policy leaves it open (Canvas course and assignment). */
export const ManagedPortalChoice = z.object({
  courseId: z.string(),
  courseName: z.string(),
  assignmentId: z.string(),
  assignmentName: z.string(),
});
export type ManagedPortalChoice = z.infer<typeof ManagedPortalChoice>;

export const managedPortalChoicesItem = storage.defineItem<Record<string, ManagedPortalChoice>>(
  'local:managedPortalChoices',
  { fallback: {}, version: 1 },
);

/** One portal as the UI and the outbox see it. */
export interface PortalEntry {
  profile: PortalProfile;
  /** Set by the district's policy: only the token (and, for Canvas, an open course/assignment) can be changed. */
  isManaged: boolean;
}

function profileFromPolicy(portal: ManagedPortal, choice: ManagedPortalChoice | undefined): PortalProfile | undefined {
  const candidate =
    portal.kind === 'generic'
      ? { kind: 'generic', id: portal.id, name: portal.name, url: portal.url ?? '' }
      : portal.kind === 'canvas'
        ? {
            kind: 'canvas',
            id: portal.id,
            name: portal.name,
            baseUrl: portal.baseUrl ?? '',
            courseId: portal.courseId ?? choice?.courseId ?? '',
            courseName: portal.courseId ? '' : (choice?.courseName ?? ''),
            assignmentId: portal.assignmentId ?? choice?.assignmentId ?? '',
            assignmentName: portal.assignmentId ? '' : (choice?.assignmentName ?? ''),
            uploadOrigins: portal.uploadOrigins ?? [],
          }
        : {
            kind: 'download',
            id: portal.id,
            name: portal.name,
            filenamePattern: portal.filenamePattern ?? defaultFilenamePattern,
            instructions: portal.instructions ?? '',
          };
  const parsed = PortalProfile.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}

/** The teacher's stored profiles, validated one by one (a damaged entry is skipped, not fatal). */
export async function readTeacherPortals(): Promise<PortalProfile[]> {
  const raw = await portalProfilesItem.getValue();
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => {
    const parsed = PortalProfile.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * Every portal: the district's (from policy) first, then the teacher's. A teacher profile whose id clashes
 * with a district one is hidden. With `allowTeacherPortals: false` only the district's are returned.
 */
export async function readPortalEntries(policy?: ManagedPolicy): Promise<PortalEntry[]> {
  const managedPolicy = policy ?? (await readManagedPolicy());
  const choices = (await managedPortalChoicesItem.getValue()) ?? {};
  const managed: PortalEntry[] = (managedPolicy.portals ?? []).flatMap((portal) => {
    const choice = ManagedPortalChoice.safeParse(choices[portal.id]);
    const profile = profileFromPolicy(portal, choice.success ? choice.data : undefined);
    return profile ? [{ profile, isManaged: true }] : [];
  });
  if (managedPolicy.allowTeacherPortals === false) return managed;
  const managedIds = new Set(managed.map((entry) => entry.profile.id));
  const own = (await readTeacherPortals())
    .filter((profile) => !managedIds.has(profile.id))
    .map((profile) => ({ profile, isManaged: false }));
  return [...managed, ...own];
}

/** One portal by id (district or teacher), or undefined when it no longer exists. */
export async function findPortalProfile(portalId: string, policy?: ManagedPolicy): Promise<PortalProfile | undefined> {
  return (await readPortalEntries(policy)).find((entry) => entry.profile.id === portalId)?.profile;
}

/** The token of a portal, read only in the extension origin (options page, side panel, service worker). */
export async function readPortalToken(db: ShowWorkDatabase, portalId: string): Promise<string | undefined> {
  const secret = await db.portalSecrets.get(portalId);
  return secret?.token || undefined;
}

/**
 * Saves a teacher's profile and its token. `token`: a string replaces the saved token, '' removes it,
 * undefined keeps it. The token is written first and rolled back if the profile can't be saved, so a
 * failure never leaves half a profile.
 */
export async function savePortalProfile(
  db: ShowWorkDatabase,
  profile: PortalProfile,
  token: string | undefined,
): Promise<void> {
  const parsed = PortalProfile.parse(profile);
  const previous = await db.portalSecrets.get(parsed.id);
  if (token !== undefined) {
    if (token) await db.portalSecrets.put({ portalId: parsed.id, token });
    else await db.portalSecrets.delete(parsed.id);
  }
  try {
    const current = await readTeacherPortals();
    const index = current.findIndex((p) => p.id === parsed.id);
    const next = index >= 0 ? current.with(index, parsed) : [...current, parsed];
    await portalProfilesItem.setValue(next);
  } catch (error) {
    if (previous) await db.portalSecrets.put(previous);
    else await db.portalSecrets.delete(parsed.id);
    throw error;
  }
}

/** Saves the token (and Canvas choice) of a district portal, whose other settings the teacher can't change. */
export async function saveManagedPortalChoice(
  db: ShowWorkDatabase,
  portalId: string,
  token: string | undefined,
  choice?: ManagedPortalChoice,
): Promise<void> {
  if (token !== undefined) {
    if (token) await db.portalSecrets.put({ portalId, token });
    else await db.portalSecrets.delete(portalId);
  }
  if (choice) {
    const choices = (await managedPortalChoicesItem.getValue()) ?? {};
    await managedPortalChoicesItem.setValue({ ...choices, [portalId]: ManagedPortalChoice.parse(choice) });
  }
}

/** Removes a teacher's profile and deletes its token. */
export async function removePortalProfile(db: ShowWorkDatabase, portalId: string): Promise<void> {
  const current = await readTeacherPortals();
  await portalProfilesItem.setValue(current.filter((p) => p.id !== portalId));
  await db.portalSecrets.delete(portalId);
}

/** Fills a download-only portal's file name pattern. Unknown placeholders stay as typed; unsafe characters go. */
export function expandFilenamePattern(
  pattern: string,
  values: { teacherName: string; credential: string; title: string; level: string; date: Date },
): string {
  const words = values.teacherName.trim().split(/\s+/).filter(Boolean);
  const date = values.date;
  const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  const fields: Record<string, string> = {
    lastName: words.at(-1) ?? '',
    firstName: words[0] ?? '',
    name: words.join(' '),
    credential: values.credential,
    title: values.title,
    level: values.level,
    date: iso,
  };
  const filled = pattern.replace(/\{(\w+)\}/g, (whole, key: string) => fields[key] ?? whole);
  // Characters Windows, macOS or the downloads API refuse in a file name, and runs of spaces.
  const cleaned = [...filled]
    .filter((ch) => ch.charCodeAt(0) >= 0x20) // control characters
    .join('')
    .replace(/[\\/:*?"<>|]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/_+/g, '_')
    .replace(/^[\s._]+/, '')
    .trim();
  const withExtension = /\.pdf$/i.test(cleaned) ? cleaned : `${cleaned}.pdf`;
  return withExtension === '.pdf' ? 'trace.pdf' : withExtension;
}
