"use client";
import { useActionState } from "react";
import Link from "next/link";
import type { RecoveryState } from "@/server/recovery-actions";

interface Field {
  name: string;
  label: string;
  type: string;
  autoComplete: string;
  hint?: string;
}

/** A small form for the recovery pages: fields with their errors, and a success message with a way on. */
export function RecoveryForm({
  action,
  fields,
  submit,
  hidden,
}: {
  action: (prev: RecoveryState, form: FormData) => Promise<RecoveryState>;
  fields: Field[];
  submit: string;
  hidden?: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, {});
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
    <form action={formAction} className="space-y-4" noValidate>
      {state.error && (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {state.error}
        </p>
      )}
      {Object.entries(hidden ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {fields.map((f) => {
        const error = state.fields?.[f.name];
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
              aria-describedby={error ? `${f.name}-error` : f.hint ? `${f.name}-hint` : undefined}
              className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
            />
            {f.hint && !error && (
              <p id={`${f.name}-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                {f.hint}
              </p>
            )}
            {error && (
              <p id={`${f.name}-error`} className="mt-1 text-sm text-red-700 dark:text-red-300">
                {f.label} {error}
              </p>
            )}
          </div>
        );
      })}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-orange-700 px-4 py-2 font-medium text-white hover:bg-orange-800 disabled:opacity-60"
      >
        {pending ? "Please wait…" : submit}
      </button>
    </form>
  );
}
