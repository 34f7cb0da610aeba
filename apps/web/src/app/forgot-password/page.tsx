import { requestReset } from "@/server/recovery-actions";
import { AuthForm } from "@/components/auth-form";

export const metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <section className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold">Forgot your password?</h1>
      <p className="text-sm">
        Enter your email and we will send you a link to choose a new password. No email? Ask your teacher: they can give
        you a reset link from their class page.
      </p>
      <AuthForm
        action={requestReset}
        submit="Send me a reset link"
        fields={[{ name: "email", label: "Email", type: "email", autoComplete: "email" }]}
      />
    </section>
  );
}
