import { browser } from 'wxt/browser';
import type { ShowWorkDatabase } from '../db/schema';
import { getFramework } from '../framework/active-framework';
import { labelCompetency, labelCredential, labelFramework, labelLevel } from '../framework/framework-labels';
import { StoredConversation } from '../model/conversation';
import { siteLabels } from '../model/site';
import { Trace } from '../model/trace';
import { StoredTurn } from '../model/turn';
import {
  TraceDocument,
  traceDocumentSchemaId,
  type TraceDocumentConversation,
  type TraceDocumentEdits,
  type TraceDocumentTurn,
} from '../model/trace-document';
import { readTeacherProfile } from '../settings/profile';
import { diffWords, pickBestSource } from './diff';

/** The trace asked for is not in the database (deleted, or a stale link). */
export class TraceNotFoundError extends Error {
  constructor(readonly traceId: string) {
    super(`Trace ${traceId} was not found`);
    this.name = 'TraceNotFoundError';
  }
}

function iso(epochMs: number): string {
  return new Date(Number.isFinite(epochMs) ? epochMs : 0).toISOString();
}

function uiLanguage(): string {
  try {
    const lang = browser.i18n.getUILanguage();
    if (lang && lang.length >= 2) return lang;
  } catch {
    // WXT's fake browser in unit tests has no i18n language; English is the extension's default locale.
  }
  return 'en';
}

function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '0.0.0';
  }
}

/**
 * Builds the trace document for one stored trace: the one source every export renders.
 * Reads the teacher profile (extension storage), the trace, its turns and conversations, and the framework's
 * names (translated for the built-in default), and computes the word diff of the final artifact against its
 * source output(s). Turns that were deleted since are left out. Throws TraceNotFoundError.
 */
export async function buildTraceDocument(
  db: ShowWorkDatabase,
  traceId: string,
  options?: { now?: Date; language?: string },
): Promise<TraceDocument> {
  const row = await db.traces.get(traceId);
  if (!row) throw new TraceNotFoundError(traceId);
  const trace = Trace.parse(row);

  const storedTurns = await db.turns.bulkGet(trace.items.map((item) => item.turnId));
  const turns: TraceDocumentTurn[] = [];
  storedTurns.forEach((raw, index) => {
    const parsed = StoredTurn.safeParse(raw);
    if (!parsed.success) return;
    const turn = parsed.data;
    const mark = turn.role === 'assistant' ? trace.marks[turn.id] : undefined;
    turns.push({
      turnId: turn.id,
      conversationId: trace.items[index]?.conversationId ?? turn.conversationId,
      ordinal: turn.ordinal,
      role: turn.role,
      text: turn.text,
      markdown: turn.markdown,
      capturedAt: iso(turn.capturedAt),
      mark: mark?.mark ?? null,
      note: mark?.note ?? '',
    });
  });

  const conversationIds = [...new Set(turns.map((t) => t.conversationId))];
  const conversations: TraceDocumentConversation[] = [];
  for (const raw of await db.conversations.bulkGet(conversationIds)) {
    const parsed = StoredConversation.safeParse(raw);
    if (!parsed.success) continue;
    const c = parsed.data;
    conversations.push({
      id: c.id,
      site: c.site,
      toolName: siteLabels[c.site],
      model: c.model ?? null,
      title: c.title,
      url: c.url,
      firstCapturedAt: iso(c.firstCapturedAt),
      lastCapturedAt: iso(c.lastCapturedAt),
    });
  }

  const tools: TraceDocument['tools'] = [];
  for (const c of conversations) {
    let tool = tools.find((t) => t.site === c.site);
    if (!tool) {
      tool = { site: c.site, name: c.toolName, models: [] };
      tools.push(tool);
    }
    if (c.model && !tool.models.includes(c.model)) tool.models.push(c.model);
  }

  const framework = await getFramework(db, trace.frameworkId);
  const profile = await readTeacherProfile();
  const now = options?.now ?? new Date();

  const doc: TraceDocument = {
    schema: traceDocumentSchemaId,
    traceId: trace.id,
    title: trace.title,
    status: trace.status,
    language: options?.language ?? uiLanguage(),
    teacher: { name: profile.name, school: profile.school, district: profile.district },
    credential: {
      frameworkId: trace.frameworkId,
      frameworkName: framework ? labelFramework(framework) : '',
      frameworkVersion: framework?.version ?? '',
      credentialId: trace.credentialId,
      credentialName: (framework && trace.credentialId && labelCredential(framework, trace.credentialId)) || null,
      competencyId: trace.competencyId,
      competencyName: (framework && trace.competencyId && labelCompetency(framework, trace.competencyId)) || null,
      level: trace.level,
      levelName: (framework && trace.level && labelLevel(framework, trace.level)) || null,
    },
    tools,
    conversations,
    turns,
    finalArtifact: trace.finalArtifact,
    ...(trace.artifactSource
      ? {
          artifactSource: {
            title: trace.artifactSource.title,
            url: trace.artifactSource.url,
            capturedAt: iso(trace.artifactSource.capturedAt),
          },
        }
      : {}),
    edits: computeEdits(trace, turns),
    reflection: trace.reflection,
    verified: trace.verified,
    responsibleUse: trace.responsibleUse,
    implementationNotes: trace.implementationNotes,
    studentImpact: trace.studentImpact,
    readinessNote: trace.readinessNote,
    createdAt: iso(trace.createdAt),
    updatedAt: iso(trace.updatedAt),
    exportedAt: now.toISOString(),
    generator: { name: 'ShowWork', version: extensionVersion() },
    redaction: { applied: false, itemCount: 0 },
  };
  return TraceDocument.parse(doc);
}

function computeEdits(trace: Trace, turns: TraceDocumentTurn[]): TraceDocumentEdits | null {
  const outputs = turns.filter((t) => t.role === 'assistant');
  if (trace.finalArtifact.trim() === '' || outputs.length === 0) return null;
  const chosen = (trace.artifactSourceTurnIds ?? []).filter((id) => outputs.some((o) => o.turnId === id));
  const sourceChosenByTeacher = chosen.length > 0;
  let sourceTurnIds = chosen;
  if (!sourceChosenByTeacher) {
    const best = pickBestSource(
      trace.finalArtifact,
      outputs.map((o) => ({ turnId: o.turnId, text: o.text })),
    );
    sourceTurnIds = best ? [best] : [];
  }
  // Several chosen sources are compared as one text, in trace order.
  const sourceText = outputs
    .filter((o) => sourceTurnIds.includes(o.turnId))
    .map((o) => o.text)
    .join('\n\n');
  const diff = diffWords(sourceText, trace.finalArtifact);
  return {
    sourceTurnIds: outputs.filter((o) => sourceTurnIds.includes(o.turnId)).map((o) => o.turnId),
    sourceChosenByTeacher,
    figures: { ...diff.figures, teacherAuthoredShare: Math.min(1, Math.max(0, diff.figures.teacherAuthoredShare)) },
    ops: diff.ops,
    timedOut: diff.timedOut,
  };
}
