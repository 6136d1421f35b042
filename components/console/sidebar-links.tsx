"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";

export type TSidebarLink = {
  href: string;
  label: string;
  /** The formatted count, for views; sections have none. */
  count?: string;
  /** The link's name with its count ("Мои: 3"), for views. */
  name?: string;
  /** Shown in the danger colour while the count is not zero (overdue). */
  isUrgent?: boolean;
};

/** What the list shows, whatever its page and page size, the order of the URL's fields, or empty ones. */
function filterKey(search: string): string {
  const params = new URLSearchParams(search);
  return [...params.entries()]
    .filter(([key, value]) => value !== "" && key !== "page" && key !== "pageSize")
    .map(([key, value]) => `${key}=${value}`)
    .sort()
    .join("&");
}

type TMatch = (href: string) => boolean;

/** A view is the current page when the inbox shows exactly its filter; a section when the page is in it. */
function useCurrentMatch(kind: "view" | "section"): TMatch {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  if (kind === "section") {
    return (href) => (href === "/console" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`));
  }
  return (href) => {
    const [path, query = ""] = href.split("?");
    return pathname === path && filterKey(query) === filterKey(search);
  };
}

const linkClass =
  "flex min-h-11 items-center gap-2 rounded-lg px-3 hover:bg-brand-50 aria-[current=page]:bg-brand-100 " +
  "aria-[current=page]:font-semibold lg:min-h-9 lg:px-2 lg:text-sm";

function Links({ links, isCurrent }: { links: TSidebarLink[]; isCurrent?: TMatch }) {
  return (
    <ul className="flex flex-wrap gap-1 lg:flex-col lg:flex-nowrap lg:gap-0.5">
      {links.map((link) => (
        <li key={link.href}>
          <Link
            href={link.href}
            className={linkClass}
            aria-label={link.name}
            aria-current={isCurrent?.(link.href) ? "page" : undefined}
          >
            <span className="min-w-0 flex-1">{link.label}</span>
            {link.count === undefined ? null : (
              <span
                className={`rounded-full px-2 text-xs font-semibold tabular-nums whitespace-nowrap ${
                  link.isUrgent ? "bg-danger text-white" : "bg-brand-50 text-brand-800"
                }`}
              >
                {link.count}
              </span>
            )}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function MarkedLinks({ links, kind }: { links: TSidebarLink[]; kind: "view" | "section" }) {
  return <Links links={links} isCurrent={useCurrentMatch(kind)} />;
}

/**
 * The sidebar's links with the current one marked (aria-current). The layout that renders them never sees the
 * URL's query, so the mark is read here; until then (and without JavaScript) the links show unmarked.
 */
export function SidebarLinks({ links, kind }: { links: TSidebarLink[]; kind: "view" | "section" }) {
  return (
    <Suspense fallback={<Links links={links} />}>
      <MarkedLinks links={links} kind={kind} />
    </Suspense>
  );
}
