"use client";
import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { bffRequest } from "@/lib/client-api";
import type { AuthoredExercise } from "./types";
import { cx } from "@/lib/cx";

// My exercises in every status. A draft (written or generated) is seen by nobody but me until I
// publish it; published goes to my classes only, unless I choose everyone on purpose.

const AUDIENCE = { private: "only me", classes: "my classes", platform: "every student" };
const btn = "rounded-md border border-slate-500 px-2 py-0.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800";

export function MyExercises({ exercises }: { exercises: AuthoredExercise[] }) {
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  async function act(exerciseId: string, change: "publish" | "retire" | "publish-everywhere") {
    setProblem(null);
    const params = { exerciseId };
    try {
      if (change === "retire") await bffRequest("POST /api/exercise/exercises/:exerciseId/retire", { params });
      else
        await bffRequest("POST /api/exercise/exercises/:exerciseId/publish", {
          params,
          body: { platformWide: change === "publish-everywhere" },
        });
      router.refresh();
    } catch (err) {
      setProblem((err as Error).message);
    }
  }
  if (exercises.length === 0) return <p className="text-sm">You have not written or generated any exercise yet.</p>;
  return (
    <div>
      {problem && (
        <p role="alert" className="mb-2 text-red-700 dark:text-red-300">
          {problem}
        </p>
      )}
      <ul className="space-y-2">
        {exercises.map((x) => (
          <li
            key={x.id}
            className={cx(
              "flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-300 bg-white p-2",
              "dark:border-slate-700 dark:bg-slate-900",
            )}
            data-exercise={x.title}
            data-status={x.status}
          >
            <span>
              <strong>{x.title}</strong>{" "}
              <span className="text-sm text-slate-700 dark:text-slate-300">
                {x.module} · {x.difficulty} · {x.origin === "generated" ? "generated, " : ""}
                <span data-testid="exercise-status">{x.status}</span>
                {x.status === "published"
                  ? ` to ${AUDIENCE[x.visibility]}`
                  : x.status === "draft"
                    ? " (students do not see it)"
                    : " (hidden from students)"}
              </span>
            </span>
            <span className="flex flex-wrap gap-2">
              <Link className={btn} href={`/teacher/exercises/${x.id}/preview`}>
                {x.status === "draft" ? "Review" : "Preview"}
              </Link>
              <Link className={btn} href={`/teacher/exercises?edit=${x.id}`}>
                Edit
              </Link>
              {x.status !== "published" && (
                <button type="button" className={btn} onClick={() => act(x.id, "publish")}>
                  Publish to my classes
                </button>
              )}
              {x.status === "published" && x.visibility !== "platform" && (
                <button
                  type="button"
                  className={btn}
                  onClick={() =>
                    confirm("Every student on EmberLearn will see this exercise. Continue?") &&
                    act(x.id, "publish-everywhere")
                  }
                >
                  Publish to everyone
                </button>
              )}
              {x.status !== "retired" && (
                <button type="button" className={btn} onClick={() => act(x.id, "retire")}>
                  Retire
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
