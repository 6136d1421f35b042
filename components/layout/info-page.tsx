import type { ReactNode } from "react";

/** A titled page of explanatory text. */
export function InfoPage({ title, lead, children }: { title: ReactNode; lead?: string; children?: ReactNode }) {
  return (
    <article className="flex max-w-3xl flex-col gap-4">
      <h1 className="text-3xl font-bold tracking-tight text-brand-800">{title}</h1>
      {lead ? <p className="text-lg text-muted">{lead}</p> : null}
      {children}
    </article>
  );
}
