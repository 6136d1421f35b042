import { AccessDenied } from "@/components/layout/access-denied";

/** 403 from forbidden() (lib/auth/page-guards.ts) in the console, inside its frame: a role or a member refused. */
export default function ConsoleForbidden() {
  return <AccessDenied area="console" />;
}
