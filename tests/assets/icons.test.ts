// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { iconManifestPaths, iconSizes, iconSourcePath, renderIconPng } from '../../scripts/icons';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the icon', () => {
  test('the SVG source is small, self-contained and titled', () => {
    const svg = readFileSync(iconSourcePath, 'utf8');
    expect(svg).toContain('viewBox="0 0 128 128"');
    expect(svg).toContain('<title>ShowWork</title>');
    expect(svg).not.toMatch(/href=|<script|<image/); // no external or embedded resources
    expect(svg.length).toBeLessThan(2_000);
  });

  test.each(iconSizes)('renders at %i px', (size) => {
    const png = renderIconPng(size);
    expect(pngSize(png)).toEqual({ width: size, height: size });
    expect(png.length).toBeGreaterThan(100);
  });

  test('the manifest map names every size once', () => {
    expect(iconManifestPaths).toEqual({
      16: 'icons/16.png',
      32: 'icons/32.png',
      48: 'icons/48.png',
      128: 'icons/128.png',
    });
  });
});
