import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Both load files from beside themselves (a native addon; browser protocol files): bundling breaks the paths.
  serverExternalPackages: ["better-sqlite3", "playwright-core"],
  // `next dev` opened at 127.0.0.1 does not hydrate without this (STACK.md).
  allowedDevOrigins: ["127.0.0.1"],
  poweredByHeader: false,
};

export default nextConfig;
