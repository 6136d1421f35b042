/** What an API key may do: file and read cases; post purchases for points (loyalty:write), read balances (loyalty:read). */
export const API_SCOPES = ["cases:write", "cases:read", "loyalty:write", "loyalty:read"] as const;
export type TApiScope = (typeof API_SCOPES)[number];
