"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { bffRequest } from "@/lib/client-api";

export function CreateClassForm() {
  const [name, setName] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const router = useRouter();
  return (
    <form
      className="flex gap-2"
      onSubmit={async (e) => {
        e.preventDefault();
        setProblem(null);
        try {
          await bffRequest("POST /api/auth/classes", { body: { name } });
          setName("");
          router.refresh();
        } catch (err) {
          setProblem((err as Error).message);
        }
      }}
    >
      <label htmlFor="class-name" className="sr-only">
        Class name
      </label>
      <input
        id="class-name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        placeholder="e.g. Year 9 — Python"
        className="flex-1 rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
      />
      <button type="submit" className="rounded-md bg-orange-700 px-3 py-1 text-white hover:bg-orange-800">
        Create
      </button>
      {problem && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {problem}
        </p>
      )}
    </form>
  );
}
