import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// next-auth 4 types NextAuth() as `any` for the App Router; the handler is what it documents.
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
