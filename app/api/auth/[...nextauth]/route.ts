import NextAuth from "next-auth";
import type { NextRequest } from "next/server";

import { getAuthOptions } from "@/lib/auth/auth-options";

function handler(request: NextRequest, context: RouteContext<"/api/auth/[...nextauth]">) {
  return NextAuth(request, context, getAuthOptions());
}

export { handler as GET, handler as POST };
