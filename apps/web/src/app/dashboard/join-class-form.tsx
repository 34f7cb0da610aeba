"use client";
import { useState } from "react";
import { bffRequest } from "@/lib/client-api";

export function JoinClassForm() {
  const [code, setCode] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <form
      className="flex gap-2"
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          const r = await bffRequest("POST /api/auth/classes/join", { body: { code: code.trim() } });
          setMessage({ ok: true, text: `You joined ${r.class.name}.` });
          setCode("");
        } catch (err) {
          setMessage({ ok: false, text: (err as Error).message });
        }
      }}
    >
      <label htmlFor="join-code" className="sr-only">
        Join code
      </label>
      <input
        id="join-code"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        placeholder="Join code from your teacher"
        required
        className="flex-1 rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
      />
      <button
        type="submit"
        className="rounded-md bg-slate-800 px-3 py-1 text-white dark:bg-slate-200 dark:text-slate-900"
      >
        Join
      </button>
      {message && (
        <p
          role="status"
          className={message.ok ? "text-green-800 dark:text-green-300" : "text-red-700 dark:text-red-300"}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
