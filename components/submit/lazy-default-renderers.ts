import type { SubmissionRenderers } from '@/lib/upload/prepare-submission';

type Renderers = SubmissionRenderers;
let loaded: Renderers | undefined;

/** The export part's renderers, loaded on first use: they bring the detectors (compromise, ~350 KB) and the PDF engine. */
async function load(): Promise<Renderers> {
  return (loaded ??= (await import('@/lib/upload/default-renderers')).defaultRenderers);
}

/** For the calls that must answer at once: SubmitPanel makes them only after an async call has loaded the module. */
function loadedNow(): Renderers {
  if (!loaded) throw new Error('ShowWork: the submission renderers were used before they were loaded.');
  return loaded;
}

/**
 * lib/upload's defaultRenderers, loaded when the teacher first submits instead of with the side panel's trace view.
 * Statically imported, they put compromise's ~0.5 s of module start-up on the panel's main thread right after a
 * capture's trace appeared (CPU profile, fastest-path e2e, 2026-11), delaying the teacher's first click.
 * Every flow starts with buildDocument (async), which loads them; redact and renderEvidence come after it.
 */
export const lazyDefaultRenderers: Renderers = {
  buildDocument: async (db, traceId) => (await load()).buildDocument(db, traceId),
  findStudentData: async (doc) => (await load()).findStudentData!(doc),
  redact: (doc, candidates, keep) => loadedNow().redact!(doc, candidates, keep),
  renderPdf: async (doc, paperSize) => (await load()).renderPdf(doc, paperSize),
  renderEvidence: (doc) => loadedNow().renderEvidence(doc),
};
