import "server-only";

import { getTranslations } from "next-intl/server";
import type { z } from "zod";

import { getCurrentUser } from "@/lib/auth/current-user";
import { AuthError } from "@/lib/auth/errors";
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable";
import { requestLogger } from "@/lib/log/request-logger";
import { recordForbidden } from "@/lib/security/record-forbidden";

import { ActionError } from "./action-error";
import type { TActionResult } from "./action-result";

type TActionConfig<TSchema extends z.ZodType, TActor, TData> = {
  /** For logs and the authorization table. */
  name: string;
  schema: TSchema;
  /** Who may call: requireAbility(...), requireStaff(), requireMember(), or a check of its own. Throws AuthError. */
  authorize: () => Promise<TActor>;
  /** One domain function. */
  run: (input: z.output<TSchema>, actor: TActor) => Promise<TData>;
};

/** An action whose schema accepts nothing can be called without an argument. */
type TActionArgs<TSchema extends z.ZodType> =
  undefined extends z.input<TSchema> ? [input?: z.input<TSchema>] : [input: z.input<TSchema>];

/**
 * The one pipeline of every server action: authorize, parse with the form's own schema, run one domain
 * function, return a typed result with texts in the user's language. Authorization comes first so that a
 * stranger learns nothing, not even what a valid input looks like. Unexpected errors are logged with the
 * request id and shown as a generic message carrying that id.
 */
export function defineAction<TSchema extends z.ZodType, TActor, TData>(
  config: TActionConfig<TSchema, TActor, TData>,
): (...args: TActionArgs<TSchema>) => Promise<TActionResult<TData>> {
  return async (...args) => {
    const [input] = args;
    const t = await getTranslations();
    let actor: TActor;
    try {
      actor = await config.authorize();
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      const code = error.code;
      if (code === "FORBIDDEN") await recordForbidden(await getCurrentUser(), `action:${config.name}`);
      return {
        ok: false,
        code,
        message: t(code === "UNAUTHENTICATED" ? "actions.unauthenticated" : "actions.forbidden"),
      };
    }

    const parsed = config.schema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path.join(".") || "form";
        fieldErrors[field] ??= t.has(issue.message) ? t(issue.message) : t("validation.invalid");
      }
      return { ok: false, code: "INVALID", message: t("actions.invalid"), fieldErrors };
    }

    try {
      return { ok: true, data: await config.run(parsed.data, actor) };
    } catch (error) {
      if (error instanceof ActionError) {
        const message = t(error.messageKey, error.values);
        return {
          ok: false,
          code: error.code,
          message,
          ...(error.field ? { fieldErrors: { [error.field]: message } } : {}),
        };
      }
      const log = await requestLogger();
      if (isDatabaseUnavailable(error)) {
        log.warn({ err: error, action: config.name }, "server action failed: database unavailable");
        return { ok: false, code: "UNAVAILABLE", message: t("actions.unavailable") };
      }
      log.error({ err: error, action: config.name }, "server action failed");
      const requestId = (log.bindings().requestId as string | undefined) ?? "";
      return { ok: false, code: "FAILED", message: t("actions.failed", { requestId }) };
    }
  };
}
