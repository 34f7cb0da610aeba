import Link from "next/link";
import { AuthForm } from "@/components/auth-form";
import { signUp } from "@/server/auth-actions";

export const metadata = { title: "Sign up" };

export default function SignUpPage() {
  return (
    <section className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-bold">Create your account</h1>
      <AuthForm
        action={signUp}
        submit="Sign up"
        fields={[
          { name: "name", label: "Name", type: "text", autoComplete: "name" },
          { name: "email", label: "Email", type: "email", autoComplete: "email" },
          {
            name: "password",
            label: "Password",
            type: "password",
            autoComplete: "new-password",
            hint: "At least 10 characters, mixing letters with digits or symbols.",
          },
        ]}
      />
      <p className="mt-4 text-sm">
        Already have an account?{" "}
        <Link href="/sign-in" className="text-orange-800 underline dark:text-orange-300">
          Sign in
        </Link>
      </p>
    </section>
  );
}
