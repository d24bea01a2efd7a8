import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { chatSiteMatches } from './lib/adapters/site-hosts';
import { asciiOnlyOutput } from './scripts/ascii-only-output';
import { preloadLazyEntryChunks } from './scripts/preload-lazy-entry-chunks';
import { mergeLocaleFragments } from './scripts/merge-locales';
import { fontAssetFiles } from './scripts/font-assets';
import { iconAssetFiles, iconManifestPaths } from './scripts/icons';
import { groupPanelDataChunk } from './scripts/panel-data-chunk';

// See README.md "Architecture" and ../shared/DESIGN.md.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Auto-imports once dragged the database module into a content script (TOOLCHAIN.md trap 2): import explicitly.
  imports: false,
  manifestVersion: 3,
  vite: () => ({
    // SHOWWORK_SOURCEMAP=1 writes hidden source maps so scripts/bundle-sizes.mjs can say which module holds which
    // bytes of the 60 KB content script; the minified code is the same either way.
    build: { sourcemap: process.env.SHOWWORK_SOURCEMAP ? 'hidden' : false },
    // Chromium rejects a content script containing U+FFFF, which Vite 8's minifier writes for Dexie (trap 1).
    plugins: [
      asciiOnlyOutput(),
      // A Capture click opens the side panel straight onto the trace editor: fetch its chunks with the entry's.
      preloadLazyEntryChunks('sidepanel/index.html', ['components/trace-editor/TraceEditor.tsx']),
    ],
  }),
  hooks: {
    // webextension-polyfill for the background and extension pages (lib/platform/extension-browser.ts: the browser's
    // own `browser` where it has one, the polyfill otherwise), but not for the content script: MV3 Chrome and Firefox already return promises there, and the polyfill
    // would spend ~12 KB of its 60 KB budget. The module form can't exclude one entrypoint, so the alias is here.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (entrypoints.some((entrypoint) => entrypoint.type === 'content-script')) return;
      // The side panel's shared data modules in one chunk, not eleven files to fetch as it starts.
      if (entrypoints.some((entrypoint) => entrypoint.type === 'sidepanel')) groupPanelDataChunk(viteConfig);
      viteConfig.resolve ??= {};
      const alias = {
        find: 'wxt/browser',
        replacement: resolve(import.meta.dirname, 'lib/platform/extension-browser.ts'),
      };
      const existing = viteConfig.resolve.alias;
      viteConfig.resolve.alias = Array.isArray(existing)
        ? [alias, ...existing]
        : [
            alias,
            ...Object.entries(existing ?? {}).map(([find, replacement]) => ({
              find,
              replacement: String(replacement),
            })),
          ];
    },
    'build:publicAssets': (_wxt, files) => {
      files.push(...mergeLocaleFragments());
      files.push(...fontAssetFiles());
      files.push(...iconAssetFiles());
    },
    // Firefox's sidebar gets the same icon, whichever part of the config declares `sidebar_action`.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.sidebar_action) manifest.sidebar_action.default_icon ??= iconManifestPaths;
    },
  },
  manifest: ({ browser }) => {
    const isFirefox = browser === 'firefox';
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      permissions: [
        'storage',
        'unlimitedStorage',
        'contextMenus',
        'activeTab',
        'scripting',
        'alarms',
        ...(isFirefox ? [] : ['sidePanel']),
      ],
      // Only the AI chat sites: the Capture button runs there, and open tabs get the new content script on update.
      host_permissions: chatSiteMatches,
      // Portals that don't answer CORS (Canvas and its upload host) are asked for at runtime, from a click.
      optional_host_permissions: ['https://*/*'],
      icons: iconManifestPaths,
      action: { default_title: '__MSG_actionTitle__', default_icon: iconManifestPaths },
      commands: {
        'capture-trace': {
          suggested_key: { default: 'Alt+Shift+T' },
          description: '__MSG_commandCapture__',
        },
      },
      storage: { managed_schema: 'managed-schema.json' },
      ...(isFirefox
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'showwork@showwork.invalid',
                strict_min_version: '142.0',
                data_collection_permissions: { required: ['none'] },
              },
            },
          }
        : {}),
    };
  },
});
