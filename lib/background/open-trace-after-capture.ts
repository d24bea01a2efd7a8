import type { ShowWorkDatabase } from '../db/schema';
import type { CaptureTrigger } from '../messaging/protocol';
import { sendPanelTo, type PanelArrival, type PanelRoute } from '../panel/panel-route';
import { readAfterCapture, type AfterCapture } from '../settings/after-capture';
import { knownManagedPolicy, managedPolicyWhenKnown } from '../settings/managed-policy-cache';
import {
  applyDistrictFramework,
  findOrCreateDraftForConversation,
  readNewTraceSettings,
  type DraftOutcome,
  type NewTraceSettings,
} from '../trace/draft-for-conversation';
import type { ManagedPolicy } from '../settings/managed';
import { t } from '../i18n/t';
import { isSidePanelOpen } from './side-panel';
import { markCaptureStep } from './capture-timing';
import { takeFirstViewSnapshot } from './take-first-view-snapshot';
import type { FirstViewSnapshot } from '../panel/first-view-snapshot';

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

/** What the page hears now, and what is left to do once the district policy is known. */
export interface QuickLanding {
  landing: CaptureLanding | undefined;
  /** Runs after the answer; resolves with a new summary for the panel's status, or undefined to keep it. */
  later?: () => Promise<CaptureLanding | undefined>;
}

/**
 * After a capture the teacher asked for (button, toolbar, shortcut, menu) has committed: finds or creates the
 * conversation's draft trace (or, with the "conversation" option, just the conversation), sends the window's
 * side panel there, and says what happened. Runs in the background so it works before the panel has opened.
 * Auto-record captures return undefined: they never open the panel or make traces.
 *
 * Never waits for managed storage (its first read in a fresh browser took seconds): only a *new* trace needs the
 * policy (a district framework is the one new traces use). While the policy is still unknown, the new draft is
 * made with the teacher's framework, the safe default: it is the teacher's own unsubmitted draft, no policy
 * restricts capturing, and `later` gives it the district's framework as soon as the policy is read (seconds at
 * most), unless the teacher has already started on it — then it is theirs, and its framework can be changed in
 * the editor like any draft's.
 */
export async function landCaptureQuickly(
  db: ShowWorkDatabase,
  captured: CapturedConversation,
  prepared: LandingSettings = readLandingSettings(db),
  /** The draft the capture's own transaction made (a first capture: first-draft-with-capture.ts), if it made one. */
  made?: DraftOutcome,
): Promise<QuickLanding> {
  if (captured.trigger === 'auto') return { landing: undefined };
  if ((await prepared.afterCapture) === 'conversation') return { landing: await openConversation(captured) };
  const outcome =
    made ??
    (await findOrCreateDraftForConversation(db, captured.conversationId, {
      fallbackTitle: t('editor_untitledTrace'),
      policy: prepared.policy ?? {},
      settings: prepared.newTrace,
    }));
  const landing = await openTrace(db, captured, outcome);
  if (prepared.policy || outcome.kind !== 'created') return { landing };
  // Unknown when the settings were read (the first seconds of a browser session): the new draft took the teacher's
  // framework, and takes the district's, if it sets one, once the policy is read (applyDistrictFramework).
  const trace = outcome.trace;
  return {
    landing,
    later: async () => {
      await applyDistrictFramework(db, trace, await managedPolicyWhenKnown());
      return undefined;
    },
  };
}

/**
 * What landing a capture reads besides the capture, started as soon as the capture arrives so that it is read
 * while the capture is checked and stored, not after (extension storage took 30-60 ms there under load, 2026-12-01):
 * where a capture lands, and what a new draft is built with. `policy` is the district policy if already known.
 */
export interface LandingSettings {
  afterCapture: Promise<AfterCapture>;
  policy: ManagedPolicy | undefined;
  newTrace: Promise<NewTraceSettings>;
}

export function readLandingSettings(db: ShowWorkDatabase): LandingSettings {
  const policy = knownManagedPolicy();
  const newTrace = readNewTraceSettings(db, policy ?? {});
  // Read ahead of need: a failure here is the landing's to report (it awaits these), not an unhandled rejection.
  newTrace.catch(() => undefined);
  return { afterCapture: readAfterCapture().catch(() => 'trace' as const), policy, newTrace };
}

/** As landCaptureQuickly, waiting for the district policy when a new trace needs it. */
export async function landCaptureInPanel(
  db: ShowWorkDatabase,
  captured: CapturedConversation,
): Promise<CaptureLanding | undefined> {
  if (captured.trigger === 'auto') return undefined;
  if ((await readAfterCapture()) === 'conversation') return openConversation(captured);
  const outcome = await findOrCreateDraftForConversation(db, captured.conversationId, {
    fallbackTitle: t('editor_untitledTrace'),
    policy: await managedPolicyWhenKnown(),
  });
  return openTrace(db, captured, outcome);
}

function openConversation(captured: CapturedConversation): Promise<CaptureLanding> {
  return openPanel(
    captured,
    { kind: 'conversation', id: captured.conversationId },
    { kind: 'capture', conversationId: captured.conversationId, outcome: 'conversation' },
    'flow_capturedConversationOpened',
  );
}

async function openTrace(
  db: ShowWorkDatabase,
  captured: CapturedConversation,
  outcome: DraftOutcome,
): Promise<CaptureLanding> {
  const outcomeKey = {
    created: 'flow_capturedTraceOpened',
    draft: 'flow_capturedDraftOpened',
    ready: 'flow_capturedReadyKept',
  }[outcome.kind];
  markCaptureStep('traced');
  // With the route: the trace's first view, so a panel the click has just opened paints it before its own database
  // reads answer (first-view-snapshot.ts). A failed read only costs the panel those reads.
  const firstView =
    captured.windowId === undefined
      ? undefined
      : await takeFirstViewSnapshot(db, outcome.trace, captured.conversationId).catch(() => undefined);
  return openPanel(
    captured,
    { kind: 'trace', id: outcome.trace.id },
    { kind: 'capture', conversationId: captured.conversationId, outcome: outcome.kind },
    outcomeKey,
    outcome.trace.id,
    firstView,
  );
}

async function openPanel(
  captured: CapturedConversation,
  route: PanelRoute,
  arrival: PanelArrival,
  outcomeKey: string,
  traceId?: string,
  firstView?: FirstViewSnapshot,
): Promise<CaptureLanding> {
  if (route.kind !== 'trace') markCaptureStep('traced');
  const count = captured.turnCount;
  const withTrace = traceId === undefined ? {} : { traceId };
  if (captured.windowId === undefined) return { summary: t('flow_capturedOpenPanel', count), ...withTrace };
  await sendPanelTo(captured.windowId, route, arrival, firstView);
  const isOpen = await isSidePanelOpen(captured.windowId, captured.tabId);
  return { summary: t(isOpen ? outcomeKey : 'flow_capturedOpenPanel', count), ...withTrace };
}
