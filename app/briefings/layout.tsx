import type { ReactNode } from "react";
import "./briefing.css";

export default function BriefingsLayout({ children }: { children: ReactNode }) {
  return children;
}
