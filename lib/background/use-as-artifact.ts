import { browser, type Browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { artifactDropItem } from '../artifact/artifact-drop';
import { captureStatusItem } from '../capture/capture-status';
import { escapeMarkdown } from '../capture/selection-capture';
import type { ShowWorkDatabase } from '../db/schema';
import { limits } from '../model/turn';
import type { ArtifactSource, Trace } from '../model/trace';
import { panelRouteKey, readPanelRoute, sendPanelTo } from '../panel/panel-route';
import { isEditableDraft } from '../trace/draft-for-conversation';
import { saveTraceFields, stampChange } from '../trace/trace-updates';
import { t } from '../i18n/t';

/** What the injected script (entrypoints/selection-markdown.ts) answers: checked like any message from a page. */
const InjectedSelection = z.nullable(
  z.object({
    text: z.string().check(z.maxLength(limits.maxTurnChars)),
    markdown: z.string().check(z.maxLength(limits.maxTurnChars)),
  }),
);

/**
 * The selection as Markdown, read in the page by the bundled serializer (activeTab, granted by the menu click,
 * lets ShowWork inject into that tab once). Where injection is not allowed (browser pages, the PDF viewer, another
 * origin's frame), the plain text the menu click carries, escaped, is used instead.
 */
export async function readSelectionMarkdown(
  tabId: number,
  frameId: number | undefined,
  selectionText: string | undefined,
): Promise<string> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId ?? 0] },
      files: ['/selection-markdown.js'],
    });
    const parsed = InjectedSelection.safeParse(injection?.result);
    if (parsed.success && parsed.data && parsed.data.markdown.trim() !== '') return parsed.data.markdown;
  } catch {
    // Not injectable here: the menu's own text below.
  }
  return escapeMarkdown((selectionText ?? '').slice(0, limits.maxTurnChars));
}

/**
 * The draft the artifact goes into: the one open in this window's panel, else the most recently changed
 * editable draft. Ready or submitted traces are never written to.
 */
export async function findArtifactTarget(
  db: ShowWorkDatabase,
  windowId: number | undefined,
): Promise<Trace | undefined> {
  const place = windowId === undefined ? null : await readPanelRoute(panelRouteKey.window(windowId));
  if (place?.route.kind === 'trace') {
    const open = await db.traces.get(place.route.id);
    if (open && (await isEditableDraft(db, open))) return open;
  }
  const drafts = await db.traces.where('status').equals('draft').toArray();
  drafts.sort((a, b) => b.updatedAt - a.updatedAt);
  for (const draft of drafts) if (await isEditableDraft(db, draft)) return draft;
  return undefined;
}

/**
 * "Use as final artifact": puts the page's selection into the draft's Final artifact with where it came from
 * (page title and address), keeps what was there for Undo, and sends the panel to the trace, which names it.
 * The panel was asked to open by the caller, synchronously with the click.
 */
export async function useSelectionAsArtifact(
  db: ShowWorkDatabase,
  info: Pick<Browser.contextMenus.OnClickData, 'selectionText' | 'frameId' | 'pageUrl'>,
  tab: Browser.tabs.Tab,
  now: () => number = Date.now,
): Promise<void> {
  const tabId = tab.id!;
  const markdown = (await readSelectionMarkdown(tabId, info.frameId, info.selectionText)).trim();
  if (markdown === '') {
    await captureStatusItem.setValue({ ok: false, message: t('capture_emptySelection'), tabId, at: now() });
    return;
  }
  const trace = await findArtifactTarget(db, tab.windowId);
  if (!trace) {
    await captureStatusItem.setValue({ ok: false, message: t('flow_artifactNoDraft'), tabId, at: now() });
    if (tab.windowId !== undefined) await sendPanelTo(tab.windowId, { kind: 'library' }, { kind: 'artifact' });
    return;
  }
  const source: ArtifactSource = {
    title: (tab.title ?? '').slice(0, 500),
    url: (tab.url ?? info.pageUrl ?? '').slice(0, 4000),
    capturedAt: now(),
  };
  const at = stampChange();
  await saveTraceFields(db, trace.id, [
    { path: 'finalArtifact', value: markdown, at },
    { path: 'artifactSource', value: source, at },
  ]);
  await artifactDropItem.setValue({
    traceId: trace.id,
    traceTitle: trace.title,
    source,
    previous: { finalArtifact: trace.finalArtifact, artifactSource: trace.artifactSource ?? null },
    at: now(),
  });
  if (tab.windowId !== undefined)
    await sendPanelTo(tab.windowId, { kind: 'trace', id: trace.id }, { kind: 'artifact' });
}
