import { describe, expect, test } from 'vitest';
import { countNonSpace } from '@/lib/content/site-reading-gate';

describe('countNonSpace', () => {
  test('counts short texts exactly', () => {
    expect(countNonSpace('a b\tc\n d\u00a0e  ')).toBe(5);
    expect(countNonSpace('')).toBe(0);
  });

  test('estimates long texts (sampled) within a percent of the exact count', () => {
    const words = ['fractions', 'a', 'denominator', 'of', 'strips', 'ok', 'student', 'Año', '分数'];
    let text = '';
    for (let i = 0; text.length < 200_000; i++) text += words[(i * 7) % words.length] + (i % 11 === 0 ? '\n\n' : ' ');
    let exact = 0;
    for (let i = 0; i < text.length; i++) if (!/[\s\u00a0]/.test(text[i]!)) exact++;
    const estimate = countNonSpace(text);
    expect(Math.abs(estimate - exact) / exact).toBeLessThan(0.01);
  });
});
