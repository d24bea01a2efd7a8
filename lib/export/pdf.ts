import { TraceDocument, type TraceDocumentTurn } from '../model/trace-document';
import { fingerprintTraceDocument, serializeTraceDocument } from '../trace/fingerprint';
import { fontFiles, type FaceId } from './fonts';
import { useFontFace } from './reused-fonts';
import { shapeRunsOnce } from './shaped-runs';
import { countWords, isoDay, labelsFor, type ExportLabels } from './labels';
import { describeCaptureDates } from './markdown';
import {
  countLines,
  facesNeeded,
  layoutBlock,
  prepareParagraphs,
  type FontMetrics,
  type Line,
  type Paragraph,
  type Span,
} from './pdf-layout';
import { openPdfDocument, type PdfDocument, type PdfFont, type PdfStruct } from './pdf-document';

export type PaperSize = 'letter' | 'a4';

export interface RenderTracePdfOptions {
  paperSize: PaperSize;
  /** Reads a font file by name (see lib/export/fonts.ts): from the extension's /fonts/ or from node_modules. */
  loadFont: (file: string) => Promise<Uint8Array>;
}

/** The document is not a valid trace document, or a font could not be loaded: a message for the teacher. */
export class PdfExportError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'PdfExportError';
  }
}

// Colours with at least 4.5:1 contrast on white (WCAG AA for the smallest 8 pt text).
const colors = {
  ink: '#1f2328',
  muted: '#57606a',
  accent: '#0b5563',
  rule: '#c9d1d9',
  accepted: '#1a7f37',
  acceptedBg: '#dafbe1',
  rejected: '#b42318',
  rejectedBg: '#ffe4e1',
  revised: '#8a4b00',
  revisedBg: '#fff1d6',
  unmarked: '#57606a',
  unmarkedBg: '#eef1f4',
  added: '#1a7f37',
  removed: '#b42318',
} as const;

const pageSizes: Record<PaperSize, { width: number; height: number; name: string }> = {
  letter: { width: 612, height: 792, name: 'LETTER' },
  a4: { width: 595.28, height: 841.89, name: 'A4' },
};

const margin = { top: 34, bottom: 30, side: 36 };
const columnGap = 16;
/** Body sizes tried from largest to smallest; never below 8 pt (the issue's floor for legibility). */
const bodySizes = [10.5, 10, 9.5, 9, 8.5, 8];
const minSize = 8;
/** Work bound per text: more than a page of 8 pt text can hold at full width. */
const maxCharsPerBlock = 16_000;
const maxLinesPerBlock = 90;

type Role = 'kicker' | 'h1' | 'h2' | 'body' | 'footer';
type Deco =
  | { kind: 'chip'; mark: TraceDocumentTurn['mark'] | 'unmarked' }
  | { kind: 'checkbox'; checked: boolean; actual: string }
  | { kind: 'label'; text: string }
  | { kind: 'bullet'; color: string; actual: string }
  | { kind: 'meter'; share: number };

interface Item {
  key: string;
  role: Role;
  spans: Span[];
  paragraphs: Paragraph[];
  indent: number;
  deco?: Deco;
  struct: 'H1' | 'H2' | 'P' | 'LI';
  /** Consecutive LI items with the same listId form one tagged list. */
  listId?: string;
  /** Share of the page when texts must be cut; 0 = never cut beyond maxLines (then ends with "…"). */
  weight: number;
  minLines: number;
  maxLines: number;
  marker: Paragraph;
  spaceBefore: number;
  /** Prompts and outputs are droppable units when there are too many to fit. */
  unit?: { group: 'prompt' | 'output'; index: number };
  /** Set for the "+ N more" line of a group. */
  moreOf?: 'prompt' | 'output';
  /** Lines given to the item by the fit (set just before drawing). */
  alloc?: number;
}

interface Column {
  items: Item[];
}
interface Row {
  columns: Column[];
  ruleAfter?: boolean;
  gapBefore: number;
}

function roleSize(role: Role, body: number): number {
  switch (role) {
    case 'kicker':
    case 'footer':
      return minSize;
    case 'h1':
      return body + 5.5;
    case 'h2':
      return body + 1.5;
    default:
      return body;
  }
}

function lineHeight(role: Role, body: number): number {
  const size = roleSize(role, body);
  return size * (role === 'h1' ? 1.22 : 1.3);
}

// -----------------------------------------------------------------------------------------------------------
// Fonts

async function loadFaces(
  pdf: PdfDocument,
  needed: Set<FaceId>,
  loadFont: (file: string) => Promise<Uint8Array>,
): Promise<FontMetrics> {
  const fonts = new Map<FaceId, PdfFont>();
  const loaded = await Promise.all(
    [...needed].map(async (face) => {
      try {
        return { face, bytes: await loadFont(fontFiles[face]) };
      } catch (error) {
        // Latin is required; any other face missing only means its characters get stand-ins.
        if (face === 'latin' || face === 'latinBold') {
          throw new PdfExportError(`The PDF font ${fontFiles[face]} could not be loaded.`, error);
        }
        return { face, bytes: undefined };
      }
    }),
  );
  for (const { face, bytes } of loaded) {
    if (!bytes) continue;
    fonts.set(face, shapeRunsOnce(useFontFace(pdf, face, fontFiles[face], bytes, loadFont)));
  }
  const glyphCache = new Map<string, boolean>();
  const widths = new Map<FaceId, Map<string, number>>();
  return {
    has: (face) => fonts.has(face),
    hasGlyph(face, codePoint) {
      const key = face + ':' + codePoint;
      let hit = glyphCache.get(key);
      if (hit === undefined) {
        hit = fonts.get(face)?.font.hasGlyphForCodePoint(codePoint) === true;
        glyphCache.set(key, hit);
      }
      return hit;
    },
    unitWidth(face, text) {
      // Asked for every word and line the layout measures, mostly the same few hundred words: pdfkit's own cache
      // of shaped words sits behind a walk over every character of the text (issue 9).
      let byText = widths.get(face);
      if (!byText) widths.set(face, (byText = new Map()));
      let width = byText.get(text);
      if (width === undefined) {
        const font = fonts.get(face);
        byText.set(text, (width = font ? font.widthOfString(text, 1000) : 0));
      }
      return width;
    },
  };
}

