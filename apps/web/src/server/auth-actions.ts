"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { type ApiInput, type ApiResponse, type ApiRoute, splitRoute } from "@/lib/api-routes";
import { safeNext } from "@/lib/page-access";
import { GATEWAY_URL } from "./config";
import { clearTokens, refreshToken, saveTokens, userFromToken } from "./session";
import type { Problem } from "@emberlearn/contracts/http/problem";

/** what a form's action answers (components/auth-form.tsx): problems, per field too; or, on recovery, `done` */
export interface FormState {
  error?: string;
  fields?: Record<string, string>;
  done?: string;
}

type SessionRoute = "POST /api/auth/sign-in" | "POST /api/auth/sign-up";

// fetch by hand, not server/api.ts's request(): no session token goes with it, the browser's address does,
// and a refusal becomes the form's state (each field's problem) rather than an error page
async function authCall<R extends SessionRoute>(
  route: R,
  body: ApiInput<R>["body"],
): Promise<{ ok: true; tokens: ApiResponse<R> } | { ok: false; state: FormState }> {
  let res: Response;
  // sign-in and sign-up are limited per IP at the gateway: it must count the browser, not this server
  const forwardedFor = (await headers()).get("x-forwarded-for");
  try {
    const [method, path] = splitRoute(route);
    res = await fetch(GATEWAY_URL + path, {
      method,
      headers: { "content-type": "application/json", ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) },
      body: JSON.stringify(body),
      cache: "no-store",
    });
  } catch {
    return { ok: false, state: { error: "EmberLearn is not reachable right now. Please try again." } };
  }
  const json = await res.json().catch(() => ({}));
  if (!res.ok) {
    // every problem of a field, in words, shown next to it ("must be at least 10 characters long and …")
    const fields: Record<string, string> = {};
    for (const e of (json as Partial<Problem>).errors ?? []) {
      const name = e.field.replace(/^body\./, "");
      fields[name] = fields[name] ? `${fields[name]}, and ${e.message}` : e.message;
    }
    const detail = String(json.detail ?? "Something went wrong. Please try again.").replace(/\bbody\.(\w+)/g, "$1");
    return {
      ok: false,
      state: {
        error:
          res.status === 429
            ? "Too many attempts. Wait a minute and try again."
            : Object.keys(fields).length > 0
              ? "Please check what is marked below."
              : detail,
        fields,
      },
    };
  }
  return { ok: true, tokens: json as ApiResponse<R> };
}

function homeFor(token: string) {
  const user = userFromToken(token);
  return user?.role === "teacher" || user?.role === "admin" ? "/teacher" : "/dashboard";
}

export async function signIn(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await authCall("POST /api/auth/sign-in", {
    email: String(form.get("email") ?? ""),
    password: String(form.get("password") ?? ""),
  });
  if (!result.ok) return result.state;
  await saveTokens(result.tokens);
  // back to the page that sent the visitor here to sign in (the proxy adds ?next=)
  redirect(safeNext(form.get("next")) ?? homeFor(result.tokens.accessToken));
}

export async function signUp(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await authCall("POST /api/auth/sign-up", {
    name: String(form.get("name") ?? ""),
    email: String(form.get("email") ?? ""),
    password: String(form.get("password") ?? ""),
  });
  if (!result.ok) return result.state;
  await saveTokens(result.tokens);
  const home = homeFor(result.tokens.accessToken);
  redirect(home === "/dashboard" ? "/dashboard?welcome=1" : home);
}

export async function signOut(): Promise<void> {
  const token = await refreshToken();
  if (token) {
    const [method, path] = splitRoute("POST /api/auth/sign-out" satisfies ApiRoute);
    const body: ApiInput<"POST /api/auth/sign-out">["body"] = { refreshToken: token };
    await fetch(GATEWAY_URL + path, {
      method,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }).catch(() => undefined);
  }
  await clearTokens();
  redirect("/");
}
