/** Namespaces only the server reads (the emails' copy): never sent to a page, even one that takes "all". */
export const SERVER_NAMESPACES: readonly string[] = ["email"];
