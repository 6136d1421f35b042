import { AccessDenied } from "@/components/layout/access-denied";

/** 403 from forbidden() (lib/auth/page-guards.ts) outside the console: staff on a member's page. */
export default function Forbidden() {
  return <AccessDenied area="site" />;
}
