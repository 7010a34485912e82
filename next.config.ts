import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // better-sqlite3 loads a native addon from beside itself; bundling it breaks the path.
  serverExternalPackages: ["better-sqlite3"],
  // `next dev` opened at 127.0.0.1 does not hydrate without this (STACK.md).
  allowedDevOrigins: ["127.0.0.1"],
  poweredByHeader: false,
};

export default nextConfig;
