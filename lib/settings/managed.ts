import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { Framework } from '../model/framework';

/**
 * What district IT can preset through browser policy (Chrome: `3rdparty.extensions.<id>` policy, Google Admin
 * console → Apps & extensions → the extension → "Policy for extensions"). The shape is declared for the
 * browser in public/managed-schema.json and documented in docs/district-policy.md. Portal profiles carry no
 * tokens: each teacher pastes their own.
 */
export const ManagedPortal = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  kind: z.enum(['generic', 'canvas', 'download']),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  /** generic: the submission URL. */
  url: z.optional(z.string()),
  /** canvas: the Canvas address, e.g. https://district.instructure.com */
  baseUrl: z.optional(z.string()),
  /** canvas: optional fixed course and assignment; otherwise each teacher picks them. */
  courseId: z.optional(z.string()),
  assignmentId: z.optional(z.string()),
  /** canvas: upload hosts as match patterns, e.g. https://*.instructure-uploads.com/* */
  uploadOrigins: z.optional(z.array(z.string())),
  /** download: file name pattern, e.g. {lastName}_{credential}_{date}.pdf */
  filenamePattern: z.optional(z.string()),
  /** download: where and how to upload the PDF by hand. */
  instructions: z.optional(z.string()),
});
export type ManagedPortal = z.infer<typeof ManagedPortal>;

export const ManagedPolicy = z.object({
  portals: z.optional(z.array(ManagedPortal)),
  /** When false, teachers can use only the district's portals. Default true. */
  allowTeacherPortals: z.optional(z.boolean()),
  framework: z.optional(Framework),
  autoRecord: z.optional(z.record(z.string(), z.boolean())),
  /** Days after which conversations and traces are removed; 0 = keep. */
  retentionDays: z.optional(z.number().check(z.int(), z.nonnegative())),
});
export type ManagedPolicy = z.infer<typeof ManagedPolicy>;

/**
 * The district's policy for ShowWork. No policy, an unsupported browser (Firefox without a managed manifest,
 * the fake browser) or a value that doesn't fit the schema give an empty policy for that part — never an error:
 * a broken policy must not lock a teacher out. Each top-level key is checked on its own.
 */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
  let raw: Record<string, unknown>;
  try {
    raw = (await browser.storage.managed.get(null)) ?? {};
  } catch {
    return {};
  }
  return parseManagedPolicy(raw);
}

/** The parts of a raw policy object that fit the schema, each top-level key checked on its own. */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  if (typeof raw !== 'object' || raw === null) return {};
  const policy: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(ManagedPolicy.shape)) {
    if (!(key in raw)) continue;
    const parsed = (schema as z.ZodMiniType).safeParse((raw as Record<string, unknown>)[key]);
    if (parsed.success) policy[key] = parsed.data;
  }
  return policy as ManagedPolicy;
}

/** Auto-record per site as the teacher set it, with the district's values taking precedence. */
export function mergeAutoRecord(
  teacher: Record<string, boolean | undefined>,
  policy: ManagedPolicy,
): { value: Record<string, boolean>; managedSites: string[] } {
  const value: Record<string, boolean> = {};
  for (const [site, on] of Object.entries(teacher)) if (typeof on === 'boolean') value[site] = on;
  const managed = policy.autoRecord ?? {};
  Object.assign(value, managed);
  return { value, managedSites: Object.keys(managed) };
}
