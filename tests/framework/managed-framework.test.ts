import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDatabase } from '@/lib/db/schema';
import { getActiveFramework, listFrameworks, setActiveFrameworkId } from '@/lib/framework/active-framework';
import { defaultFrameworkId } from '@/lib/framework/default-framework';
import type { Framework } from '@/lib/model/framework';

const district: Framework = {
  schema: 'showwork.framework/1',
  id: 'springfield-2026',
  name: 'Springfield AI credentials',
  version: '2026.1',
  credentials: [{ id: 'found', name: 'Foundations', competencyIds: ['lit'] }],
  competencies: [{ id: 'lit', name: 'AI literacy' }],
  levels: [
    {
      id: 'beginner',
      name: 'Starter',
      description: '',
      requiresImplementationNotes: false,
      requiresStudentImpact: false,
    },
  ],
};

beforeEach(async () => {
  await getDatabase().delete();
  await getDatabase().open();
});

test("the district's framework from policy is active, whatever the teacher chose", async () => {
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ framework: district } as never);
  await setActiveFrameworkId(defaultFrameworkId);
  expect((await getActiveFramework(getDatabase())).id).toBe('springfield-2026');
  expect((await listFrameworks(getDatabase())).map((f) => f.id)).toEqual([defaultFrameworkId, 'springfield-2026']);
});

test('a policy framework that does not fit the schema is ignored (the teacher is never locked out)', async () => {
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({
    framework: { ...district, credentials: [] },
  } as never);
  expect((await getActiveFramework(getDatabase())).id).toBe(defaultFrameworkId);
});
