import Link from "next/link";
import { AuthForm } from "@/components/auth-form";
import { safeNext } from "@/lib/page-access";
import { signIn } from "@/server/auth-actions";

export const metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNext((await searchParams).next);
  return (
    <section className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-bold">Sign in</h1>
      <AuthForm
        action={signIn}
        submit="Sign in"
        hidden={next ? { next } : undefined}
        fields={[
          { name: "email", label: "Email", type: "email", autoComplete: "email" },
          { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
        ]}
      />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="text-orange-800 underline dark:text-orange-300">
          Forgot your password?
        </Link>
      </p>
      <p className="mt-2 text-sm">
        New here?{" "}
        <Link href="/sign-up" className="text-orange-800 underline dark:text-orange-300">
          Create an account
        </Link>
      </p>
    </section>
  );
}
