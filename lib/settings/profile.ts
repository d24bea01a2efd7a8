import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { Level } from '../model/trace';

/** Who the teacher is and their defaults, shown on every exported trace. Kept in extension storage. */
export const TeacherProfile = z.object({
  name: z.string(),
  school: z.string(),
  district: z.string(),
  /** Credential preselected on new traces; null = none. */
  defaultCredentialId: z.nullable(z.string()),
  defaultLevel: z.nullable(Level),
  paperSize: z.enum(['letter', 'a4']),
});
export type TeacherProfile = z.infer<typeof TeacherProfile>;

export const emptyProfile: TeacherProfile = {
  name: '',
  school: '',
  district: '',
  defaultCredentialId: null,
  defaultLevel: 'beginner',
  paperSize: 'letter',
};

export const teacherProfileItem = storage.defineItem<TeacherProfile>('local:teacherProfile', {
  fallback: emptyProfile,
  version: 1,
});

/** The stored profile, validated; a damaged value falls back to the empty profile instead of breaking the UI. */
export async function readTeacherProfile(): Promise<TeacherProfile> {
  const parsed = TeacherProfile.safeParse(await teacherProfileItem.getValue());
  return parsed.success ? parsed.data : emptyProfile;
}
