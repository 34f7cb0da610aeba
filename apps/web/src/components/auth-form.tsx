"use client";
import { startTransition, useActionState, useEffect, useRef } from "react";
import Link from "next/link";
import type { FormState } from "@/server/auth-actions";
import { cx } from "@/lib/cx";

interface Field {
  name: string;
  label: string;
  type: string;
  autoComplete: string;
  hint?: string;
}

// The form is sent from onSubmit rather than through <form action>, so React does not reset it:
// after a mistake everything typed is still there, the problem is written next to its field in
// plain words, and focus goes to the first field to fix. Sign-in, sign-up and both recovery pages use it;
// once an action answers `done` (a recovery step worked), the form gives way to that message.
export function AuthForm({
  action,
  fields,
  submit,
  hidden,
}: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  fields: Field[];
  submit: string;
  /** values sent with the form that the user does not type (the reset token) */
  hidden?: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const form = useRef<HTMLFormElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs per action answer; fields is constant
  useEffect(() => {
    const first = fields.find((f) => state.fields?.[f.name]);
    if (first) document.getElementById(first.name)?.focus();
    else if (state.error) document.getElementById("form-problem")?.focus();
  }, [state]);
  if (state.done)
    return (
      <div role="status" className="space-y-3">
        <p className="rounded-md border border-green-400 bg-green-50 p-3 dark:border-green-800 dark:bg-green-950">
          {state.done}
        </p>
        <Link
          href="/sign-in"
          className="inline-block rounded-md bg-orange-700 px-4 py-2 text-white hover:bg-orange-800"
        >
          Go to sign in
        </Link>
      </div>
    );
  return (
    <form
      ref={form}
      className="space-y-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        startTransition(() => formAction(data));
      }}
    >
      {state.error && (
        <p
          id="form-problem"
          tabIndex={-1}
          role="alert"
          className={cx(
            "rounded-md border border-red-300 bg-red-50 p-3 text-red-800",
            "dark:border-red-800 dark:bg-red-950 dark:text-red-200",
          )}
        >
          {state.error}
        </p>
      )}
      {Object.entries(hidden ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {fields.map((f) => {
        const error = state.fields?.[f.name];
        const described = [error && `${f.name}-error`, f.hint && `${f.name}-hint`].filter(Boolean).join(" ");
        return (
          <div key={f.name}>
            <label htmlFor={f.name} className="block text-sm font-medium">
              {f.label}
            </label>
            <input
              id={f.name}
              name={f.name}
              type={f.type}
              autoComplete={f.autoComplete}
              required
              aria-invalid={Boolean(error)}
              aria-describedby={described || undefined}
              className={cx(
                "mt-1 w-full rounded-md border bg-white px-3 py-2 dark:bg-slate-900",
                error ? "border-red-600 dark:border-red-400" : "border-slate-300 dark:border-slate-600",
              )}
            />
            {error && (
              <p
                id={`${f.name}-error`}
                className="mt-1 text-sm text-red-700 dark:text-red-300"
                data-testid="field-error"
              >
                {f.label} {error}.
              </p>
            )}
            {f.hint && (
              <p id={`${f.name}-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                {f.hint}
              </p>
            )}
          </div>
        );
      })}
      <button
        type="submit"
        disabled={pending}
        className={cx(
          "w-full rounded-md bg-orange-700 px-4",
          "py-2 font-medium text-white hover:bg-orange-800 disabled:opacity-60",
        )}
      >
        {pending ? "Please wait…" : submit}
      </button>
    </form>
  );
}
