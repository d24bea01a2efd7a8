import type { Mark } from '../model/trace';

/**
 * Words printed inside exported files (PDF, Markdown, Open Badges narrative). They are chosen by the trace
 * document's `language`, not by whoever renders it, so the same document gives the same file in the side
 * panel and in the background (portal uploads). UI text stays in locales/ and goes through t().
 */
export interface ExportLabels {
  documentTitle: string;
  teacher: string;
  school: string;
  district: string;
  credential: string;
  competency: string;
  level: string;
  framework: string;
  aiTools: string;
  captured: string;
  prompts: string;
  prompt: string;
  aiOutputs: string;
  aiOutput: string;
  marks: Record<Mark | 'unmarked', string>;
  teacherNote: string;
  edits: string;
  editFigures: (f: { kept: string; added: string; removed: string; share: string }) => string;
  noEdits: string;
  mostTellingChanges: string;
  added: string;
  removed: string;
  replaced: string;
  replacedWith: string;
  finalArtifact: string;
  /** Before the page the final artifact was taken from ("Use as final artifact"). */
  artifactSource: string;
  reflection: string;
  reflectionFields: { learningGoal: string; whatChanged: string; risk: string; benefit: string; safeguard: string };
  implementationNotes: string;
  studentImpact: string;
  checklist: string;
  verified: { accuracy: string; bias: string; alignment: string };
  responsibleUse: { outputVerified: string; noStudentData: string; humanReview: string; aiUseDisclosed: string };
  checked: string;
  notChecked: string;
  readinessNote: string;
  empty: string;
  excerpt: (totalWords: string) => string;
  moreItems: (count: number) => string;
  fingerprint: string;
  footerNote: (date: string) => string;
  redacted: (count: number) => string;
  attachmentDescription: (fingerprint: string) => string;
  evidenceGenre: string;
  evidenceDescription: (credential: string) => string;
  status: { draft: string; ready: string };
  exportedAt: string;
  number: (n: number) => string;
  redactionLabels: {
    rosterName: string;
    personName: string;
    email: string;
    phone: string;
    studentId: string;
    address: string;
    dateOfBirth: string;
  };
}

const en: ExportLabels = {
  documentTitle: 'AI trace',
  teacher: 'Teacher',
  school: 'School',
  district: 'District',
  credential: 'Credential',
  competency: 'Competency',
  level: 'Level',
  framework: 'Framework',
  aiTools: 'AI tools',
  captured: 'captured',
  prompts: 'Prompts',
  prompt: 'Prompt',
  aiOutputs: 'AI output',
  aiOutput: 'AI output',
  marks: { accepted: 'Accepted', rejected: 'Rejected', revised: 'Revised', unmarked: 'Not marked' },
  teacherNote: 'Why',
  edits: 'What the teacher changed',
  editFigures: ({ kept, added, removed, share }) =>
    `${share} of the final artifact is teacher-written · ${kept} words kept · ${added} added · ${removed} removed`,
  noEdits: 'No final artifact to compare with the AI output.',
  mostTellingChanges: 'Most telling changes',
  added: 'Added',
  removed: 'Removed',
  replaced: 'Replaced',
  replacedWith: 'with',
  finalArtifact: 'Final artifact',
  artifactSource: 'Taken from',
  reflection: 'Reflection',
  reflectionFields: {
    learningGoal: 'Learning goal',
    whatChanged: 'What I changed and why',
    risk: 'Risk',
    benefit: 'Benefit',
    safeguard: 'Safeguard',
  },
  implementationNotes: 'Classroom implementation',
  studentImpact: 'Student impact',
  checklist: 'Checklist',
  verified: {
    accuracy: 'Checked the output for accuracy',
    bias: 'Checked the output for bias',
    alignment: 'Checked alignment with the learning goal',
  },
  responsibleUse: {
    outputVerified: 'AI output verified',
    noStudentData: 'No student personal data shared with the AI',
    humanReview: 'Professional judgement applied',
    aiUseDisclosed: 'AI use disclosed',
  },
  checked: 'Yes',
  notChecked: 'No',
  readinessNote: 'Note on readiness',
  empty: '—',
  excerpt: (total) => `[cut: the full ${total}-word text is in the attached trace.json]`,
  moreItems: (count) => `+ ${count} more in the attached trace.json`,
  fingerprint: 'SHA-256 of the attached trace.json',
  footerNote: (date) =>
    `Exported ${date} with ShowWork. Excerpts are cut; the complete trace is attached to this PDF as trace.json.`,
  redacted: (count) => `Likely student data redacted in this copy: ${count} item${count === 1 ? '' : 's'}.`,
  attachmentDescription: (fp) => `ShowWork AI trace (showwork.trace/1), SHA-256 ${fp}`,
  evidenceGenre: 'AI trace',
  evidenceDescription: (credential) =>
    `A teacher's record of using generative AI${credential ? ` for ${credential}` : ''}: the prompts, the AI output and how it was judged, the teacher's edits and reflection.`,
  status: { draft: 'Draft', ready: 'Ready' },
  exportedAt: 'Exported',
  number: (n) => n.toLocaleString('en-US'),
  redactionLabels: {
    rosterName: 'Student',
    personName: 'Name',
    email: 'Email',
    phone: 'Phone',
    studentId: 'ID',
    address: 'Address',
    dateOfBirth: 'Date of birth',
  },
};

