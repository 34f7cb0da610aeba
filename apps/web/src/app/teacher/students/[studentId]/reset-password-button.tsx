"use client";
import { useState } from "react";
import type { ApiResponse } from "@/lib/api-routes";
import { bffRequest } from "@/lib/client-api";
import { cx } from "@/lib/cx";

const RESET = "POST /api/auth/students/:studentId/password-reset";

/** A one-time reset link for a locked-out student, to hand over in person. */
export function ResetPasswordButton({ studentId, name }: { studentId: string; name: string }) {
  const [link, setLink] = useState<ApiResponse<typeof RESET> | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="text-sm">
      <button
        type="button"
        className="rounded-md border border-slate-500 px-3 py-1 hover:bg-white dark:hover:bg-slate-800"
        onClick={async () => {
          setProblem(null);
          try {
            setLink(await bffRequest(RESET, { params: { studentId } }));
          } catch (err) {
            setProblem((err as Error).message);
          }
        }}
      >
        Make a password reset link
      </button>
      <div aria-live="polite">
        {link && (
          <p
            className={cx(
              "mt-2 max-w-xl rounded-md border border-slate-300 bg-white p-2",
              "dark:border-slate-700 dark:bg-slate-900",
            )}
          >
            Give this link to {name}; it works once, until {new Date(link.expiresAt).toLocaleTimeString()}:{" "}
            <a className="break-all underline" href={link.url} data-testid="reset-link">
              {link.url}
            </a>
          </p>
        )}
        {problem && (
          <p role="alert" className="mt-2 text-red-700 dark:text-red-300">
            {problem}
          </p>
        )}
      </div>
    </div>
  );
}
