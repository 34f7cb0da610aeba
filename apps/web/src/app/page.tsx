import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser } from "@/server/session";
import { cx } from "@/lib/cx";

export default async function Home() {
  const user = await currentUser();
  if (user) redirect(user.role === "student" ? "/dashboard" : "/teacher");
  return (
    <section className="py-10">
      <h1 className="text-4xl font-bold">Learn Python by writing real code</h1>
      <p className="mt-4 max-w-2xl text-lg text-slate-700 dark:text-slate-300">
        Read a short idea, try it in the editor, run it, and get help from tutors that explain, review and debug with
        you — without ever handing you the answer. Your mastery grows module by module, and your teacher can see where
        you need a hand.
      </p>
      <div className="mt-8 flex gap-3">
        <Link href="/sign-up" className="rounded-md bg-orange-700 px-5 py-2 font-medium text-white hover:bg-orange-800">
          Start learning
        </Link>
        <Link
          href="/sign-in"
          className={cx(
            "rounded-md border border-slate-300 px-5 py-2 font-medium hover:bg-slate-100",
            "dark:border-slate-600 dark:hover:bg-slate-800",
          )}
        >
          Sign in
        </Link>
      </div>
    </section>
  );
}
