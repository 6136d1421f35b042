import type { z } from "zod";

import { ApiError } from "./api-error";

/** Filing bodies are a few kilobytes; anything far larger is not a filing. */
export const MAX_BODY_BYTES = 64 * 1024;

const CATALOGUE_KEY = /^[A-Za-z]+(\.[A-Za-z0-9]+)+$/;

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}

/**
 * Field → catalogue key, the first problem of each field. The forms always send every field, so the
 * schemas' messages for a wrong type do not say "required"; another system may leave a field out, and
 * hears that it is required. A message that is not a catalogue key (zod's own) becomes a generic one.
 */
export function fieldKeysOf(error: z.ZodError, data: unknown): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "body";
    const isMissing = issue.code === "invalid_type" && valueAt(data, issue.path) === undefined;
    keys[field] ??= isMissing
      ? "validation.required"
      : CATALOGUE_KEY.test(issue.message)
        ? issue.message
        : "validation.invalid";
  }
  return keys;
}

/** The JSON body, validated with the form's own schema; 415, 413, 400 or 422 otherwise. */
export async function parseJsonBody<TSchema extends z.ZodType>(
  request: Request,
  schema: TSchema,
): Promise<z.output<TSchema>> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType))
    throw new ApiError(415, "apiKeys.problem.unsupportedMediaType");
  const tooLarge = new ApiError(413, "apiKeys.problem.tooLarge", { values: { kilobytes: MAX_BODY_BYTES / 1024 } });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw tooLarge;
  // A chunked body names no length: measure what arrived.
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw tooLarge;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ApiError(400, "apiKeys.problem.badJson");
  }
  const parsed = await schema.safeParseAsync(data);
  if (!parsed.success)
    throw new ApiError(422, "apiKeys.problem.invalid", { fieldKeys: fieldKeysOf(parsed.error, data) });
  return parsed.data;
}

/** An optional header, validated; 400 naming the header when it is malformed. */
export function parseOptionalHeader<TSchema extends z.ZodType>(
  request: Request,
  name: string,
  schema: TSchema,
): z.output<TSchema> | undefined {
  const value = request.headers.get(name);
  if (value === null) return undefined;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError(400, "apiKeys.problem.badHeader", { values: { header: name } });
  return parsed.data;
}
