import { describe, expect, test } from 'vitest';
import { exportFileName, slugify } from '../../lib/export/download';
import { renderTraceJson } from '../../lib/export/json';
import { renderTraceMarkdown } from '../../lib/export/markdown';
import { TraceDocument } from '../../lib/model/trace-document';
import { serializeTraceDocument } from '../../lib/trace/fingerprint';
import { emptyDoc, makeDoc, makeTurn, multilingualDoc, typicalDoc } from './sample-docs';

describe('JSON export', () => {
  test('is the canonical trace document and parses back to it', () => {
    const doc = typicalDoc();
    const json = renderTraceJson(doc);
    expect(json).toBe(serializeTraceDocument(doc));
    expect(TraceDocument.parse(JSON.parse(json))).toEqual(doc);
  });
});

describe('Markdown export', () => {
  test('has every section, the full texts quoted, marks and the checklist', () => {
    const md = renderTraceMarkdown(typicalDoc());
    expect(md).toMatch(/^# AI trace: Fractions warm-up for grade 5$/m);
    for (const heading of [
      '## Prompts / AI output',
      '### Prompt 1',
      '### AI output 1: Revised',
      '## What the teacher changed',
      '## Final artifact',
      '## Reflection',
      '## Checklist',
    ]) {
      expect(md).toContain(heading);
    }
    expect(md).toContain('> Level 3 (challenge): Order 2/3, 5/6 and 7/12');
    expect(md).toContain('- [x] Checked the output for accuracy');
    expect(md).toContain('- [ ] AI use disclosed');
  });

  test('captured Markdown cannot break out of its quote; titles are escaped', () => {
    const doc = makeDoc({
      title: '# not a heading *bold*',
      turns: [makeTurn(0, 'assistant', '# Heading\n\n- list\n```js\ncode\n```')],
    });
    const md = renderTraceMarkdown(doc);
    expect(md).toContain('# AI trace: \\# not a heading \\*bold\\*');
    expect(md).toContain('> # Heading\n>\n> - list\n> ```js\n> code\n> ```');
  });

  test('Spanish labels for a Spanish trace; an empty trace still renders', () => {
    expect(renderTraceMarkdown(multilingualDoc('es'))).toContain('## Reflexión');
    expect(renderTraceMarkdown(emptyDoc())).toContain('## Final artifact\n\n—');
  });
});

describe('file names', () => {
  test('ai-trace-<title>-<date>.<ext>, ASCII whatever the script', () => {
    expect(exportFileName(typicalDoc(), 'pdf')).toBe('ai-trace-fractions-warm-up-for-grade-5-2026-11-23.pdf');
    expect(slugify('Comprensión lectora / Ünïcode?')).toBe('comprension-lectora-unicode');
    expect(exportFileName({ title: '分数比较练习', exportedAt: '2026-11-23T10:00:00.000Z' }, 'pdf')).toBe(
      'ai-trace-2026-11-23.pdf',
    );
    expect(slugify('')).toBe('');
    expect(slugify('a'.repeat(200))).toHaveLength(60);
  });
});
