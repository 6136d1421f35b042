// Types of static-security-headers.mjs, which stays JavaScript for next.config.mjs.
export type THeader = { key: string; value: string };

export function staticSecurityHeaders(isProduction: boolean): THeader[];

export function securityHeaderRules(isProduction: boolean): { source: string; headers: THeader[] }[];
