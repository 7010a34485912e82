import type { Metadata } from "next";
import type { ReactNode } from "react";
import "maplibre-gl/dist/maplibre-gl.css";
import { QueryProvider } from "@/components/dashboard/query-provider";
import "./globals.css";

export const metadata: Metadata = {
  title: "Geobrief",
  description: "News articles turned into a cited, printable map of the Türkiye–Syria–Israel theatre.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <QueryProvider>{children}</QueryProvider>
      </body>
    </html>
  );
}
