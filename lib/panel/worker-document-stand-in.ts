// pdfkit's standalone build takes a missing `document` for Node: at load it then calls require('url') to place
// its sRGB colour profile (pdfkit.standalone.js, "ICC_PROFILE_PATH", pdfkit 0.20.2) and the worker fails to
// start ("Cannot find module 'url'", seen 2026-11). All it reads is document.currentScript and document.baseURI,
// so a worker gets a stand-in with those two, before pdfkit loads. Imported first by export-pdf-worker.ts.
const scope = globalThis as unknown as { document?: unknown; location: { href: string } };
scope.document ??= { currentScript: null, baseURI: scope.location.href };

export {};
