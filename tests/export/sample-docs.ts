import type { TraceDocument, TraceDocumentTurn } from '../../lib/model/trace-document';
import { diffWords } from '../../lib/trace/diff';

const at = '2026-11-20T15:04:05.000Z';

function turn(
  i: number,
  role: 'user' | 'assistant',
  text: string,
  mark: TraceDocumentTurn['mark'] = null,
  note = '',
): TraceDocumentTurn {
  return {
    turnId: `turn-${i}`,
    conversationId: 'conv-1',
    ordinal: i,
    role,
    text,
    markdown: text,
    capturedAt: at,
    mark,
    note,
  };
}

/** A trace document as buildTraceDocument makes it, with the parts a test wants to vary. */
export function makeDoc(parts: {
  title?: string;
  language?: string;
  turns?: TraceDocumentTurn[];
  finalArtifact?: string;
  reflection?: Partial<TraceDocument['reflection']>;
  teacherName?: string;
}): TraceDocument {
  const turns = parts.turns ?? [];
  const finalArtifact = parts.finalArtifact ?? '';
  const source = [...turns].reverse().find((t) => t.role === 'assistant');
  const diff = source && finalArtifact.trim() ? diffWords(source.text, finalArtifact) : null;
  return {
    schema: 'showwork.trace/1',
    traceId: 'trace-1',
    title: parts.title ?? 'Fractions warm-up for grade 5',
    status: 'ready',
    language: parts.language ?? 'en',
    teacher: { name: parts.teacherName ?? 'Ana García', school: 'Lincoln Elementary', district: 'Springfield USD' },
    credential: {
      frameworkId: 'district-default',
      frameworkName: 'District AI credentials (default)',
      frameworkVersion: '1.0.0',
      credentialId: 'ai-planning-differentiation',
      credentialName: 'AI for Planning and Differentiation',
      competencyId: 'instructional-application',
      competencyName: 'Instructional application',
      level: 'developing',
      levelName: 'Developing',
    },
    tools: [{ site: 'chatgpt', name: 'ChatGPT', models: ['GPT-5'] }],
    conversations: [
      {
        id: 'conv-1',
        site: 'chatgpt',
        toolName: 'ChatGPT',
        model: 'GPT-5',
        title: 'Fractions',
        url: 'https://chatgpt.com/c/abc',
        firstCapturedAt: at,
        lastCapturedAt: '2026-11-21T09:00:00.000Z',
      },
    ],
    turns,
    finalArtifact,
    edits:
      diff && source
        ? {
            sourceTurnIds: [source.turnId],
            sourceChosenByTeacher: false,
            figures: diff.figures,
            ops: diff.ops,
            timedOut: diff.timedOut,
          }
        : null,
    reflection: {
      learningGoal: 'Students compare fractions with unlike denominators using visual models.',
      whatChanged: 'I cut the jargon, added a number-line task and matched the examples to our curriculum.',
      risk: 'The AI mixed up numerator and denominator in one example.',
      benefit: 'Saved about 30 minutes of planning and gave me three differentiated versions.',
      safeguard: 'I checked every answer key by hand and removed a made-up statistic.',
      ...parts.reflection,
    },
    verified: { accuracy: true, bias: true, alignment: false },
    responsibleUse: { outputVerified: true, noStudentData: true, humanReview: true, aiUseDisclosed: false },
    implementationNotes: '',
    studentImpact: '',
    readinessNote: '',
    createdAt: at,
    updatedAt: at,
    exportedAt: '2026-11-23T10:00:00.000Z',
    generator: { name: 'ShowWork', version: '0.1.0' },
    redaction: { applied: false, itemCount: 0 },
  };
}

export const typicalPrompt =
  'Write a 10-minute warm-up for grade 5 on comparing fractions with unlike denominators. Include three levels of difficulty and an answer key.';

export const typicalOutput = `Warm-up: Comparing Fractions (10 minutes)

Level 1 (support): Use fraction strips to compare 1/2 and 1/3. Which is larger? Explain with a drawing.
Level 2 (core): Compare 3/4 and 5/8 by finding a common denominator. Show your work.
Level 3 (challenge): Order 2/3, 5/6 and 7/12 from least to greatest and justify your reasoning.

Answer key: 1/2 > 1/3; 3/4 = 6/8 > 5/8; 7/12 < 2/3 (8/12) < 5/6 (10/12).

Teacher tip: invite two students to share different strategies, such as benchmarks or common denominators.`;

