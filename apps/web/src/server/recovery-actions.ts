"use server";
import { type ApiInput, type ApiResponse, splitRoute } from "@/lib/api-routes";
import type { FormState } from "./auth-actions";
import { GATEWAY_URL } from "./config";
import type { Problem } from "@emberlearn/contracts/http/problem";

// Account recovery forms: ask for a reset link, and choose a new password with one. By hand, not through
// server/api.ts's request(): no session token goes with them, and a refusal becomes the form's state.

type RecoveryRoute = "POST /api/auth/password-reset/request" | "POST /api/auth/password-reset/complete";

async function post<R extends RecoveryRoute>(route: R, body: ApiInput<R>["body"]): Promise<FormState> {
  let res: Response;
  try {
    const [method, path] = splitRoute(route);
    res = await fetch(GATEWAY_URL + path, {
      method,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      cache: "no-store",
    });
  } catch {
    return { error: "EmberLearn is not reachable right now. Please try again." };
  }
  const json = await res.json().catch(() => ({}));
  if (!res.ok) {
    const fields = Object.fromEntries(
      ((json as Partial<Problem>).errors ?? []).map((e) => [e.field.replace(/^body\./, ""), e.message]),
    );
    return {
      error:
        res.status === 429
          ? "Too many attempts. Wait a minute and try again."
          : (json.detail ?? "Something went wrong."),
      fields,
    };
  }
  return { done: (json as ApiResponse<R>).message };
}

export async function requestReset(_prev: FormState, form: FormData): Promise<FormState> {
  return post("POST /api/auth/password-reset/request", { email: String(form.get("email") ?? "") });
}

export async function completeReset(_prev: FormState, form: FormData): Promise<FormState> {
  const newPassword = String(form.get("newPassword") ?? "");
  if (newPassword !== String(form.get("confirm") ?? ""))
    return { error: "The two passwords are not the same.", fields: { confirm: "must match the new password" } };
  return post("POST /api/auth/password-reset/complete", { token: String(form.get("token") ?? ""), newPassword });
}
