import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDatabase } from '@/lib/db/schema';
import { insertTrace } from '@/lib/db/traces';
import { saveHandedOffTraceEdits } from '@/lib/background/save-handed-off-trace-edits';
import { handOffTraceEdits } from '@/lib/trace/hand-off-trace-edits';
import { createTraceAutosaver } from '@/lib/trace/trace-autosave';
import { makeTrace } from '../trace/trace-fixtures';

const db = getDatabase();
const panelSender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
const message = (changes: unknown[], traceId = 'trace-1') => ({
  type: 'extension-page→background:save-trace-edits',
  traceId,
  changes,
});
const storedRisk = async () => (await db.traces.get('trace-1'))?.reflection.risk;

beforeEach(async () => {
  await db.delete();
  await db.open();
  await insertTrace(db, makeTrace());
});

describe('a closing panel hands its unsaved edits to the service worker', () => {
  test('the worker saves them per field, like the panel would', async () => {
    const saved = await saveHandedOffTraceEdits(
      message([{ path: 'reflection.risk', value: 'Students might copy the answ', at: 5_000 }]),
      panelSender,
    );
    expect(saved).toBe(true);
    expect(await storedRisk()).toBe('Students might copy the answ');
    expect((await db.traces.get('trace-1'))?.fieldUpdatedAt['reflection.risk']).toBe(5_000);
  });

  test('a change saved by both the panel and the worker is written once; an older hand-off never wins', async () => {
    const change = { path: 'reflection.risk', value: 'First words', at: 5_000 };
    await saveHandedOffTraceEdits(message([change]), panelSender);
    await saveHandedOffTraceEdits(message([change]), panelSender);
    expect(await storedRisk()).toBe('First words');
    await saveHandedOffTraceEdits(message([{ ...change, value: 'Newer words', at: 6_000 }]), panelSender);
    // The first hand-off arrives again, late: it is older than what is stored.
    await saveHandedOffTraceEdits(message([change]), panelSender);
    expect(await storedRisk()).toBe('Newer words');
  });

  test('only ShowWork’s own pages may hand edits over', async () => {
    const fromAChatPage = { id: fakeBrowser.runtime.id, url: 'https://claude.ai/chat/abc', tab: { id: 7 } as never };
    const change = { path: 'reflection.risk', value: 'Injected', at: 5_000 };
    expect(await saveHandedOffTraceEdits(message([change]), fromAChatPage)).toBe(false);
    expect(await saveHandedOffTraceEdits(message([change]), { ...panelSender, id: 'another-extension' })).toBe(false);
    expect(await storedRisk()).toBe('');
  });

  test.each([
    ['an unknown field', [{ path: 'owner', value: 'x', at: 5_000 }]],
    ['an unknown nested parent', [{ path: 'settings.theme', value: 'x', at: 5_000 }]],
    ['no changes', []],
    ['a change without a time', [{ path: 'reflection.risk', value: 'x' }]],
    ['a value the trace schema refuses', [{ path: 'status', value: 'published', at: 5_000 }]],
  ])('%s is refused and changes nothing', async (_name, changes) => {
    const before = await db.traces.get('trace-1');
    expect(await saveHandedOffTraceEdits(message(changes), panelSender)).toBe(false);
    expect(await db.traces.get('trace-1')).toEqual(before);
  });

  test('a trace deleted meanwhile: nothing is saved, nothing throws', async () => {
    await db.traces.delete('trace-1');
    const change = { path: 'reflection.risk', value: 'x', at: 5_000 };
    expect(await saveHandedOffTraceEdits(message([change]), panelSender)).toBe(false);
    expect(await db.traces.count()).toBe(0);
  });

  test('the panel sends every change not yet known to be saved, and nothing when all are saved', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const saver = createTraceAutosaver(db, 'trace-1', { debounceMs: 10_000, maxWaitMs: 10_000 });
    saver.set('reflection.risk', 'Students might copy the answ');
    saver.set('marks.a1', { mark: 'accepted', note: '' });
    handOffTraceEdits('trace-1', saver.unsavedChanges());
    expect(send).toHaveBeenCalledTimes(1);
    const sent = send.mock.calls[0]![0];
    // What the panel sends is what the worker accepts, and it saves the teacher's words.
    expect(await saveHandedOffTraceEdits(sent, panelSender)).toBe(true);
    expect(await storedRisk()).toBe('Students might copy the answ');
    expect((await db.traces.get('trace-1'))?.marks.a1).toEqual({ mark: 'accepted', note: '' });

    await saver.flush();
    expect(saver.unsavedChanges()).toEqual([]);
    handOffTraceEdits('trace-1', saver.unsavedChanges());
    expect(send).toHaveBeenCalledTimes(1);
    await saver.dispose();
    send.mockRestore();
  });
});