export const typicalArtifact = `Warm-up: Comparing Fractions (10 minutes)

Level 1: Use fraction strips to compare 1/2 and 1/3. Which is larger? Draw it on a number line.
Level 2: Compare 3/4 and 5/8 by finding a common denominator. Show your work.
Level 3: Order 2/3, 5/6 and 7/12 from least to greatest. Explain how you know.

Answer key: 1/2 > 1/3; 3/4 = 6/8 > 5/8; 7/12 < 8/12 < 10/12.

Share-out: two students explain different strategies (benchmarks, common denominators).`;

export function typicalDoc(): TraceDocument {
  return makeDoc({
    turns: [
      turn(0, 'user', typicalPrompt),
      turn(
        1,
        'assistant',
        typicalOutput,
        'revised',
        'Good levels, but the answer key needed checking and the tip was too long.',
      ),
    ],
    finalArtifact: typicalArtifact,
  });
}

export function shortDoc(): TraceDocument {
  return makeDoc({
    turns: [
      turn(0, 'user', 'Give me an exit ticket on photosynthesis.'),
      turn(1, 'assistant', 'What do plants need to make food?', 'accepted'),
    ],
    finalArtifact: 'What do plants need to make food? Name two things.',
  });
}

export function emptyDoc(): TraceDocument {
  return makeDoc({
    title: '',
    turns: [],
    finalArtifact: '',
    teacherName: '',
    reflection: { learningGoal: '', whatChanged: '', risk: '', benefit: '', safeguard: '' },
  });
}

/** Words of filler prose: realistic lengths without repeating one token. */
export function prose(words: number, seed = 1): string {
  const vocab =
    'the students compare fractions using number lines and area models while the teacher asks questions about equivalent parts of a whole and checks understanding with quick examples before moving on to harder problems'.split(
      ' ',
    );
  const out: string[] = [];
  let x = seed;
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(vocab[x % vocab.length] as string);
    if (i % 17 === 16) out.push('\n');
  }
  return out.join(' ').replace(/ \n /g, '.\n');
}

export function hugeDoc(words = 200_000): TraceDocument {
  const output = prose(words);
  return makeDoc({
    turns: [
      turn(0, 'user', typicalPrompt),
      turn(1, 'assistant', output, 'revised', 'Far too long; I kept the first section.'),
    ],
    finalArtifact: prose(1200, 7),
  });
}

export function manyTurnsDoc(pairs = 40): TraceDocument {
  const turns: TraceDocumentTurn[] = [];
  for (let i = 0; i < pairs; i++) {
    turns.push(turn(i * 2, 'user', `Question ${i + 1}: ${prose(25, i + 3)}`));
    turns.push(
      turn(
        i * 2 + 1,
        'assistant',
        `Answer ${i + 1}: ${prose(120, i + 11)}`,
        i % 3 === 0 ? 'accepted' : i % 3 === 1 ? 'rejected' : 'revised',
        i % 2 ? 'Checked against the textbook.' : '',
      ),
    );
  }
  return makeDoc({ turns, finalArtifact: prose(300, 99) });
}

