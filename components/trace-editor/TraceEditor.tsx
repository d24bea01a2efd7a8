import { useLiveQuery } from 'dexie-react-hooks';
import {
  startTransition,
  Suspense,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { getDatabase } from '@/lib/db/schema';
import { deleteTrace, loadTraceSources, restoreTrace } from '@/lib/db/traces';
import { getActiveFramework, getFramework } from '@/lib/framework/active-framework';
import { defaultFramework, defaultFrameworkId } from '@/lib/framework/default-framework';
import { labelCredential } from '@/lib/framework/framework-labels';
import type { Trace } from '@/lib/model/trace';
import type { StoredTurn } from '@/lib/model/turn';
import { assessReadiness } from '@/lib/trace/readiness';
import { t } from '@/lib/i18n/t';
import { useDateTimeText } from '@/components/common/use-date-time-text';
import { markFirstViewShown } from '@/components/common/first-view';
import { DeleteTraceDialog } from './DeleteTraceDialog';
import { SaveStatus } from './SaveStatus';
import { lazyWithPreload } from '@/components/common/lazy-with-preload';
import { TraceTextField } from './TraceTextField';
import { TurnsSection } from './TurnsSection';
import { findNewTurns, itemsWith, numberOutputs, offeredSources } from './trace-sources';
import { NewTurnsOffer } from './NewTurnsOffer';
import { ReadyTraceCaptureNotice } from './ReadyTraceCaptureNotice';
import { fieldId } from './TraceTextField';
import { arrivalShownMark, type Arrival } from '@/lib/panel/panel-route';
import { useTraceEditor } from './use-trace-editor';
import { useExportRehearsal } from '@/components/export/use-export-rehearsal';
import './trace-editor.css';

// The sections below the first view, with the word diff: their own chunk, fetched once the first view is committed
// and shown in a transition (see isFullView), so a capture's draft does not wait for their code.
const SectionsBelowTurns = lazyWithPreload(() => import('./SectionsBelowTurns').then((m) => m.SectionsBelowTurns));

export interface TraceEditorProps {
  traceId: string;
  onBack: () => void;
  /** Placed by the side panel: the export and submit panels. */
  actions?: ReactNode;
  /** Set when a capture or "Use as final artifact" brought the panel here: focus goes where the teacher goes on. */
  arrival?: Arrival;
  /** Opens another trace (a new draft offered after capturing a conversation whose trace is ready). */
  onOpenTrace?: (traceId: string) => void;
}

/** The trace editor: turns and marks, credential, final artifact with its diff, reflection, checklist, readiness. */
export function TraceEditor({ traceId, onBack, actions, arrival, onOpenTrace }: TraceEditorProps) {
  const db = getDatabase();
  // A capture's route brings the first view with it: shown until the database answers (first-view-snapshot.ts).
  const firstView = arrival?.firstView?.trace.id === traceId ? arrival.firstView : undefined;
  const editor = useTraceEditor(traceId, firstView?.trace);
  const { trace } = editor;
  const updatedAtText = useDateTimeText(trace?.updatedAt);
  const [isDeleteOpen, setIsDeleteOpen] = useState(false);
  const [deleted, setDeleted] = useState<Trace | null>(null);
  const deleteButtonRef = useRef<HTMLButtonElement>(null);
  const undoDeleteRef = useRef<HTMLButtonElement>(null);

  // Conversations shown in the turn list: every one the trace drew on during this visit, so unticking all
  // of a conversation's turns does not make it vanish before the teacher can tick one back.
  // After a capture the conversation is known before the trace is read: load both at once, not one after the other.
  const [conversationIds, setConversationIds] = useState<string[]>(() =>
    arrival?.arrival.kind === 'capture' ? [arrival.arrival.conversationId] : [],
  );
  const itemConversationIds = trace ? [...new Set(trace.items.map((item) => item.conversationId))] : [];
  const itemsKey = itemConversationIds.join('\n');
  useEffect(() => {
    setConversationIds((seen) => {
      const missing = itemsKey.split('\n').filter((id) => id && !seen.includes(id));
      return missing.length ? [...seen, ...missing] : seen;
    });
  }, [itemsKey]);
  const shownConversationIds = [
    ...conversationIds,
    ...itemConversationIds.filter((id) => !conversationIds.includes(id)),
  ];
  const sourcesKey = shownConversationIds.join('\n');
  const liveSources = useLiveQuery(
    () => loadTraceSources(db, sourcesKey ? sourcesKey.split('\n') : []),
    [db, sourcesKey],
  );
  const storedSources = liveSources ?? firstView?.sources;
  const items = trace?.items;
  const sources = useMemo(
    () => storedSources && offeredSources(storedSources, new Set(items?.map((item) => item.turnId))),
    [storedSources, items],
  );

  const frameworkId = trace?.frameworkId;
  // The built-in framework never changes: it is there in the render the trace arrives in, with no query to wait for
  // (one hop fewer between a capture and its trace on screen). Imported ones are read, and followed, from the database.
  const isBuiltIn = frameworkId === defaultFrameworkId;
  const storedFramework = useLiveQuery(
    async () =>
      frameworkId === undefined || isBuiltIn
        ? undefined
        : ((await getFramework(db, frameworkId)) ?? (await getActiveFramework(db))),
    [db, frameworkId, isBuiltIn],
  );
  const framework = isBuiltIn ? defaultFramework : storedFramework;

  const outputs = useMemo(() => {
    if (!trace || !sources) return [];
    const turns = new Map<string, StoredTurn>(sources.flatMap((s) => s.turns.map((turn) => [turn.id, turn] as const)));
    const numbers = numberOutputs(sources);
    return trace.items.flatMap((item) => {
      const turn = turns.get(item.turnId);
      return turn?.role === 'assistant' ? [{ turn, number: numbers.get(turn.id) ?? 0 }] : [];
    });
  }, [trace, sources]);

  const report = useMemo(
    () =>
      trace && framework
        ? assessReadiness(
            trace,
            framework,
            outputs.map((o) => o.turn.id),
          )
        : null,
    [trace, framework, outputs],
  );
  // Fields are flagged where they are only once Mark ready was refused: a new trace is not a list of errors.
  const [isFlaggingMissing, setIsFlaggingMissing] = useState(false);
  const missing = useMemo(
    () => new Set(isFlaggingMissing ? (report?.missing.map((m) => m.id) ?? []) : []),
    [report, isFlaggingMissing],
  );

  // A new capture of the conversation offers its new turns to a draft (never added behind the teacher's back).
  const [dismissedTurnIds, setDismissedTurnIds] = useState<ReadonlySet<string>>(new Set());
  const newTurns = useMemo(
    () =>
      trace && sources && trace.status === 'draft'
        ? findNewTurns(trace, sources).filter((turn) => !dismissedTurnIds.has(turn.id))
        : [],
    [trace, sources, dismissedTurnIds],
  );
  const offerRef = useRef<HTMLButtonElement>(null);
  const readyNoticeRef = useRef<HTMLButtonElement>(null);
  const capturedReady =
    arrival?.arrival.kind === 'capture' && arrival.arrival.outcome === 'ready' ? arrival.arrival.conversationId : null;

  // Focus where the teacher goes on after a capture: the offer of new turns, the new-draft offer on a ready
  // trace, or the first AI output still to mark (its first radio; arrow keys then choose the mark).
  const focusedRef = useRef<{ at: number; element: HTMLElement | null }>({ at: 0, element: null });
  const isLoaded = Boolean(trace && framework && sources && report);
  // The first view is the toolbar, the title and the turns with their marks: what a capture's arrival focuses and the
  // teacher acts on first. The sections below it (credential, artifact and its diff, reflection, checklist, readiness,
  // export) follow in a transition React can interrupt, after that view has painted: rendered in the same commit they
  // doubled its render and the layout forced by focusing the mark (60 + 76 ms of the panel's main thread, the focus
  // alone 29 ms; CPU profile of the real side panel, panel closed, load 9, 2026-12-01).
  const [isFullView, setIsFullView] = useState(false);
  useEffect(() => {
    if (!isLoaded || isFullView) return;
    let alive = true;
    const showAll = () => alive && startTransition(() => setIsFullView(true));
    // A chunk that failed to load is shown anyway: React.lazy then tries it again, inside its own Suspense boundary.
    SectionsBelowTurns.preload().then(showAll, showAll);
    return () => {
      alive = false;
    };
  }, [isLoaded, isFullView]);
  // The panel's preloads and warm-ups wait for this (components/common/first-view.ts); a trace that is gone counts.
  useEffect(() => {
    if (isLoaded || trace === null) markFirstViewShown();
  }, [isLoaded, trace]);
  // After the editor's full first paint, not the "Loading…" one: the workers' start competed with this render.
  useExportRehearsal(isLoaded);
  const focusTarget = (): HTMLElement | null => {
    if (newTurns.length > 0) return offerRef.current;
    if (capturedReady) return readyNoticeRef.current;
    const unmarked = outputs.find((o) => !trace?.marks[o.turn.id]) ?? outputs[0];
    if (!unmarked) {
      // The conversations' live query can lag one render behind the trace (it still holds its previous result).
      const isSourcesStale =
        trace && sources && trace.items.some((i) => !sources.some((s) => s.conversation.id === i.conversationId));
      return isSourcesStale ? null : document.querySelector<HTMLElement>('.te h1');
    }
    // Null until the output's mark field is in the page; the effect tries again on the next render.
    return document.getElementById(fieldId(`marks.${unmarked.turn.id}`));
  };
  // A layout effect: focus lands in the same frame the trace first paints, not a frame (or, on a busy machine,
  // 70 ms: fastest-path e2e, 2026-11) after it.
  useLayoutEffect(() => {
    if (!arrival || !isLoaded) return;
    if (arrival.arrival.kind === 'artifact') {
      // After "Use as final artifact": on the artifact, with its Undo just after it.
      if (focusedRef.current.at === arrival.at) return;
      const field = document.getElementById(fieldId('finalArtifact'));
      if (!field) return;
      focusedRef.current = { at: arrival.at, element: field };
      field.focus();
      field.scrollIntoView({ block: 'center' });
      return;
    }
    const focused = focusedRef.current;
    if (focused.at === arrival.at) {
      // The new turns can show a moment after the trace (the live query of its conversations runs again):
      // move focus to their offer, unless the teacher has moved it since.
      const isUntouched = focused.element !== null && document.activeElement === focused.element;
      if (!(newTurns.length > 0 && isUntouched && focused.element !== offerRef.current)) return;
    }
    const target = focusTarget();
    if (!target) return;
    const isFirstFocus = focused.at !== arrival.at;
    focusedRef.current = { at: arrival.at, element: target };
    if (target.tagName === 'H1') target.tabIndex = -1;
    target.focus();
    target.scrollIntoView({ block: 'center' });
    if (isFirstFocus) performance.mark(arrivalShownMark, { detail: { at: arrival.at } });
  });

  const addNewTurns = () => {
    if (!trace || !sources) return;
    editor.setField(
      'items',
      itemsWith(
        trace,
        sources,
        newTurns.map((turn) => turn.id),
      ),
    );
    const firstNewOutput = newTurns.find((turn) => turn.role === 'assistant');
    // The new outputs' mark fields appear on the next render: focus the first once it is there.
    if (firstNewOutput)
      requestAnimationFrame(() => document.getElementById(fieldId(`marks.${firstNewOutput.id}`))?.focus());
  };

  const back = () => {
    void editor.flush().finally(onBack);
  };

  const confirmDelete = async () => {
    setIsDeleteOpen(false);
    await editor.flush();
    const snapshot = await deleteTrace(db, traceId);
    if (snapshot) setDeleted(snapshot);
  };

  const undoDelete = async () => {
    if (!deleted) return;
    await restoreTrace(db, deleted);
    setDeleted(null);
    editor.reconnect();
  };

  useEffect(() => {
    if (deleted) undoDeleteRef.current?.focus();
  }, [deleted]);

  let body: ReactNode;
  if (deleted) {
    body = (
      <>
        <h1>{t('editor_deletedHeading')}</h1>
        <div className="toast" role="status">
          <span className="captured" dir="auto">
            {t('editor_deletedToast', deleted.title || t('editor_untitledTrace'))}
          </span>
          <button ref={undoDeleteRef} type="button" onClick={() => void undoDelete()}>
            {t('editor_undo')}
          </button>
        </div>
      </>
    );
  } else if (trace === null) {
    body = <p role="alert">{t('editor_traceGone')}</p>;
  } else if (trace === undefined || !framework || !sources || !report) {
    body = <p>{t('editor_loading')}</p>;
  } else {
    const outputNumbers = new Map(outputs.map((o) => [o.turn.id, o.number]));
    body = (
      <>
        <h1 className="captured" dir="auto">
          {trace.title || t('editor_untitledTrace')}
        </h1>
        <p className="te-meta">
          <span className={`te-status te-status-${trace.status}`}>
            {trace.status === 'ready' ? t('editor_statusReady') : t('editor_statusDraft')}
          </span>{' '}
          {trace.credentialId && `· ${labelCredential(framework, trace.credentialId) ?? ''} `}
          {updatedAtText !== undefined && `· ${t('editor_updatedAt', updatedAtText)}`}
        </p>
        {newTurns.length > 0 && (
          <NewTurnsOffer
            ref={offerRef}
            turns={newTurns}
            onAdd={addNewTurns}
            onDismiss={() => setDismissedTurnIds(new Set([...dismissedTurnIds, ...newTurns.map((turn) => turn.id)]))}
          />
        )}
        {capturedReady && onOpenTrace && (
          <ReadyTraceCaptureNotice ref={readyNoticeRef} conversationId={capturedReady} onCreated={onOpenTrace} />
        )}
        <TraceTextField editor={editor} path="title" value={trace.title} label={t('editor_title')} multiline={false} />
        <TurnsSection trace={trace} sources={sources} editor={editor} />
        {isFullView && (
          <>
            <Suspense fallback={null}>
              <SectionsBelowTurns
                trace={trace}
                framework={framework}
                outputs={outputs}
                outputNumbers={outputNumbers}
                report={report}
                editor={editor}
                missing={missing}
                onBlocked={() => setIsFlaggingMissing(true)}
              />
            </Suspense>
            {actions && <div className="te-actions">{actions}</div>}
            <div className="te-danger-zone">
              <button ref={deleteButtonRef} type="button" className="danger" onClick={() => setIsDeleteOpen(true)}>
                {t('editor_delete')}
              </button>
            </div>
            <DeleteTraceDialog
              isOpen={isDeleteOpen}
              title={trace.title || t('editor_untitledTrace')}
              onConfirm={() => void confirmDelete()}
              onCancel={() => {
                setIsDeleteOpen(false);
                deleteButtonRef.current?.focus();
              }}
            />
          </>
        )}
      </>
    );
  }

  return (
    <main className="te">
      <div className="te-toolbar">
        <button type="button" onClick={back}>
          ← {t('editor_back')}
        </button>
        {!deleted && trace && (
          <>
            <SaveStatus state={editor.saveState} />
            <button
              type="button"
              onClick={editor.undo}
              disabled={!editor.canUndo}
              aria-keyshortcuts="Control+Z Meta+Z"
              title={t('editor_undoHint')}
            >
              {t('editor_undo')}
            </button>
          </>
        )}
      </div>
      {body}
    </main>
  );
}
