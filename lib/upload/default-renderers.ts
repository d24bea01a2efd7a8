import { browser } from 'wxt/browser';
import { fontAssetPath } from '../export/fonts';
import { renderOpenBadgesEvidence } from '../export/open-badges';
import { readRoster } from '../settings/roster';
import { buildTraceDocument } from '../trace/document';
import { findStudentData, redactTraceDocument } from '../redaction/apply';
import { withPeopleTagger } from '../redaction/people-tagger';
import type { SubmissionRenderers } from './prepare-submission';

/** Reads a font shipped in the extension's /fonts/ folder (see lib/export/fonts.ts). */
export async function loadExtensionFont(file: string): Promise<Uint8Array> {
  const response = await fetch(browser.runtime.getURL(fontAssetPath(file) as '/'));
  if (!response.ok) throw new Error(`Font ${file} is missing from the extension (HTTP ${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The export part's renderers, as the side panel uses them for Submit and for download-only portals. */
export const defaultRenderers: SubmissionRenderers = {
  buildDocument: (db, traceId) => buildTraceDocument(db, traceId),
  renderEvidence: (doc) => renderOpenBadgesEvidence(doc),
  findStudentData: async (doc) => {
    const roster = await readRoster();
    return withPeopleTagger(() => findStudentData(doc, roster));
  },
  redact: redactTraceDocument,
  renderPdf: async (doc, paperSize) => {
    // Loaded when first needed: the PDF engine is the largest part of the side panel's code.
    const { renderTracePdf } = await import('../export/pdf');
    return renderTracePdf(doc, { paperSize, loadFont: loadExtensionFont });
  },
};