export function multilingualDoc(kind: 'es' | 'zh' | 'ja' | 'ar' | 'he' | 'emoji' | 'mixed'): TraceDocument {
  const texts: Record<
    typeof kind,
    { prompt: string; output: string; artifact: string; title: string; language: string }
  > = {
    es: {
      title: 'Comprensión lectora: el ciclo del agua',
      language: 'es',
      prompt:
        'Escribe cinco preguntas de comprensión lectora sobre el ciclo del agua para alumnos de cuarto grado, con respuestas.',
      output:
        '1. ¿Qué es la evaporación? El agua se calienta y sube como vapor.\n2. ¿Dónde se forman las nubes? En el cielo, cuando el vapor se enfría.\n3. ¿Qué es la precipitación? Lluvia, nieve o granizo que cae.\n4. ¿Adónde va el agua de lluvia? A ríos, lagos, océanos y al suelo.\n5. ¿Por qué el ciclo nunca termina? Porque el sol sigue calentando el agua.',
      artifact:
        '1. ¿Qué es la evaporación? Explica con tus palabras.\n2. ¿Dónde y cómo se forman las nubes?\n3. Nombra tres tipos de precipitación.\n4. ¿Adónde va el agua de lluvia? Da dos ejemplos.\n5. ¿Por qué el ciclo del agua nunca termina?',
    },
    zh: {
      title: '分数比较练习',
      language: 'zh-CN',
      prompt: '请为五年级学生设计一个关于分数比较的十分钟热身活动，包含三个难度等级和答案。',
      output:
        '热身活动：比较分数（十分钟）\n第一级：用分数条比较二分之一和三分之一，哪个更大？\n第二级：通过通分比较四分之三和八分之五。\n第三级：把三分之二、六分之五和十二分之七从小到大排列，并说明理由。',
      artifact:
        '热身活动：比较分数\n第一级：画出二分之一和三分之一，比较大小。\n第二级：通分后比较四分之三和八分之五。\n第三级：排列三分之二、六分之五、十二分之七。',
    },
    ja: {
      title: '分数の比較ウォームアップ',
      language: 'ja',
      prompt: '小学五年生向けに、分母の異なる分数を比べる十分間のウォームアップを作ってください。',
      output:
        'ウォームアップ：分数をくらべよう\nレベル１：分数ストリップで二分の一と三分の一をくらべましょう。\nレベル２：通分して四分の三と八分の五をくらべましょう。',
      artifact:
        'ウォームアップ：分数をくらべよう\nレベル１：数直線で二分の一と三分の一をくらべる。\nレベル２：通分して四分の三と八分の五をくらべる。',
    },
    ar: {
      title: 'مقارنة الكسور',
      language: 'ar',
      prompt: 'اكتب نشاطا تمهيديا مدته عشر دقائق لطلاب الصف الخامس حول مقارنة الكسور ذات المقامات المختلفة.',
      output:
        'النشاط التمهيدي: مقارنة الكسور\nالمستوى الأول: استخدم شرائط الكسور لمقارنة النصف والثلث.\nالمستوى الثاني: قارن بين 3/4 و 5/8 بإيجاد مقام مشترك.',
      artifact:
        'النشاط التمهيدي: مقارنة الكسور\nالمستوى الأول: ارسم النصف والثلث على خط الأعداد.\nالمستوى الثاني: قارن بين 3/4 و 5/8.',
    },
    he: {
      title: 'השוואת שברים',
      language: 'he',
      prompt: 'כתוב פעילות פתיחה של עשר דקות לכיתה ה׳ על השוואת שברים עם מכנים שונים.',
      output:
        'פעילות פתיחה: השוואת שברים\nרמה 1: השתמשו ברצועות שברים כדי להשוות חצי ושליש.\nרמה 2: השוו בין 3/4 ל־5/8 בעזרת מכנה משותף.',
      artifact: 'פעילות פתיחה: השוואת שברים\nרמה 1: ציירו חצי ושליש על ישר המספרים.\nרמה 2: השוו בין 3/4 ל־5/8.',
    },
    emoji: {
      title: 'Class rules poster 🎉',
      language: 'en',
      prompt: 'Make a friendly class rules poster with emoji 😀 for grade 2.',
      output:
        'Our class rules 🏫\n1. Be kind 💛 and share 🤝\n2. Raise your hand ✋ to talk\n3. Try your best 💪👍🏽 every day\n4. Families 👨‍👩‍👧 are welcome 🇺🇸🇲🇽',
      artifact: 'Our class rules 🏫\n1. Be kind 💛\n2. Raise your hand ✋\n3. Try your best 💪 every day',
    },
    mixed: {
      title: 'Mixed languages: café, Ελληνικά, Русский, 中文, العربية, עברית',
      language: 'en',
      prompt:
        'Translate “welcome” into Greek (καλώς ήρθατε), Russian (добро пожаловать), Chinese (欢迎), Arabic (أهلا وسهلا) and Hebrew (ברוכים הבאים).',
      output:
        'Greek: Καλώς ήρθατε! Russian: Добро пожаловать! Chinese: 欢迎！ Arabic: أهلا وسهلا بكم في الصف 5 Hebrew: ברוכים הבאים לכיתה 5',
      artifact: 'Welcome / Καλώς ήρθατε / Добро пожаловать / 欢迎 / أهلا وسهلا / ברוכים הבאים',
    },
  };
  const t = texts[kind];
  return makeDoc({
    title: t.title,
    language: t.language,
    turns: [
      turn(0, 'user', t.prompt),
      turn(
        1,
        'assistant',
        t.output,
        'revised',
        kind === 'es' ? 'Las preguntas eran demasiado cerradas.' : 'Shortened.',
      ),
    ],
    finalArtifact: t.artifact,
  });
}

export { turn as makeTurn };
