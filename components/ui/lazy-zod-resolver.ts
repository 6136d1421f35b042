"use client";

import type { FieldValues, Resolver } from "react-hook-form";

import type * as z from "@/lib/validation/z";

/**
 * react-hook-form's zod resolver, with the schema and zod loaded on demand: the first check runs at the
 * first submit (then on each change), so a page shows and reacts without zod (about 30 KB) in its first
 * load. `preload` starts the download earlier, e.g. when the user first focuses a field. Should the
 * download fail (a lost connection), the values go through unchecked: the server checks them with the same
 * schema and its errors land on the fields.
 */
export function lazyZodResolver<TInput extends FieldValues, TOutput>(
  load: () => Promise<z.ZodType<TOutput, TInput>>,
): { resolver: Resolver<TInput, unknown, TOutput>; preload: () => void } {
  let loaded: Promise<Resolver<TInput, unknown, TOutput>> | undefined;
  const preload = () => {
    loaded ??= Promise.all([load(), import("@hookform/resolvers/zod")]).then(
      ([schema, { zodResolver }]) => zodResolver(schema) as Resolver<TInput, unknown, TOutput>,
    );
    loaded.catch(() => {
      loaded = undefined;
    });
  };
  const resolver: Resolver<TInput, unknown, TOutput> = async (values, context, options) => {
    preload();
    try {
      return await (
        await loaded!
      )(values, context, options);
    } catch {
      return { values: values as unknown as TOutput, errors: {} };
    }
  };
  return { resolver, preload };
}
