import type { TraceDocument } from '../model/trace-document';

const at = '2026-11-01T12:00:00.000Z';
const prompt = 'Write a five-minute exit ticket on photosynthesis for grade 4, with an answer key.';
const output = [
  'Exit ticket: Photosynthesis (5 minutes)',
  '',
  '1. What three things does a plant need to make its food?',
  '2. Where in the plant does photosynthesis happen?',
  '3. Draw a leaf and label where sunlight, water and air go in.',
  '',
  'Answer key: sunlight, water and carbon dioxide; in the leaves; arrows into the leaf.',
].join('\n');
const artifact = [
  'Exit ticket: Photosynthesis (5 minutes)',
  '',
  '1. What three things does a plant need to make its food?',
  '2. Draw a leaf and label where sunlight, water and air go in.',
  '',
  'Answer key: sunlight, water and carbon dioxide; arrows into the leaf.',
].join('\n');

/**
 * A made-up one-page trace the export workers lay out and scan once (their rehearsal) soon after the side panel
 * shows a trace: the first layout in a fresh worker is several times slower than the next (fontkit and pdfkit's
 * code compiling, ~0.6–1.3 s in the fastest-path e2e, 2026-11), and a teacher who marks a trace ready and exports
 * within seconds of a capture must not wait for it. Latin text in regular and bold, every section the editor
 * fills, a word diff: the paths a real trace takes. No real person's data; nothing of it is ever shown or saved.
 */
export function warmUpDocument(): TraceDocument {
  return {
    schema: 'showwork.trace/1',
    traceId: 'warm-up',
    title: 'Photosynthesis exit ticket',
    status: 'ready',
    language: 'en',
    teacher: { name: 'Sample Teacher', school: 'Sample School', district: 'Sample District' },
    credential: {
      frameworkId: 'district-default',
      frameworkName: 'District AI credentials (default)',
      frameworkVersion: '1.0.0',
      credentialId: 'ai-planning-differentiation',
      credentialName: 'AI for Planning and Differentiation',
      competencyId: 'instructional-application',
      competencyName: 'Instructional application',
      level: 'beginner',
      levelName: 'Beginner',
    },
    tools: [{ site: 'chatgpt', name: 'ChatGPT', models: [] }],
    conversations: [
      {
        id: 'warm-up-conversation',
        site: 'chatgpt',
        toolName: 'ChatGPT',
        model: null,
        title: 'Photosynthesis exit ticket',
        url: 'https://chatgpt.com/c/warm-up',
        firstCapturedAt: at,
        lastCapturedAt: at,
      },
    ],
    turns: [
      {
        turnId: 'warm-up-0',
        conversationId: 'warm-up-conversation',
        ordinal: 0,
        role: 'user',
        text: prompt,
        markdown: prompt,
        capturedAt: at,
        mark: null,
        note: '',
      },
      {
        turnId: 'warm-up-1',
        conversationId: 'warm-up-conversation',
        ordinal: 1,
        role: 'assistant',
        text: output,
        markdown: output,
        capturedAt: at,
        mark: 'revised',
        note: 'One question too many for five minutes.',
      },
    ],
    finalArtifact: artifact,
    edits: {
      sourceTurnIds: ['warm-up-1'],
      sourceChosenByTeacher: false,
      figures: { wordsKept: 45, wordsAdded: 0, wordsRemoved: 12, teacherAuthoredShare: 0 },
      ops: [
        { op: 'equal', text: output.slice(0, output.indexOf('2. Where')) },
        { op: 'delete', text: '2. Where in the plant does photosynthesis happen?\n3.' },
        { op: 'insert', text: '2.' },
        {
          op: 'equal',
          text: ' Draw a leaf and label where sunlight, water and air go in.\n\nAnswer key: sunlight, water',
        },
        { op: 'equal', text: ' and carbon dioxide; ' },
        { op: 'delete', text: 'in the leaves; ' },
        { op: 'equal', text: 'arrows into the leaf.' },
      ],
      timedOut: false,
    },
    reflection: {
      learningGoal: 'Students name what a plant needs to make its food.',
      whatChanged: 'I cut a question so the ticket fits in five minutes.',
      risk: 'The answer key could be wrong.',
      benefit: 'It saved time writing the questions.',
      safeguard: 'I checked every answer by hand.',
    },
    verified: { accuracy: true, bias: true, alignment: true },
    responsibleUse: { outputVerified: true, noStudentData: true, humanReview: true, aiUseDisclosed: true },
    implementationNotes: '',
    studentImpact: '',
    readinessNote: '',
    createdAt: at,
    updatedAt: at,
    exportedAt: at,
    generator: { name: 'ShowWork', version: '0.2.0' },
    redaction: { applied: false, itemCount: 0 },
  };
}