// -----------------------------------------------------------------------------------------------------------
// Composition: the trace document as rows of items

interface ComposeContext {
  doc: TraceDocument;
  labels: ExportLabels;
  metrics: FontMetrics;
  fingerprint: string;
  ellipsis: Paragraph;
  markers: Map<string, Paragraph>;
}

function excerptMarker(ctx: ComposeContext, totalWords: number): Paragraph {
  const text = ` … ${ctx.labels.excerpt(ctx.labels.number(totalWords))}`;
  let marker = ctx.markers.get(text);
  if (!marker) {
    marker = prepareParagraphs([{ text, color: colors.muted }], ctx.metrics)[0] as Paragraph;
    ctx.markers.set(text, marker);
  }
  return marker;
}

/** A short paragraph standing where a section has nothing to show ("—", "No edits"). */
function makePlaceholderItem(ctx: ComposeContext, key: string, spans: Item['spans'], maxLines: number): Item {
  return makeItem(ctx, {
    key,
    role: 'body',
    spans,
    indent: 0,
    struct: 'P',
    weight: 0,
    minLines: 1,
    maxLines,
    spaceBefore: 0.2,
  });
}

function makeItem(
  ctx: ComposeContext,
  init: Omit<Item, 'paragraphs' | 'marker'> & { totalWords?: number; excerpt?: boolean },
): Item {
  const { totalWords, excerpt, ...rest } = init;
  return {
    ...rest,
    paragraphs: prepareParagraphs(init.spans, ctx.metrics, maxCharsPerBlock),
    marker: excerpt ? excerptMarker(ctx, totalWords ?? 0) : ctx.ellipsis,
  };
}

function orDash(text: string | null | undefined, l: ExportLabels): string {
  return text && text.trim() ? text : l.empty;
}

function toolOf(doc: TraceDocument, turn: TraceDocumentTurn): string {
  const c = doc.conversations.find((conv) => conv.id === turn.conversationId);
  if (!c) return '';
  return c.model ? `${c.toolName} (${c.model})` : c.toolName;
}

/** The few changes that say most about the edit: the longest replacements, additions and removals. */
function tellingChanges(
  doc: TraceDocument,
  limit: number,
): { kind: 'added' | 'removed' | 'replaced'; removed: string; added: string }[] {
  const ops = doc.edits?.ops ?? [];
  const changes: {
    kind: 'added' | 'removed' | 'replaced';
    removed: string;
    added: string;
    order: number;
    score: number;
  }[] = [];
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    if (!op || op.op === 'equal') continue;
    const next = ops[i + 1];
    if (op.op === 'delete' && next && next.op === 'insert') {
      changes.push({
        kind: 'replaced',
        removed: op.text,
        added: next.text,
        order: i,
        score: countWords(op.text) + countWords(next.text),
      });
      i++;
    } else if (op.op === 'insert') {
      changes.push({ kind: 'added', removed: '', added: op.text, order: i, score: countWords(op.text) });
    } else {
      changes.push({ kind: 'removed', removed: op.text, added: '', order: i, score: countWords(op.text) });
    }
  }
  return changes
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .sort((a, b) => a.order - b.order);
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max) : flat;
}

