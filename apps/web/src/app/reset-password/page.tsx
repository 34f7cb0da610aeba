import Link from "next/link";
import { completeReset } from "@/server/recovery-actions";
import { AuthForm } from "@/components/auth-form";

export const metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <section className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold">Choose a new password</h1>
      {token ? (
        <AuthForm
          action={completeReset}
          submit="Save my new password"
          hidden={{ token }}
          fields={[
            {
              name: "newPassword",
              label: "New password",
              type: "password",
              autoComplete: "new-password",
              hint: "At least 10 characters, letters mixed with digits or symbols.",
            },
            { name: "confirm", label: "New password again", type: "password", autoComplete: "new-password" },
          ]}
        />
      ) : (
        <p>
          This page needs the link from your email or from your teacher.{" "}
          <Link className="underline" href="/forgot-password">
            Ask for a new link
          </Link>
          .
        </p>
      )}
    </section>
  );
}
