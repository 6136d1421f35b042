/**
 * Namespaces only the server reads — the emails' copy, and the security events' sentences, which a server
 * component writes — never sent to a page, even one that takes "all".
 */
export const SERVER_NAMESPACES: readonly string[] = ["email", "securityEvents"];
