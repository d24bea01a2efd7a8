import type { ShowWorkDatabase } from '../db/schema';
import type { CaptureTrigger } from '../messaging/protocol';
import { sendPanelTo, type PanelArrival, type PanelRoute } from '../panel/panel-route';
import { readAfterCapture } from '../settings/after-capture';
import { findOrCreateDraftForConversation } from '../trace/draft-for-conversation';
import { t } from '../i18n/t';
import { isSidePanelOpen } from './side-panel';

export interface CapturedConversation {
  conversationId: string;
  turnCount: number;
  trigger: CaptureTrigger;
  tabId?: number;
  windowId?: number;
}

export interface CaptureLanding {
  /** What the page and the panel say: "Captured 12 turns — trace opened". */
  summary: string;
  traceId?: string;
}

/**
 * After a capture the teacher asked for (button, toolbar, shortcut, menu) has committed: finds or creates the
 * conversation's draft trace (or, with the "conversation" option, just the conversation), sends the window's
 * side panel there, and says what happened. Runs in the background so it works before the panel has opened.
 * Auto-record captures return undefined: they never open the panel or make traces.
 */
export async function landCaptureInPanel(
  db: ShowWorkDatabase,
  captured: CapturedConversation,
): Promise<CaptureLanding | undefined> {
  if (captured.trigger === 'auto') return undefined;
  const count = captured.turnCount;
  let route: PanelRoute;
  let arrival: PanelArrival;
  let traceId: string | undefined;
  let outcomeKey: string;
  if ((await readAfterCapture()) === 'conversation') {
    route = { kind: 'conversation', id: captured.conversationId };
    arrival = { kind: 'capture', conversationId: captured.conversationId, outcome: 'conversation' };
    outcomeKey = 'flow_capturedConversationOpened';
  } else {
    const outcome = await findOrCreateDraftForConversation(db, captured.conversationId, {
      fallbackTitle: t('editor_untitledTrace'),
    });
    traceId = outcome.trace.id;
    route = { kind: 'trace', id: traceId };
    arrival = { kind: 'capture', conversationId: captured.conversationId, outcome: outcome.kind };
    outcomeKey = {
      created: 'flow_capturedTraceOpened',
      draft: 'flow_capturedDraftOpened',
      ready: 'flow_capturedReadyKept',
    }[outcome.kind];
  }

  if (captured.windowId === undefined) return { summary: t('flow_capturedOpenPanel', count), traceId };
  await sendPanelTo(captured.windowId, route, arrival);
  const isOpen = await isSidePanelOpen(captured.windowId, captured.tabId);
  return { summary: t(isOpen ? outcomeKey : 'flow_capturedOpenPanel', count), traceId };
}
