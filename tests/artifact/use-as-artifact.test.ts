import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createContextMenus, handleContextMenuClick, menuIds } from '@/lib/background/context-menus';
import { getDatabase } from '@/lib/db/schema';
import { captureStatusItem } from '@/lib/capture/capture-status';
import { readArtifactDrop } from '@/lib/artifact/artifact-drop';
import { panelRouteKey, readPanelRoute, writePanelRoute } from '@/lib/panel/panel-route';
import { makeTrace } from '../trace/trace-fixtures';

const db = getDatabase();
const windowId = 2;
const tab = {
  id: 9,
  windowId,
  url: 'https://docs.example.org/d/warm-up/edit',
  title: 'Fractions warm-up — Docs',
} as never;
const click = (selectionText = 'Warm-up: compare 1/2 and 1/3') =>
  ({ menuItemId: menuIds.useAsArtifact, selectionText, frameId: 0, editable: false, pageUrl: tab['url'] }) as never;

let open: ReturnType<typeof vi.fn>;
let executeScript: ReturnType<typeof vi.fn>;
beforeEach(async () => {
  await db.delete();
  await db.open();
  open = vi.fn(async () => {});
  Object.assign(fakeBrowser, { sidePanel: { open } });
  executeScript = vi.fn(async () => [
    { frameId: 0, result: { text: 'Warm-up\n\n- compare 1/2 and 1/3', markdown: 'Warm-up\n\n- compare 1/2 and 1/3' } },
  ]);
  // A spy, not a replaced object: the shared set-up spies on the other scripting methods (tests/setup.ts).
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(executeScript as never);
});

describe('Use as final artifact (context menu, activeTab)', () => {
  test('the menu exists on selections of any page', async () => {
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue('' as never);
    await createContextMenus();
    expect(create).toHaveBeenCalledWith({
      id: menuIds.useAsArtifact,
      title: 'Use as final artifact',
      contexts: ['selection'],
    });
  });

  test('goes into the draft open in the panel, as Markdown read in the page, with the page as its source; the old artifact is kept for Undo', async () => {
    await db.traces.bulkAdd([
      makeTrace({ id: 'open', title: 'Open draft', finalArtifact: 'My first try', updatedAt: 1 }),
      makeTrace({ id: 'newer', title: 'Newer draft', updatedAt: 99 }),
    ]);
    await writePanelRoute(panelRouteKey.window(windowId), {
      route: { kind: 'trace', id: 'open' },
      origin: 'panel',
      at: 1,
    });
    const clicked = handleContextMenuClick(click(), tab);
    // The panel is asked to open before anything is awaited: the click's user action is current only then.
    expect(open).toHaveBeenCalledWith({ tabId: 9 });
    await clicked;
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 9, frameIds: [0] },
      files: ['/selection-markdown.js'],
    });
    const trace = (await db.traces.get('open'))!;
    expect(trace.finalArtifact).toBe('Warm-up\n\n- compare 1/2 and 1/3');
    expect(trace.artifactSource).toMatchObject({
      title: 'Fractions warm-up — Docs',
      url: 'https://docs.example.org/d/warm-up/edit',
    });
    expect((await db.traces.get('newer'))!.finalArtifact).toBe('');
    expect(await readArtifactDrop()).toMatchObject({
      traceId: 'open',
      traceTitle: 'Open draft',
      previous: { finalArtifact: 'My first try', artifactSource: null },
    });
    expect(await readPanelRoute(panelRouteKey.window(windowId))).toMatchObject({
      origin: 'background',
      route: { kind: 'trace', id: 'open' },
      arrival: { kind: 'artifact' },
    });
  });

  test('with no draft open, the most recent draft; ready and submitted traces are never written to', async () => {
    await db.traces.bulkAdd([
      makeTrace({ id: 'ready', status: 'ready', updatedAt: 300 }),
      makeTrace({ id: 'submitted', updatedAt: 200 }),
      makeTrace({ id: 'older', updatedAt: 50 }),
      makeTrace({ id: 'recent', updatedAt: 100 }),
    ]);
    await db.submissions.add({ id: 's', traceId: 'submitted' } as never);
    await writePanelRoute(panelRouteKey.window(windowId), {
      route: { kind: 'trace', id: 'ready' },
      origin: 'panel',
      at: 1,
    });
    await handleContextMenuClick(click(), tab);
    const artifacts = Object.fromEntries((await db.traces.toArray()).map((t) => [t.id, t.finalArtifact]));
    expect(artifacts).toEqual({ ready: '', submitted: '', older: '', recent: 'Warm-up\n\n- compare 1/2 and 1/3' });
  });

  test('where the page cannot be scripted, the plain selected text is used, escaped', async () => {
    executeScript.mockRejectedValue(new Error('Cannot access contents of the page'));
    await db.traces.add(makeTrace({ id: 'd' }));
    await handleContextMenuClick(click('Use <b>bold</b> *here*'), tab);
    expect((await db.traces.get('d'))!.finalArtifact).toBe('Use \\<b\\>bold\\</b\\> \\*here\\*');
  });

  test('an injected answer that is not what our script returns is not trusted', async () => {
    executeScript.mockResolvedValue([{ frameId: 0, result: { markdown: 42 } }]);
    await db.traces.add(makeTrace({ id: 'd' }));
    await handleContextMenuClick(click('plain words'), tab);
    expect((await db.traces.get('d'))!.finalArtifact).toBe('plain words');
  });

  test('with no draft at all, nothing is written and the panel says what to do', async () => {
    await db.traces.add(makeTrace({ id: 'r', status: 'ready' }));
    await handleContextMenuClick(click(), tab);
    expect((await db.traces.get('r'))!.finalArtifact).toBe('');
    expect((await captureStatusItem.getValue())?.message).toMatch(/no draft trace to put it in/);
    expect(await readArtifactDrop()).toBeNull();
  });
});
