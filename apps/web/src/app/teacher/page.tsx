import Link from "next/link";
import { redirect } from "next/navigation";
import { type ApiError, request } from "@/server/api";
import { currentUser } from "@/server/session";
import type { ClassInfo } from "@/server/types";
import { EmptyState, ErrorState } from "@/components/ui/states";
import { CreateClassForm } from "./create-class-form";

export const metadata = { title: "Classes" };

export default async function TeacherHome() {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  if (user.role === "student") redirect("/dashboard");
  let classes: ClassInfo[];
  try {
    ({ classes } = await request("GET /api/auth/classes"));
  } catch (err) {
    return <ErrorState title="Your classes could not be loaded" message={(err as ApiError).message} />;
  }
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Your classes</h1>
      {classes.length === 0 ? (
        <EmptyState message="You have no classes yet. Create one and share its join code with your students." />
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {classes.map((c) => (
            <li
              key={c.id}
              className="rounded-md border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
            >
              <Link
                href={`/teacher/classes/${c.id}`}
                className="text-lg font-semibold underline-offset-2 hover:underline"
              >
                {c.name}
              </Link>
              <p className="mt-1 text-sm">
                Join code:{" "}
                <code
                  className="rounded bg-slate-100 px-1 font-mono text-base dark:bg-slate-800"
                  data-testid="join-code"
                >
                  {c.joinCode}
                </code>
              </p>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {c.students.length} student{c.students.length === 1 ? "" : "s"}
              </p>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="new-class" className="max-w-md">
        <h2 id="new-class" className="mb-2 text-lg font-semibold">
          Create a class
        </h2>
        <CreateClassForm />
      </section>
    </div>
  );
}
