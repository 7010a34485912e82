import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Both load files from beside themselves (a native addon; browser protocol files): bundling breaks the paths.
  // piscina starts its worker threads from a file beside itself.
  serverExternalPackages: ["better-sqlite3", "playwright-core", "piscina"],
  // `next dev` opened at 127.0.0.1 does not hydrate without this (docs/architecture.md, "Stack notes").
  allowedDevOrigins: ["127.0.0.1"],
  poweredByHeader: false,
  experimental: {
    // With a proxy (proxy.ts) Next keeps a copy of each request body and silently cuts it at this
    // size. Above our largest accepted body (the 10 MB import, app/api/import/route.ts) by more
    // than a read chunk, a cut body is still over our limit and refused with 413, never half-read.
    proxyClientMaxBodySize: "12mb",
  },
};

export default nextConfig;