function compose(ctx: ComposeContext): { rows: Row[]; footer: Item[] } {
  const { doc, labels: l } = ctx;
  const rows: Row[] = [];
  const c = doc.credential;

  // Header: kicker, title, who and what.
  const kicker = makeItem(ctx, {
    key: 'kicker',
    role: 'kicker',
    spans: [
      { text: l.documentTitle.toUpperCase(), bold: true, color: colors.accent },
      { text: `  ·  ${l.status[doc.status]}  ·  ${l.exportedAt} ${isoDay(doc.exportedAt)}`, color: colors.muted },
    ],
    indent: 0,
    struct: 'P',
    weight: 0,
    minLines: 1,
    maxLines: 1,
    spaceBefore: 0,
  });
  const title = makeItem(ctx, {
    key: 'title',
    role: 'h1',
    spans: [{ text: orDash(doc.title, l), bold: true }],
    indent: 0,
    struct: 'H1',
    weight: 0,
    minLines: 1,
    maxLines: 2,
    spaceBefore: 0.25,
  });
  rows.push({ columns: [{ items: [kicker, title] }], gapBefore: 0 });

  const meta = (key: string, label: string, value: string, maxLines = 1): Item =>
    makeItem(ctx, {
      key,
      role: 'body',
      spans: [{ text: `${label}: `, bold: true, color: colors.muted }, { text: value }],
      indent: 0,
      struct: 'P',
      weight: 0,
      minLines: 1,
      maxLines,
      spaceBefore: 0,
    });
  const who = [doc.teacher.school, doc.teacher.district].filter((s) => s.trim()).join(' · ');
  const tools = doc.tools.map((t) => (t.models.length ? `${t.name} (${t.models.join(', ')})` : t.name)).join(', ');
  const dates = describeCaptureDates(doc);
  rows.push({
    gapBefore: 0.35,
    columns: [
      {
        items: [
          meta('m-teacher', l.teacher, orDash(doc.teacher.name, l)),
          meta('m-school', `${l.school} · ${l.district}`, orDash(who, l), 2),
        ],
      },
      {
        items: [
          meta('m-credential', l.credential, orDash(c.credentialName, l), 2),
          meta('m-competency', l.competency, orDash(c.competencyName, l)),
          meta('m-level', l.level, orDash(c.levelName, l)),
        ],
      },
    ],
  });
  // Full width: the tools and capture dates must not be cut off by a narrow column.
  rows.push({
    gapBefore: 0,
    columns: [
      {
        items: [meta('m-tools', l.aiTools, tools ? `${tools}${dates ? ` · ${l.captured} ${dates}` : ''}` : l.empty, 2)],
      },
    ],
    ruleAfter: true,
  });

  const heading = (key: string, text: string): Item =>
    makeItem(ctx, {
      key,
      role: 'h2',
      spans: [{ text, bold: true, color: colors.accent }],
      indent: 0,
      struct: 'H2',
      weight: 0,
      minLines: 1,
      maxLines: 1,
      spaceBefore: 0,
    });

  // Prompts.
  const prompts = doc.turns.filter((t) => t.role === 'user');
  const promptItems: Item[] = [heading('h-prompts', l.prompts)];
  prompts.forEach((turn, i) => {
    promptItems.push(
      makeItem(ctx, {
        key: `prompt-${i}`,
        role: 'body',
        spans: [{ text: orDash(turn.text, l) }],
        indent: 14,
        deco: { kind: 'label', text: `${i + 1}` },
        struct: 'LI',
        listId: 'prompts',
        weight: 0.8,
        minLines: 2,
        maxLines: maxLinesPerBlock,
        spaceBefore: i === 0 ? 0.2 : 0.25,
        excerpt: true,
        totalWords: countWords(turn.text),
        unit: { group: 'prompt', index: i },
      }),
    );
  });
  if (prompts.length === 0) promptItems.push(makePlaceholderItem(ctx, 'prompt-none', [{ text: l.empty }], 1));
  rows.push({ columns: [{ items: promptItems }], gapBefore: 0.7 });

  // AI outputs | final artifact.
  const outputs = doc.turns.filter((t) => t.role === 'assistant');
  const outputItems: Item[] = [heading('h-outputs', l.aiOutputs)];
  outputs.forEach((turn, i) => {
    const markName = l.marks[turn.mark ?? 'unmarked'];
    const tool = toolOf(doc, turn);
    outputItems.push(
      makeItem(ctx, {
        key: `output-${i}-mark`,
        role: 'body',
        spans: [
          { text: markName, bold: true, color: colors[turn.mark ?? 'unmarked'] },
          { text: `   ${l.aiOutput} ${i + 1}${tool ? ` · ${tool}` : ''}`, color: colors.muted },
        ],
        indent: 3,
        deco: { kind: 'chip', mark: turn.mark ?? 'unmarked' },
        struct: 'P',
        weight: 0,
        minLines: 1,
        maxLines: 1,
        spaceBefore: i === 0 ? 0.3 : 0.5,
        unit: { group: 'output', index: i },
      }),
    );
    if (turn.note.trim()) {
      outputItems.push(
        makeItem(ctx, {
          key: `output-${i}-note`,
          role: 'body',
          spans: [{ text: `${l.teacherNote}: `, bold: true }, { text: turn.note }],
          indent: 0,
          struct: 'P',
          weight: 0.35,
          minLines: 1,
          maxLines: maxLinesPerBlock,
          spaceBefore: 0.15,
          excerpt: true,
          totalWords: countWords(turn.note),
          unit: { group: 'output', index: i },
        }),
      );
    }
    outputItems.push(
      makeItem(ctx, {
        key: `output-${i}-text`,
        role: 'body',
        spans: [{ text: orDash(turn.text, l) }],
        indent: 0,
        struct: 'P',
        weight: 1.4,
        minLines: 2,
        maxLines: maxLinesPerBlock,
        spaceBefore: 0.15,
        excerpt: true,
        totalWords: countWords(turn.text),
        unit: { group: 'output', index: i },
      }),
    );
  });
  if (outputs.length === 0) outputItems.push(makePlaceholderItem(ctx, 'output-none', [{ text: l.empty }], 1));

  const artifactItems: Item[] = [
    heading('h-artifact', l.finalArtifact),
    makeItem(ctx, {
      key: 'artifact',
      role: 'body',
      spans: [{ text: orDash(doc.finalArtifact, l) }],
      indent: 0,
      struct: 'P',
      weight: 1.6,
      minLines: 3,
      maxLines: maxLinesPerBlock,
      spaceBefore: 0.3,
      excerpt: true,
      totalWords: countWords(doc.finalArtifact),
    }),
  ];
  if (doc.artifactSource) artifactItems.push(makeArtifactSourceItem(ctx, doc.artifactSource, l));
  rows.push({ columns: [{ items: outputItems }, { items: artifactItems }], gapBefore: 0.7 });

  // What the teacher changed.
  const editItems: Item[] = [heading('h-edits', l.edits)];
  if (doc.edits) {
    const f = doc.edits.figures;
    editItems.push(
      makeItem(ctx, {
        key: 'edit-figures',
        role: 'body',
        spans: [
          {
            text: l.editFigures({
              kept: l.number(f.wordsKept),
              added: l.number(f.wordsAdded),
              removed: l.number(f.wordsRemoved),
              share: `${Math.round(f.teacherAuthoredShare * 100)}%`,
            }),
          },
        ],
        indent: 52,
        deco: { kind: 'meter', share: f.teacherAuthoredShare },
        struct: 'P',
        weight: 0,
        minLines: 1,
        maxLines: 2,
        spaceBefore: 0.2,
      }),
    );
    tellingChanges(doc, 4).forEach((change, i) => {
      const spans: Span[] =
        change.kind === 'replaced'
          ? [
              { text: `${l.replaced}: `, bold: true, color: colors.revised },
              { text: `“${clip(change.removed, 400)}”`, strike: true, color: colors.removed },
              { text: ` ${l.replacedWith} ` },
              { text: `“${clip(change.added, 400)}”`, color: colors.added },
            ]
          : change.kind === 'added'
            ? [{ text: `${l.added}: `, bold: true, color: colors.added }, { text: `“${clip(change.added, 600)}”` }]
            : [
                { text: `${l.removed}: `, bold: true, color: colors.removed },
                { text: `“${clip(change.removed, 600)}”`, strike: true },
              ];
      editItems.push(
        makeItem(ctx, {
          key: `change-${i}`,
          role: 'body',
          spans,
          indent: 10,
          deco: {
            kind: 'bullet',
            color: change.kind === 'added' ? colors.added : change.kind === 'removed' ? colors.removed : colors.revised,
            actual: change.kind === 'added' ? '+' : change.kind === 'removed' ? '−' : '±',
          },
          struct: 'LI',
          listId: 'changes',
          weight: 0.25,
          minLines: 1,
          maxLines: 2,
          spaceBefore: i === 0 ? 0.25 : 0.1,
        }),
      );
    });
  } else {
    editItems.push(makePlaceholderItem(ctx, 'edit-none', [{ text: l.noEdits, color: colors.muted }], 2));
  }
  rows.push({ columns: [{ items: editItems }], gapBefore: 0.7 });

  // Reflection | checklist.
  const r = doc.reflection;
  const reflectionItems: Item[] = [heading('h-reflection', l.reflection)];
  const reflectionFields: [string, string][] = [
    [l.reflectionFields.learningGoal, r.learningGoal],
    [l.reflectionFields.whatChanged, r.whatChanged],
    [l.reflectionFields.risk, r.risk],
    [l.reflectionFields.benefit, r.benefit],
    [l.reflectionFields.safeguard, r.safeguard],
  ];
  if (doc.implementationNotes.trim()) reflectionFields.push([l.implementationNotes, doc.implementationNotes]);
  if (doc.studentImpact.trim()) reflectionFields.push([l.studentImpact, doc.studentImpact]);
  reflectionFields.forEach(([label, value], i) => {
    reflectionItems.push(
      makeItem(ctx, {
        key: `reflection-${i}`,
        role: 'body',
        spans: [{ text: `${label}: `, bold: true }, { text: orDash(value, l) }],
        indent: 0,
        struct: 'P',
        weight: 0.5,
        minLines: 1,
        maxLines: maxLinesPerBlock,
        spaceBefore: i === 0 ? 0.3 : 0.2,
        excerpt: true,
        totalWords: countWords(value),
      }),
    );
  });

  const checklistItems: Item[] = [heading('h-checklist', l.checklist)];
  const checks: [string, boolean][] = [
    [l.verified.accuracy, doc.verified.accuracy],
    [l.verified.bias, doc.verified.bias],
    [l.verified.alignment, doc.verified.alignment],
    [l.responsibleUse.outputVerified, doc.responsibleUse.outputVerified],
    [l.responsibleUse.noStudentData, doc.responsibleUse.noStudentData],
    [l.responsibleUse.humanReview, doc.responsibleUse.humanReview],
    [l.responsibleUse.aiUseDisclosed, doc.responsibleUse.aiUseDisclosed],
  ];
  checks.forEach(([label, checked], i) => {
    checklistItems.push(
      makeItem(ctx, {
        key: `check-${i}`,
        role: 'body',
        spans: [{ text: label, color: checked ? colors.ink : colors.muted }],
        indent: 13,
        deco: { kind: 'checkbox', checked, actual: checked ? l.checked : l.notChecked },
        struct: 'LI',
        listId: 'checklist',
        weight: 0,
        minLines: 1,
        maxLines: 2,
        spaceBefore: i === 0 ? 0.3 : 0.2,
      }),
    );
  });
  if (doc.readinessNote.trim()) {
    checklistItems.push(
      makeItem(ctx, {
        key: 'readiness',
        role: 'body',
        spans: [{ text: `${l.readinessNote}: `, bold: true }, { text: doc.readinessNote }],
        indent: 0,
        struct: 'P',
        weight: 0.3,
        minLines: 1,
        maxLines: maxLinesPerBlock,
        spaceBefore: 0.4,
        excerpt: true,
        totalWords: countWords(doc.readinessNote),
      }),
    );
  }
  rows.push({ columns: [{ items: reflectionItems }, { items: checklistItems }], gapBefore: 0.7 });

  // Footer: the fingerprint, the date, and where the full text is.
  const footer: Item[] = [];
  if (doc.redaction.applied) {
    footer.push(
      makeItem(ctx, {
        key: 'f-redaction',
        role: 'footer',
        spans: [{ text: l.redacted(doc.redaction.itemCount), color: colors.muted }],
        indent: 0,
        struct: 'P',
        weight: 0,
        minLines: 1,
        maxLines: 2,
        spaceBefore: 0,
      }),
    );
  }
  footer.push(
    makeItem(ctx, {
      key: 'f-fingerprint',
      role: 'footer',
      spans: [
        { text: `${l.fingerprint}: `, bold: true, color: colors.ink },
        { text: ctx.fingerprint, color: colors.ink },
      ],
      indent: 0,
      struct: 'P',
      weight: 0,
      minLines: 1,
      maxLines: 2,
      spaceBefore: 0,
    }),
    makeItem(ctx, {
      key: 'f-note',
      role: 'footer',
      spans: [{ text: l.footerNote(isoDay(doc.exportedAt)), color: colors.muted }],
      indent: 0,
      struct: 'P',
      weight: 0,
      minLines: 1,
      maxLines: 2,
      spaceBefore: 0,
    }),
  );
  return { rows, footer };
}

