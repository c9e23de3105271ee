// First-load JS per page route, read from what `next build` writes (so the figures are the same
// on every run of the same build, whatever the machine is doing):
//   · build-manifest.json's rootMainFiles: what every App Router page loads first (the Turbopack
//     runtime, React, React DOM, Next's router);
//   · each page's client reference manifest (server/app/<route>/page_client-reference-manifest.js):
//     the chunks of the root layout, the nested layouts and the page itself. The not-found,
//     forbidden and global-error boundaries are left out: the browser fetches them only when one
//     is shown (scripts/bench-pages.ts checks these sums against the bytes Chromium downloads).
// Each chunk is gzipped as `next start` serves it (zlib's default level).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

/** 1 KB here is 1,000 bytes, as in the figures. */
export const KB = 1000;

const boundarySegment = /\/(not-found|forbidden|unauthorized|global-error)$/;

function readJson(file) {
  return JSON.parse(readFileSync(file, "utf8"));
}

/** The manifest is a script that assigns globalThis.__RSC_MANIFEST[entry]; run it in a sandbox. */
function readClientManifest(file) {
  const context = { globalThis: {} };
  context.globalThis = context;
  vm.runInNewContext(readFileSync(file, "utf8"), context);
  return Object.values(context.__RSC_MANIFEST)[0];
}

/** Sizes of the build's chunks (paths as the manifests write them), each read and gzipped once. */
export function chunkSizer(distDir) {
  const sizes = new Map();
  const sizeOf = (file) => {
    if (!sizes.has(file)) {
      const bytes = readFileSync(path.join(distDir, file));
      sizes.set(file, { raw: bytes.length, gzip: gzipSync(bytes).length });
    }
    return sizes.get(file);
  };
  return { gzip: (file) => sizeOf(file).gzip, raw: (file) => sizeOf(file).raw };
}

/**
 * @param {string} distDir the build folder (NEXT_DIST_DIR or .next)
 * @returns {{ route: string, gzipBytes: number, rawBytes: number, chunks: string[] }[]}
 *   one entry per page route, largest first
 */
export function readRouteBundles(distDir, sizer = chunkSizer(distDir)) {
  const routesFile = path.join(distDir, "app-path-routes-manifest.json");
  if (!existsSync(routesFile)) {
    throw new Error(
      `${routesFile} is missing: run \`next build\` first (with this NEXT_DIST_DIR).`,
    );
  }
  const rootMain = readJson(path.join(distDir, "build-manifest.json")).rootMainFiles;
  const bundles = [];
  for (const [entry, route] of Object.entries(readJson(routesFile))) {
    if (!entry.endsWith("/page") || route.startsWith("/_")) continue;
    const manifestFile = path.join(
      distDir,
      "server",
      "app",
      `${entry}_client-reference-manifest.js`,
    );
    const segments = readClientManifest(manifestFile).entryJSFiles;
    const chunks = new Set(rootMain);
    for (const [segment, files] of Object.entries(segments)) {
      if (!boundarySegment.test(segment)) for (const file of files) chunks.add(file);
    }
    let gzipBytes = 0;
    let rawBytes = 0;
    for (const chunk of chunks) {
      gzipBytes += sizer.gzip(chunk);
      rawBytes += sizer.raw(chunk);
    }
    bundles.push({ route, gzipBytes, rawBytes, chunks: [...chunks] });
  }
  return bundles.sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/** The runtime every App Router page loads first: Turbopack's runtime, React, React DOM, the router. */
export function readRuntimeBytes(distDir) {
  const rootMain = readJson(path.join(distDir, "build-manifest.json")).rootMainFiles;
  return rootMain.reduce(
    (n, file) => n + gzipSync(readFileSync(path.join(distDir, file))).length,
    0,
  );
}

export function kb(bytes) {
  return (bytes / KB).toFixed(1);
}
