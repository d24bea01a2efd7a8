/**
 * The font faces the PDF can use and the files that hold them. The files ship inside the extension under
 * /fonts/ (copied from node_modules at build time by scripts/font-assets.ts; never committed) and are read
 * only when the text needs them: the 10 MB CJK face is loaded only for Chinese or Japanese text.
 *
 * TTF only: fontkit's subsetter crashes on WOFF2 (../shared/TOOLCHAIN.md, "Fonts").
 */
export const faceIds = ['latin', 'latinBold', 'arabic', 'arabicBold', 'hebrew', 'hebrewBold', 'cjk', 'emoji'] as const;
export type FaceId = (typeof faceIds)[number];

export const fontFiles: Record<FaceId, string> = {
  latin: 'NotoSans-Regular.ttf',
  latinBold: 'NotoSans-Bold.ttf',
  arabic: 'NotoSansArabic-Regular.ttf',
  arabicBold: 'NotoSansArabic-Bold.ttf',
  hebrew: 'NotoSansHebrew-Regular.ttf',
  hebrewBold: 'NotoSansHebrew-Bold.ttf',
  // One weight only: a bold CJK face would add another 10.5 MB to the extension for headings.
  cjk: 'NotoSansSC-Regular.ttf',
  emoji: 'NotoEmoji-Regular.ttf',
};

/** The folder of the built extension that holds the font files. */
export const fontAssetDir = 'fonts';

/** The extension-relative path of a font file, for browser.runtime.getURL. */
export function fontAssetPath(file: string): string {
  return `/${fontAssetDir}/${file}`;
}

/** Which face holds the bold variant of a face (CJK and emoji have one weight). */
export function boldFaceOf(face: FaceId): FaceId {
  switch (face) {
    case 'latin':
      return 'latinBold';
    case 'arabic':
      return 'arabicBold';
    case 'hebrew':
      return 'hebrewBold';
    default:
      return face;
  }
}

/** The regular variant of a face. */
export function regularFaceOf(face: FaceId): FaceId {
  switch (face) {
    case 'latinBold':
      return 'latin';
    case 'arabicBold':
      return 'arabic';
    case 'hebrewBold':
      return 'hebrew';
    default:
      return face;
  }
}