// -----------------------------------------------------------------------------------------------------------
// Fitting: the largest body size at which everything fits; else 8 pt with texts cut by weight

interface Plan {
  size: number;
  rows: Row[];
  footer: Item[];
  alloc: Map<Item, number>;
  contentWidth: number;
}

function columnWidth(row: Row, contentWidth: number): number {
  return row.columns.length === 1
    ? contentWidth
    : (contentWidth - columnGap * (row.columns.length - 1)) / row.columns.length;
}

function itemHeight(item: Item, lines: number, size: number): number {
  return item.spaceBefore * size + lines * lineHeight(item.role, size);
}

function columnHeight(column: Column, alloc: Map<Item, number>, size: number): number {
  return column.items.reduce((h, item) => h + itemHeight(item, alloc.get(item) ?? 0, size), 0);
}

function rowsHeight(rows: Row[], alloc: Map<Item, number>, size: number): number {
  let h = 0;
  for (const row of rows) {
    h += row.gapBefore * size;
    h += Math.max(...row.columns.map((col) => columnHeight(col, alloc, size)));
    if (row.ruleAfter) h += 0.2 * size;
  }
  return h;
}

function naturalLines(item: Item, size: number, width: number, metrics: FontMetrics): number {
  const cap = item.maxLines;
  const n = countLines(item.paragraphs, roleSize(item.role, size), width - item.indent, cap, metrics);
  return Math.max(1, n);
}

