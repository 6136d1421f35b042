/** An address's query as a page or route gets it: URLSearchParams, or the searchParams object Next.js passes. */
export type TSearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** The query's fields as a schema reads them: the first value of each; an empty field counts as unset. */
export function searchParamFields(params: TSearchParams): Record<string, string> {
  const entries =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value] as const);
  const fields: Record<string, string> = {};
  for (const [key, value] of entries) if (value !== undefined && value !== "" && !(key in fields)) fields[key] = value;
  return fields;
}