const es: ExportLabels = {
  documentTitle: 'Traza de IA',
  teacher: 'Docente',
  school: 'Escuela',
  district: 'Distrito',
  credential: 'Credencial',
  competency: 'Competencia',
  level: 'Nivel',
  framework: 'Marco',
  aiTools: 'Herramientas de IA',
  captured: 'capturado',
  prompts: 'Instrucciones',
  prompt: 'Instrucción',
  aiOutputs: 'Respuesta de la IA',
  aiOutput: 'Respuesta de la IA',
  marks: { accepted: 'Aceptada', rejected: 'Rechazada', revised: 'Revisada', unmarked: 'Sin marcar' },
  teacherNote: 'Por qué',
  edits: 'Lo que cambió el docente',
  editFigures: ({ kept, added, removed, share }) =>
    `${share} del producto final lo escribió el docente · ${kept} palabras conservadas · ${added} añadidas · ${removed} eliminadas`,
  noEdits: 'No hay producto final para comparar con la respuesta de la IA.',
  mostTellingChanges: 'Cambios más reveladores',
  added: 'Añadido',
  removed: 'Eliminado',
  replaced: 'Sustituido',
  replacedWith: 'por',
  finalArtifact: 'Producto final',
  artifactSource: 'Tomado de',
  reflection: 'Reflexión',
  reflectionFields: {
    learningGoal: 'Objetivo de aprendizaje',
    whatChanged: 'Qué cambié y por qué',
    risk: 'Riesgo',
    benefit: 'Beneficio',
    safeguard: 'Salvaguarda',
  },
  implementationNotes: 'Aplicación en el aula',
  studentImpact: 'Impacto en el alumnado',
  checklist: 'Lista de comprobación',
  verified: {
    accuracy: 'Comprobé la exactitud de la respuesta',
    bias: 'Comprobé si la respuesta tiene sesgos',
    alignment: 'Comprobé que se ajusta al objetivo de aprendizaje',
  },
  responsibleUse: {
    outputVerified: 'Respuesta de la IA verificada',
    noStudentData: 'No compartí datos personales del alumnado con la IA',
    humanReview: 'Apliqué mi criterio profesional',
    aiUseDisclosed: 'Uso de IA declarado',
  },
  checked: 'Sí',
  notChecked: 'No',
  readinessNote: 'Nota sobre la preparación',
  empty: '—',
  excerpt: (total) => `[recortado: el texto completo (${total} palabras) está en el trace.json adjunto]`,
  moreItems: (count) => `+ ${count} más en el trace.json adjunto`,
  fingerprint: 'SHA-256 del trace.json adjunto',
  footerNote: (date) =>
    `Exportado el ${date} con ShowWork. Los extractos están recortados; la traza completa va adjunta a este PDF como trace.json.`,
  redacted: (count) =>
    `Datos probables del alumnado ocultados en esta copia: ${count} elemento${count === 1 ? '' : 's'}.`,
  attachmentDescription: (fp) => `Traza de IA de ShowWork (showwork.trace/1), SHA-256 ${fp}`,
  evidenceGenre: 'Traza de IA',
  evidenceDescription: (credential) =>
    `Registro docente del uso de IA generativa${credential ? ` para ${credential}` : ''}: las instrucciones, la respuesta de la IA y cómo se valoró, las ediciones y la reflexión del docente.`,
  status: { draft: 'Borrador', ready: 'Lista' },
  exportedAt: 'Exportado',
  number: (n) => n.toLocaleString('es-ES'),
  redactionLabels: {
    rosterName: 'Estudiante',
    personName: 'Nombre',
    email: 'Correo',
    phone: 'Teléfono',
    studentId: 'ID',
    address: 'Dirección',
    dateOfBirth: 'Fecha de nacimiento',
  },
};

/** The export words for a BCP 47 tag: Spanish for es-*, English otherwise (the extension's two locales). */
export function labelsFor(language: string): ExportLabels {
  return language.toLowerCase().startsWith('es') ? es : en;
}

/** YYYY-MM-DD of an ISO instant (UTC), for file names and footers. */
export function isoDay(isoInstant: string): string {
  return isoInstant.slice(0, 10);
}

/** Number of whitespace-separated words. */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n++;
  return n;
}
