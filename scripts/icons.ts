import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const root = resolve(import.meta.dirname, '..');

/** The icon's source, drawn by hand; the PNGs the browsers and stores want are rendered from it at build time. */
export const iconSourcePath = join(root, 'assets', 'icon.svg');

/** Sizes Chrome and Firefox use: toolbar (16, 32), extensions page (48), install dialog and stores (128). */
export const iconSizes = [16, 32, 48, 128] as const;

/** The manifest's `icons` / `action.default_icon` map: size → path inside the extension. */
export const iconManifestPaths: Record<string, string> = Object.fromEntries(
  iconSizes.map((size) => [String(size), `icons/${size}.png`]),
);

/** The icon as a PNG of `size` × `size` pixels. */
export function renderIconPng(size: number, svg = readFileSync(iconSourcePath, 'utf8')): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
}

/**
 * Files for WXT's build:publicAssets hook. WXT's generated files take text only, so the PNGs are rendered
 * into .wxt/icons (git-ignored, rebuilt every build) and copied from there; nothing generated is committed.
 */
export function iconAssetFiles(): { absoluteSrc: string; relativeDest: string }[] {
  const svg = readFileSync(iconSourcePath, 'utf8');
  const dir = join(root, '.wxt', 'icons');
  mkdirSync(dir, { recursive: true });
  return iconSizes.map((size) => {
    const absoluteSrc = join(dir, `${size}.png`);
    writeFileSync(absoluteSrc, renderIconPng(size, svg));
    return { absoluteSrc, relativeDest: iconManifestPaths[String(size)]! };
  });
}
