import { describe, expect, test } from 'vitest';
import { findStudentData, redactTraceDocument } from '../../lib/redaction/apply';
import { replaceInUrl, urlAsText } from '../../lib/redaction/url-text';
import { makeDoc, makeTurn } from '../export/sample-docs';

describe('addresses are scanned as the text they encode', () => {
  test('path segments and query parameters become lines the label rules read', () => {
    expect(urlAsText('https://lms.example.org/students/ana-ruiz/notes?sid=8842731&view=full#dob-2015')).toBe(
      'students\nana ruiz\nnotes\nsid: 8842731\nview: full\ndob 2015',
    );
  });

  test('an address that is not a URL is scanned decoded', () => {
    expect(urlAsText('notes%20for%20Ana')).toBe('notes for Ana');
  });

  test('an address with nothing to replace stays byte for byte', () => {
    const url = 'https://example.org/a%20b?x=1+2';
    expect(replaceInUrl(url, (t) => t)).toBe(url);
  });

  test('a name and an ID in the query string of the artifact source are redacted; the title too', () => {
    const doc = makeDoc({
      turns: [makeTurn(0, 'user', 'Write IEP goal ideas for my student Bruno Castell (ID 7730215).')],
    });
    doc.artifactSource = {
      title: 'Bruno Castell – reading goals – Google Docs',
      url: 'https://docs.example.com/d/xyz/edit?kid=bruno+castell&sid=7730215',
      capturedAt: '2026-11-30T10:00:00.000Z',
    };
    const redacted = redactTraceDocument(doc, findStudentData(doc, []), new Set());
    expect(redacted.artifactSource!.title).toBe('[Student 1] – reading goals – Google Docs');
    expect(redacted.artifactSource!.url).toBe('https://docs.example.com/d/xyz/edit?kid=[Student 1]&sid=[Student ID 1]');
    // The stored document is not changed.
    expect(doc.artifactSource.url).toContain('bruno+castell');
  });

  test('an ID only the address holds is found there (a "sid" parameter)', () => {
    const doc = makeDoc({ turns: [makeTurn(0, 'user', 'Summarise this reading log.')] });
    doc.artifactSource = {
      title: 'Reading log',
      url: 'https://sis.example.net/record?sid=5561092&tab=log',
      capturedAt: '2026-11-30T10:00:00.000Z',
    };
    const redacted = redactTraceDocument(doc, findStudentData(doc, []), new Set());
    expect(redacted.artifactSource!.url).toBe('https://sis.example.net/record?sid=[Student ID 1]&tab=log');
  });

  test('an ordinary source page is left exactly as it was', () => {
    const doc = makeDoc({ turns: [makeTurn(0, 'user', 'Plan a lesson on equivalent fractions (1/2 = 2/4).')] });
    doc.artifactSource = {
      title: '5th Grade Fractions Lesson Plan – Google Docs',
      url: 'https://docs.google.com/document/d/1AbC-dEf_123/edit?usp=sharing&tab=t.0',
      capturedAt: '2026-11-30T10:00:00.000Z',
    };
    const candidates = findStudentData(doc, []);
    expect(candidates).toEqual([]);
    expect(redactTraceDocument(doc, candidates, new Set()).artifactSource).toEqual(doc.artifactSource);
  });
});