function footerHeight(footer: Item[], contentWidth: number, metrics: FontMetrics): number {
  return (
    footer.reduce(
      (h, item) =>
        h + Math.min(item.maxLines, naturalLines(item, minSize, contentWidth, metrics)) * lineHeight('footer', minSize),
      0,
    ) + 6
  );
}

function fit(
  ctx: ComposeContext,
  composed: { rows: Row[]; footer: Item[] },
  page: { width: number; height: number },
): Plan {
  const { metrics } = ctx;
  const contentWidth = page.width - 2 * margin.side;
  const available = page.height - margin.top - margin.bottom - footerHeight(composed.footer, contentWidth, metrics) - 6;

  const natural = (rows: Row[], size: number): Map<Item, number> => {
    const alloc = new Map<Item, number>();
    for (const row of rows) {
      const width = columnWidth(row, contentWidth);
      for (const col of row.columns)
        for (const item of col.items) alloc.set(item, naturalLines(item, size, width, metrics));
    }
    return alloc;
  };

  for (const size of bodySizes) {
    const alloc = natural(composed.rows, size);
    // Only texts that carry an excerpt marker must fit whole; headers and labels may end with "…".
    const overflowing = [...alloc.entries()].some(([item, n]) => item.weight > 0 && n > item.maxLines);
    for (const [item, n] of alloc) alloc.set(item, Math.min(n, item.maxLines));
    if (!overflowing && rowsHeight(composed.rows, alloc, size) <= available) {
      return { size, rows: composed.rows, footer: composed.footer, alloc, contentWidth };
    }
  }

  // At the smallest size: cut the texts, most from those that have the most lines for their weight.
  const size = minSize;
  let rows = composed.rows;
  const alloc = natural(rows, size);
  const full = new Map(alloc);
  for (const [item, n] of alloc) alloc.set(item, Math.min(n, item.maxLines));
  // 2: each text's own minimum; 1: one line of words plus the marker; 0: a single line.
  let minFloor = 2;

  // A cut text keeps at least one line of its own words beside the marker.
  const markerLines = new Map<Item, number>();
  for (const row of rows) {
    const width = columnWidth(row, contentWidth);
    for (const col of row.columns) {
      for (const item of col.items)
        markerLines.set(item, countLines([item.marker], roleSize(item.role, size), width - item.indent, 4, metrics));
    }
  }
  const minOf = (item: Item) => {
    if (item.weight <= 0) return alloc.get(item) ?? 1;
    const wanted =
      minFloor === 2
        ? Math.max(item.minLines, (markerLines.get(item) ?? 1) + 1)
        : minFloor === 1
          ? (markerLines.get(item) ?? 1) + 1
          : 1;
    return Math.min(full.get(item) ?? 1, wanted);
  };
  const shownUnits = { prompt: countUnits(rows, 'prompt'), output: countUnits(rows, 'output') };

  for (let guard = 0; guard < 20_000; guard++) {
    const total = rowsHeight(rows, alloc, size);
    if (total <= available) break;
    // Items whose shortening shrinks the page: in the tallest column of their row.
    let best: Item | undefined;
    let bestScore = -1;
    for (const row of rows) {
      const heights = row.columns.map((col) => columnHeight(col, alloc, size));
      const tallest = Math.max(...heights);
      row.columns.forEach((col, i) => {
        if ((heights[i] as number) < tallest - 0.01) return;
        for (const item of col.items) {
          const a = alloc.get(item) ?? 0;
          if (item.weight <= 0 || a <= minOf(item)) continue;
          const score = a / item.weight;
          if (score > bestScore) {
            best = item;
            bestScore = score;
          }
        }
      });
    }
    if (best) {
      alloc.set(best, (alloc.get(best) ?? 1) - 1);
      continue;
    }
    // Too many prompts or outputs for even one line each: show the first ones and say how many more.
    const group: 'prompt' | 'output' | undefined =
      shownUnits.prompt > 1 && shownUnits.prompt >= shownUnits.output
        ? 'prompt'
        : shownUnits.output > 1
          ? 'output'
          : shownUnits.prompt > 1
            ? 'prompt'
            : undefined;
    if (group) {
      shownUnits[group]--;
      rows = dropUnit(ctx, rows, group, shownUnits[group], alloc, size, contentWidth);
      continue;
    }
    if (minFloor > 0) {
      minFloor--;
      continue;
    }
    break; // Nothing left to shrink: drawing clips at the footer, so the page stays one page.
  }
  return { size, rows, footer: composed.footer, alloc, contentWidth };
}

