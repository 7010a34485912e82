/**
 * Next's request hook (it must live at the project root): gives every page a fresh CSP
 * nonce so only the app's own scripts run, and sets the security headers on every answer.
 * Article text is never HTML, but if markup ever slipped through, this policy would stop
 * it running or loading anything from elsewhere.
 */
import { NextResponse, type NextRequest } from "next/server";

/**
 * Where an online basemap (GEOBRIEF_BASEMAP_STYLE_URL) is fetched from: its style's origin,
 * and GEOBRIEF_BASEMAP_ORIGINS (comma-separated) for tiles, sprites and glyphs served elsewhere.
 * Nothing when unset: the offline basemap needs no other origin.
 */
function basemapOrigins(): string {
  const origins = [process.env.GEOBRIEF_BASEMAP_STYLE_URL, ...(process.env.GEOBRIEF_BASEMAP_ORIGINS ?? "").split(",")].flatMap((url) => {
    try {
      const parsed = new URL(url?.trim() ?? "");
      return parsed.protocol === "https:" || parsed.protocol === "http:" ? [parsed.origin] : [];
    } catch {
      return [];
    }
  });
  return [...new Set(origins)].map((origin) => ` ${origin}`).join("");
}

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const development = process.env.NODE_ENV === "development";
  const basemap = basemapOrigins();
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // React renders style attributes and MapLibre sets element styles: attributes need this.
    "style-src 'self' 'unsafe-inline'",
    // MapLibre's worker is served by the app; it decodes images into blobs.
    "worker-src 'self' blob:",
    `img-src 'self' data: blob:${basemap}`,
    "font-src 'self'",
    `connect-src 'self'${basemap}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  response.headers.set("x-content-type-options", "nosniff");
  response.headers.set("x-frame-options", "DENY");
  response.headers.set("referrer-policy", "no-referrer");
  return response;
}

export const config = {
  // Static build assets carry no user content; everything else (pages, API) gets the headers.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
