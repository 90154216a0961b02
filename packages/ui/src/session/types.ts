import type { RouterOutputs } from "@cppcc/api";

/** Who is signed in and in which council, as `auth.me` and `auth.login` return it. */
export type Session = NonNullable<RouterOutputs["auth"]["me"]>;
export type SessionAccount = Session["account"];
