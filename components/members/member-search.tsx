import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Cell, HeaderCell, Row, Table, TableHead } from "@/components/ui/table";
import { getDateFormat } from "@/lib/i18n/date-format";
import { personName } from "@/lib/i18n/person-name";
import { MEMBERS_PAGE_SIZE } from "@/lib/members/schemas";
import type { searchMembers } from "@/lib/members/search-members";

type TResult = Awaited<ReturnType<typeof searchMembers>>;

const linkClass = "inline-flex min-h-11 items-center rounded-lg border border-line px-4 hover:bg-brand-50";

/** A plain GET form: the search lives in the URL, so it can be bookmarked and works without scripts. */
export async function MemberSearchForm({ q }: { q: string }) {
  const t = await getTranslations("members");
  return (
    <form role="search" action="/console/members" className="flex flex-wrap items-end gap-2">
      <div className="flex min-w-64 flex-1 flex-col gap-1">
        <label htmlFor="member-search" className="font-medium">
          {t("search")}
        </label>
        <Input id="member-search" name="q" type="search" defaultValue={q} aria-describedby="member-search-hint" />
        <p id="member-search-hint" className="text-sm text-muted">
          {t("searchHint")}
        </p>
      </div>
      <Button type="submit" className="mb-6">
        {t("find")}
      </Button>
    </form>
  );
}

/** One page of found members, with links to their pages and to the next and previous page. */
export async function MembersTable({ q, result }: { q: string; result: TResult }) {
  const [t, tEnum, tConsole, format] = await Promise.all([
    getTranslations("members"),
    getTranslations("enums"),
    getTranslations("console"),
    getDateFormat(),
  ]);
  if (result.rows.length === 0) return <p className="text-muted">{q ? t("nothingFound") : t("none")}</p>;
  const href = (page: number) => `/console/members?${new URLSearchParams({ ...(q ? { q } : {}), page: String(page) })}`;
  const first = (result.page - 1) * MEMBERS_PAGE_SIZE + 1;
  return (
    <>
      <Table caption={t("tableCaption")}>
        <TableHead>
          <HeaderCell>{t("name")}</HeaderCell>
          <HeaderCell>{t("email")}</HeaderCell>
          <HeaderCell>{t("card")}</HeaderCell>
          <HeaderCell>{t("status")}</HeaderCell>
          <HeaderCell>{t("joined")}</HeaderCell>
        </TableHead>
        <tbody>
          {result.rows.map((member) => (
            <Row key={member.id}>
              <Cell>
                <Link href={`/console/members/${member.id}`} className="font-medium text-brand-700 underline">
                  {personName(member.lastName, member.firstName) || tConsole("noName")}
                </Link>
              </Cell>
              <Cell className="break-all">{member.email}</Cell>
              <Cell className="font-mono whitespace-nowrap">{member.cardNumber}</Cell>
              <Cell>{tEnum(`MemberStatus.${member.status}`)}</Cell>
              <Cell className="whitespace-nowrap">{format.dateTime(member.joinedAt, { dateStyle: "medium" })}</Cell>
            </Row>
          ))}
        </tbody>
      </Table>
      <nav aria-label={t("pages")} className="flex flex-wrap items-center gap-3">
        <p className="text-sm text-muted">
          {t("range", { first, last: first + result.rows.length - 1, total: result.total })}
        </p>
        <div className="ml-auto flex gap-2">
          {result.page > 1 ? (
            <Link className={linkClass} href={href(result.page - 1)} rel="prev">
              {t("previous")}
            </Link>
          ) : null}
          {result.page < result.pageCount ? (
            <Link className={linkClass} href={href(result.page + 1)} rel="next">
              {t("next")}
            </Link>
          ) : null}
        </div>
      </nav>
    </>
  );
}
