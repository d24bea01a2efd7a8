import { describe, expect, test } from 'vitest';
import { isStatisticsLine } from '../../../lib/adapters/structural/statistics-line';
import { smallPageReader } from './small-page';

/**
 * What a tool prints under each answer about how it was made (set 8's Cohere playground and Jan): a statistics line
 * of measures ("112 words · 1.9 s · 163 tokens") or a named rate ("Token Speed: 23.8 t/s") beside the answer's
 * buttons. Small pages written here, with counter-cases.
 */

const { turnsOf } = smallPageReader(new URL('https://playground.example.test/chat'));

const prompt = (text: string) => `<div class="msg"><p class="t">${text}</p><button>Edit</button></div>`;
const answer = (body: string, footer: string) =>
  `<div class="msg"><div class="body">${body}</div><div class="bar"><button>Copy</button><button>Regenerate</button>${footer}</div></div>`;
const page = (rows: string) => `<main><div class="log">${rows}</div><textarea aria-label="Message"></textarea></main>`;

describe('a statistics line under each answer is the tool’s', () => {
  const chat = (first: string, second: string) =>
    page(
      prompt('Rewrite my class newsletter so it is friendlier.') +
        answer('<p>Here is a friendlier version.</p><p>Dear families, we had a great week.</p>', first) +
        prompt('Now give me three subject lines.') +
        answer('<ol><li>Our week in Room 12</li><li>News from Room 12</li></ol>', second),
    );

  test('measures joined by dots, and a named rate, are left out, as they are and redesigned', () => {
    for (const redesigned of [false, true]) {
      const turns = turnsOf(
        chat('<span>112 words · 1.9 s · 163 tokens</span>', '<span>Token Speed: 23.8 t/s</span>'),
        redesigned,
      );
      expect(turns[1]!.text).toBe('Here is a friendlier version.\n\nDear families, we had a great week.');
      expect(turns[3]!.text).toBe('1. Our week in Room 12\n2. News from Room 12');
    }
  });

  test('counter-case: an answer ending with a paragraph of its own measures keeps it', () => {
    const turns = turnsOf(
      page(
        prompt('How long is the walk to the museum and back?') +
          answer('<p>The trip adds up to:</p><p>4 km · 3 stops</p>', '') +
          prompt('And by bus?') +
          answer('<p>By bus it is shorter:</p><p>6 km · 2 stops</p>', ''),
      ),
    );
    expect(turns[1]!.text).toContain('4 km · 3 stops');
    expect(turns[3]!.text).toContain('6 km · 2 stops');
  });

  test('a statistics line is measures only; words around numbers are a sentence', () => {
    expect(isStatisticsLine('112 words · 1.9 s · 163 tokens')).toBe(true);
    expect(isStatisticsLine('820 ms | 12 tok/s')).toBe(true);
    expect(isStatisticsLine('Token Speed: 23.8 t/s')).toBe(true);
    expect(isStatisticsLine('Total: 25 pupils in 3 groups')).toBe(false);
    expect(isStatisticsLine('Mean: 12.5')).toBe(false);
    expect(isStatisticsLine('3 apples and 4 pears')).toBe(false);
    expect(isStatisticsLine('Lupe · Asistente IA')).toBe(false);
  });
});