function countUnits(rows: Row[], group: 'prompt' | 'output'): number {
  const seen = new Set<number>();
  for (const row of rows)
    for (const col of row.columns)
      for (const item of col.items) if (item.unit?.group === group) seen.add(item.unit.index);
  return seen.size;
}

/** Removes units of a group from index `keep` on and puts a "+ N more" line in their place. */
function dropUnit(
  ctx: ComposeContext,
  rows: Row[],
  group: 'prompt' | 'output',
  keep: number,
  alloc: Map<Item, number>,
  size: number,
  contentWidth: number,
): Row[] {
  const total = ctx.doc.turns.filter((t) => t.role === (group === 'prompt' ? 'user' : 'assistant')).length;
  return rows.map((row) => ({
    ...row,
    columns: row.columns.map((col) => {
      if (!col.items.some((item) => item.unit?.group === group || item.moreOf === group)) return col;
      const items = col.items.filter(
        (item) => !(item.unit?.group === group && item.unit.index >= keep) && item.moreOf !== group,
      );
      const more = makeItem(ctx, {
        key: `more-${group}`,
        role: 'body',
        spans: [{ text: ctx.labels.moreItems(total - keep), color: colors.muted }],
        indent: 0,
        struct: 'P',
        weight: 0,
        minLines: 1,
        maxLines: 1,
        spaceBefore: 0.25,
        moreOf: group,
      });
      const width = columnWidth(row, contentWidth);
      alloc.set(more, Math.min(1, naturalLines(more, size, width, ctx.metrics)));
      return { items: [...items, more] };
    }),
  }));
}

// -----------------------------------------------------------------------------------------------------------
// Drawing, tagged in reading order

const chipColors: Record<string, { fg: string; bg: string }> = {
  accepted: { fg: colors.accepted, bg: colors.acceptedBg },
  rejected: { fg: colors.rejected, bg: colors.rejectedBg },
  revised: { fg: colors.revised, bg: colors.revisedBg },
  unmarked: { fg: colors.unmarked, bg: colors.unmarkedBg },
};

function drawLines(
  pdf: PdfDocument,
  lines: Line[],
  x: number,
  top: number,
  width: number,
  role: Role,
  body: number,
  maxY: number,
): number {
  const size = roleSize(role, body);
  const lh = lineHeight(role, body);
  let y = top;
  for (const line of lines) {
    if (y + lh > maxY + 0.5) break;
    const baseline = y + size * 1.02;
    let cx = x + (line.rtl ? Math.max(0, width - line.width) : 0);
    for (const run of line.runs) {
      if (run.renderText.length > 0) {
        const color = run.style.color ?? colors.ink;
        // Shaped Arabic reuses one glyph for several letters (dots are marks), so copying the glyphs' own
        // Unicode gives wrong letters, and reordered runs would copy backwards: ActualText carries the run's
        // text in reading order for copy, search and screen readers.
        // (Only Arabic: elsewhere the glyphs map back to the right letters, and poppler's text extraction mishandles
        // ActualText on right-to-left runs.)
        const needsActualText = run.face === 'arabic' || run.face === 'arabicBold';
        if (needsActualText) pdf.markContent('Span', { actual: run.logicalText });
        pdf
          .font(run.face)
          .fontSize(size)
          .fillColor(color)
          .text(run.renderText, cx, baseline, { lineBreak: false, baseline: 'alphabetic', features: [] });
        if (needsActualText) pdf.endMarkedContent();
        if (run.style.strike && run.renderText.trim() !== '') {
          // Drawn here: the standalone build's own strike option computes its width as NaN without wrapping.
          const sy = baseline - size * 0.3;
          pdf
            .save()
            .lineWidth(0.6)
            .strokeColor(color)
            .moveTo(cx, sy)
            .lineTo(cx + run.width, sy)
            .stroke()
            .restore();
        }
      }
      cx += run.width;
    }
    y += lh;
  }
  return y;
}

