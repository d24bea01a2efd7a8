import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fontAssetDir, fontFiles } from '../lib/export/fonts';

const nodeModules = resolve(import.meta.dirname, '..', 'node_modules');

/**
 * Where each PDF font file comes from (npm packages with static TTFs, SIL Open Font License 1.1).
 * The build copies them into the extension; they are never committed.
 */
const fontSources: Record<string, { file: string; license: string }> = {
  [fontFiles.latin]: {
    file: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
    license: '@expo-google-fonts/noto-sans/LICENSE_FONT',
  },
  [fontFiles.latinBold]: {
    file: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
    license: '@expo-google-fonts/noto-sans/LICENSE_FONT',
  },
  [fontFiles.arabic]: {
    file: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
    license: '@expo-google-fonts/noto-sans-arabic/LICENSE_FONT',
  },
  [fontFiles.arabicBold]: {
    file: '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
    license: '@expo-google-fonts/noto-sans-arabic/LICENSE_FONT',
  },
  [fontFiles.hebrew]: {
    file: '@embedpdf/fonts-hebrew/fonts/NotoSansHebrew-Regular.ttf',
    license: '@embedpdf/fonts-hebrew/LICENSE',
  },
  [fontFiles.hebrewBold]: {
    file: '@embedpdf/fonts-hebrew/fonts/NotoSansHebrew-Bold.ttf',
    license: '@embedpdf/fonts-hebrew/LICENSE',
  },
  [fontFiles.cjk]: {
    file: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    license: '@expo-google-fonts/noto-sans-sc/LICENSE_FONT',
  },
  [fontFiles.emoji]: {
    file: '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
    license: '@expo-google-fonts/noto-emoji/LICENSE_FONT',
  },
};

/** Absolute path of a PDF font file in node_modules (tests, benchmark, build). */
export function nodeFontPath(file: string): string {
  const source = fontSources[file];
  if (!source) throw new Error(`Unknown PDF font file ${file}`);
  return join(nodeModules, source.file);
}

/** The font file's bytes from node_modules: the `loadFont` that tests and the benchmark give renderTracePdf. */
export async function loadFontFromNodeModules(file: string): Promise<Uint8Array> {
  return new Uint8Array(readFileSync(nodeFontPath(file)));
}

/**
 * Files for WXT's build:publicAssets hook: every PDF font under /fonts/, each with its license text beside it
 * (the OFL asks that the license travel with the fonts).
 */
export function fontAssetFiles(): { absoluteSrc: string; relativeDest: string }[] {
  const files: { absoluteSrc: string; relativeDest: string }[] = [];
  const licenses = new Set<string>();
  for (const [dest, source] of Object.entries(fontSources)) {
    files.push({ absoluteSrc: join(nodeModules, source.file), relativeDest: `${fontAssetDir}/${dest}` });
    licenses.add(source.license);
  }
  for (const license of licenses) {
    const name = license.split('/').slice(0, -1).join('-').replace(/^@/, '');
    files.push({ absoluteSrc: join(nodeModules, license), relativeDest: `${fontAssetDir}/LICENSE-${name}.txt` });
  }
  // A missing package fails the build loudly rather than shipping an extension whose PDFs cannot render.
  for (const { absoluteSrc } of files) {
    if (!existsSync(absoluteSrc)) throw new Error(`PDF font asset missing: ${absoluteSrc} (run npm ci)`);
  }
  return files;
}
