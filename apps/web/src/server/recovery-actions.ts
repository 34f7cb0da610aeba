"use server";
import type { FormState } from "./auth-actions";
import { GATEWAY_URL } from "./config";

// Account recovery forms: ask for a reset link, and choose a new password with one.

async function post(path: string, body: unknown): Promise<FormState> {
  let res: Response;
  try {
    res = await fetch(`${GATEWAY_URL}/api/auth/${path}`, {
      method: "POST",
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
      ((json.errors ?? []) as { field: string; message: string }[]).map((e) => [
        e.field.replace(/^body\./, ""),
        e.message,
      ]),
    );
    return {
      error:
        res.status === 429
          ? "Too many attempts. Wait a minute and try again."
          : (json.detail ?? "Something went wrong."),
      fields,
    };
  }
  return { done: json.message };
}

export async function requestReset(_prev: FormState, form: FormData): Promise<FormState> {
  return post("password-reset/request", { email: String(form.get("email") ?? "") });
}

export async function completeReset(_prev: FormState, form: FormData): Promise<FormState> {
  const newPassword = String(form.get("newPassword") ?? "");
  if (newPassword !== String(form.get("confirm") ?? ""))
    return { error: "The two passwords are not the same.", fields: { confirm: "must match the new password" } };
  return post("password-reset/complete", { token: String(form.get("token") ?? ""), newPassword });
}