function drawDecoration(
  pdf: PdfDocument,
  deco: Deco,
  x: number,
  top: number,
  body: number,
  firstLine: Line | undefined,
): void {
  const size = body;
  switch (deco.kind) {
    case 'checkbox': {
      const s = 7.2;
      const bx = x;
      const by = top + size * 1.02 - s + 0.4;
      pdf
        .save()
        .lineWidth(0.8)
        .strokeColor(deco.checked ? colors.accent : colors.muted);
      if (deco.checked) {
        pdf.rect(bx, by, s, s).fillAndStroke(colors.accent, colors.accent);
        pdf
          .lineWidth(1.2)
          .strokeColor('#ffffff')
          .moveTo(bx + 1.5, by + s * 0.52)
          .lineTo(bx + s * 0.42, by + s - 1.6)
          .lineTo(bx + s - 1.3, by + 1.5)
          .stroke();
      } else {
        pdf.rect(bx, by, s, s).stroke();
      }
      pdf.restore();
      break;
    }
    case 'bullet': {
      const s = 4;
      pdf
        .save()
        .rect(x + 1, top + size * 1.02 - size * 0.36 - s / 2, s, s)
        .fill(deco.color)
        .restore();
      break;
    }
    default:
      break;
  }
  void firstLine;
}

function drawPlan(pdf: PdfDocument, plan: Plan, ctx: ComposeContext, page: { width: number; height: number }): void {
  const { metrics } = ctx;
  const root = pdf.struct('Document');
  pdf.addStructure(root);
  const body = plan.size;
  const footerTop = page.height - margin.bottom - footerHeight(plan.footer, plan.contentWidth, metrics);
  let y = margin.top;
  const lists = new Map<string, PdfStruct>();

  const artifact = (draw: () => void) => {
    pdf.markContent('Artifact', { type: 'Layout' });
    draw();
    pdf.endMarkedContent();
  };
  // A thin full-width rule between rows and above the footer: layout, not content, for screen readers.
  const drawRule = (ruleY: number) =>
    artifact(() => {
      pdf
        .save()
        .lineWidth(0.6)
        .strokeColor(colors.rule)
        .moveTo(margin.side, ruleY)
        .lineTo(page.width - margin.side, ruleY)
        .stroke()
        .restore();
    });

  const drawItem = (item: Item, x: number, top: number, width: number, parent: PdfStruct, maxY: number): number => {
    const lines = item.alloc ?? 0;
    const size = roleSize(item.role, body);
    const textWidth = width - item.indent;
    const block = layoutBlock(item.paragraphs, size, textWidth, lines, metrics, item.marker);
    const start = top + item.spaceBefore * body;
    let end = start + block.lines.length * lineHeight(item.role, body);
    const lang = item.paragraphs.length === 1 ? item.paragraphs[0]?.lang : undefined;
    const textOptions = lang ? { lang } : {};

    if (item.deco?.kind === 'chip' && block.lines[0]) {
      const first = block.lines[0];
      const chip = first.runs[0];
      const colorsFor = chipColors[item.deco.mark ?? 'unmarked'] as { fg: string; bg: string };
      if (chip) {
        artifact(() => {
          pdf
            .save()
            .roundedRect(x + item.indent - 3, start + size * 0.06, chip.width + 6, size * 1.26, 2)
            .fill(colorsFor.bg)
            .restore();
        });
      }
    }
    if (item.deco?.kind === 'meter') {
      const share = item.deco.share;
      const meterWidth = item.indent - 8;
      const my = start + size * 0.42;
      artifact(() => {
        pdf.save().rect(x, my, meterWidth, 5).fill(colors.unmarkedBg);
        pdf
          .rect(x, my, Math.max(0, Math.min(1, share)) * meterWidth, 5)
          .fill(colors.accent)
          .restore();
      });
    }

    const drawText = () => {
      end = drawLines(pdf, block.lines, x + item.indent, start, textWidth, item.role, body, maxY);
    };

    if (item.struct === 'LI') {
      let list = lists.get(item.listId ?? item.key);
      if (!list) {
        list = pdf.struct('L');
        parent.add(list);
        lists.set(item.listId ?? item.key, list);
      }
      const li = pdf.struct('LI');
      list.add(li);
      const deco = item.deco;
      if (deco?.kind === 'label') {
        li.add(
          pdf.struct('Lbl', () => {
            pdf
              .font('latinBold')
              .fontSize(size)
              .fillColor(colors.muted)
              .text(deco.text, x, start + size * 1.02, { lineBreak: false, baseline: 'alphabetic' });
          }),
        );
      } else if (deco?.kind === 'checkbox' || deco?.kind === 'bullet') {
        li.add(
          pdf.struct('Lbl', { actual: deco.actual }, () => drawDecoration(pdf, deco, x, start, size, block.lines[0])),
        );
      }
      li.add(pdf.struct('LBody', textOptions, drawText));
      li.end();
    } else {
      parent.add(pdf.struct(item.struct, textOptions, drawText));
    }
    return end;
  };

  for (const row of plan.rows) {
    y += row.gapBefore * body;
    const width = columnWidth(row, plan.contentWidth);
    let bottom = y;
    row.columns.forEach((col, i) => {
      const x = margin.side + i * (width + columnGap);
      let cy = y;
      for (const item of col.items) {
        item.alloc = plan.alloc.get(item) ?? 0;
        cy = drawItem(item, x, cy, width, root, footerTop);
      }
      bottom = Math.max(bottom, cy);
    });
    // Lists end with their section.
    for (const list of lists.values()) list.end();
    lists.clear();
    y = bottom;
    if (row.ruleAfter) {
      drawRule(y + 0.1 * body);
      y += 0.2 * body;
    }
  }

  // Footer.
  drawRule(footerTop);
  let fy = footerTop + 5;
  for (const item of plan.footer) {
    item.alloc = Math.min(item.maxLines, naturalLines(item, minSize, plan.contentWidth, metrics));
    fy = drawItem(item, margin.side, fy, plan.contentWidth, root, page.height - 4);
  }
  root.end();
}

