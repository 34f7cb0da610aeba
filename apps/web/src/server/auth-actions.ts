"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { safeNext } from "@/lib/page-access";
import { GATEWAY_URL } from "./config";
import { clearTokens, refreshToken, saveTokens, userFromToken, type Tokens } from "./session";

/** what a form's action answers (components/auth-form.tsx): problems, per field too; or, on recovery, `done` */
export interface FormState {
  error?: string;
  fields?: Record<string, string>;
  done?: string;
}

async function authCall(
  path: string,
  body: unknown,
): Promise<{ ok: true; tokens: Tokens } | { ok: false; state: FormState }> {
  let res: Response;
  // sign-in and sign-up are limited per IP at the gateway: it must count the browser, not this server
  const forwardedFor = (await headers()).get("x-forwarded-for");
  try {
    res = await fetch(`${GATEWAY_URL}/api/auth/${path}`, {
      method: "POST",
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
    for (const e of (json.errors ?? []) as { field: string; message: string }[]) {
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
  return { ok: true, tokens: json as Tokens };
}

function homeFor(token: string) {
  const user = userFromToken(token);
  return user?.role === "teacher" || user?.role === "admin" ? "/teacher" : "/dashboard";
}

export async function signIn(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await authCall("sign-in", {
    email: String(form.get("email") ?? ""),
    password: String(form.get("password") ?? ""),
  });
  if (!result.ok) return result.state;
  await saveTokens(result.tokens);
  // back to the page that sent the visitor here to sign in (the proxy adds ?next=)
  redirect(safeNext(form.get("next")) ?? homeFor(result.tokens.accessToken));
}

export async function signUp(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await authCall("sign-up", {
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
  if (token)
    await fetch(`${GATEWAY_URL}/api/auth/sign-out`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ refreshToken: token }),
    }).catch(() => undefined);
  await clearTokens();
  redirect("/");
}
