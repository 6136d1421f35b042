import { normaliseCaseNumber } from "@/lib/cases/case-number";

const TRACKING = /^([A-Z]{2}\d{9}[A-Z]{2}|\d{14})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * What the search box asks for: a case number, tracking number or email is looked up exactly (by their
 * b-tree indexes); anything else is a Russian full-text search.
 */
export function classifySearch(q: string): { kind: "number" | "tracking" | "email" | "text"; value: string } {
  const number = normaliseCaseNumber(q);
  if (number) return { kind: "number", value: number };
  const compact = q.replace(/\s+/g, "").toUpperCase();
  if (TRACKING.test(compact)) return { kind: "tracking", value: compact };
  if (EMAIL.test(q)) return { kind: "email", value: q };
  return { kind: "text", value: q };
}
