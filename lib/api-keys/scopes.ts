/**
 * What an API key may do. The loyalty scopes are defined now so keys can be issued for them once the
 * purchases and balance endpoints exist; no endpoint accepts them yet.
 */
export const API_SCOPES = ["cases:write", "cases:read", "loyalty:write", "loyalty:read"] as const;
export type TApiScope = (typeof API_SCOPES)[number];