// -----------------------------------------------------------------------------------------------------------

/** "Taken from: <page title> — <address>": where the final artifact came from, in one or two small lines. */
function makeArtifactSourceItem(
  ctx: ComposeContext,
  source: NonNullable<TraceDocument['artifactSource']>,
  l: ExportLabels,
): Item {
  const where = [source.title.trim(), source.url].filter(Boolean).join(' — ');
  return makeItem(ctx, {
    key: 'artifact-source',
    role: 'body',
    spans: [
      { text: `${l.artifactSource}: `, bold: true, color: colors.muted },
      { text: where, color: colors.muted },
    ],
    indent: 0,
    struct: 'P',
    weight: 0,
    minLines: 1,
    maxLines: 2,
    spaceBefore: 0.15,
  });
}

function allText(doc: TraceDocument, labels: ExportLabels): string {
  const parts: string[] = [doc.title, doc.teacher.name, doc.teacher.school, doc.teacher.district, labels.documentTitle];
  const c = doc.credential;
  parts.push(c.credentialName ?? '', c.competencyName ?? '', c.levelName ?? '');
  for (const conv of doc.conversations) parts.push(conv.toolName, conv.model ?? '');
  for (const t of doc.turns) parts.push(t.text.slice(0, maxCharsPerBlock), t.note.slice(0, maxCharsPerBlock));
  parts.push(
    doc.finalArtifact.slice(0, maxCharsPerBlock),
    doc.artifactSource?.title ?? '',
    doc.artifactSource?.url ?? '',
    labels.artifactSource,
    doc.readinessNote,
    doc.implementationNotes,
    doc.studentImpact,
  );
  parts.push(...Object.values(doc.reflection));
  for (const op of doc.edits?.ops ?? []) if (op.op !== 'equal') parts.push(op.text.slice(0, 800));
  return parts.join('\n');
}

/**
 * Renders the trace document as one tagged PDF page (US Letter or A4) with the canonical trace JSON attached as
 * trace.json (AFRelationship Data) and its SHA-256 printed in the footer and recorded in the document
 * information (key ShowWorkFingerprint) and the attachment's description. Throws PdfExportError when the
 * document is invalid or the Latin font cannot be loaded.
 */
export async function renderTracePdf(doc: TraceDocument, options: RenderTracePdfOptions): Promise<Uint8Array> {
  const parsed = TraceDocument.safeParse(doc);
  if (!parsed.success)
    throw new PdfExportError('This trace could not be exported: its document is not valid.', parsed.error);
  const trace = parsed.data;
  const labels = labelsFor(trace.language);
  const json = new TextEncoder().encode(serializeTraceDocument(trace));
  const fingerprint = await fingerprintTraceDocument(trace);
  const page = pageSizes[options.paperSize] ?? pageSizes.letter;

  const credential = [trace.credential.credentialName, trace.credential.competencyName, trace.credential.levelName]
    .filter(Boolean)
    .join(' · ');
  const pdf = await openPdfDocument({
    size: page.name,
    margin: 0,
    autoFirstPage: true,
    pdfVersion: '1.7',
    tagged: true,
    subset: 'PDF/UA',
    lang: trace.language,
    displayTitle: true,
    compress: true,
    info: {
      Title: `${labels.documentTitle}: ${trace.title || labels.empty}`,
      Author: trace.teacher.name || 'ShowWork',
      Subject: credential || labels.documentTitle,
      Keywords: ['AI trace', 'ShowWork', ...trace.tools.map((t) => t.name), `sha256:${fingerprint}`].join(', '),
      Creator: `ShowWork ${trace.generator.version}`,
      ShowWorkFingerprint: fingerprint,
      ShowWorkSchema: trace.schema,
    },
  });
  const bytes = pdf.collect();

  const metrics = await loadFaces(pdf, facesNeeded(allText(trace, labels)), options.loadFont);
  const ctx: ComposeContext = {
    doc: trace,
    labels,
    metrics,
    fingerprint,
    ellipsis: prepareParagraphs([{ text: ' …' }], metrics)[0] as Paragraph,
    markers: new Map(),
  };
  const plan = fit(ctx, compose(ctx), page);
  drawPlan(pdf, plan, ctx, page);

  pdf.file(json, {
    name: 'trace.json',
    type: 'application/json',
    relationship: 'Data',
    description: labels.attachmentDescription(fingerprint),
    creationDate: new Date(trace.exportedAt),
    modifiedDate: new Date(trace.exportedAt),
  });
  pdf.end();
  return await bytes;
}
