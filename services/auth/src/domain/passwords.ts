// Password rules, checked before Better Auth stores the hash: long enough,
// more than one kind of character, and not built from the email address.

export function passwordProblems(password: string, email: string): string[] {
  const problems: string[] = [];
  if (password.length < 10) problems.push("must be at least 10 characters long");
  if (password.length > 128) problems.push("must be at most 128 characters long");
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (!/[A-Za-z]/.test(password) || kinds < 2) problems.push("must mix letters with digits or symbols");
  const local = email.split("@")[0]?.toLowerCase() ?? "";
  if (local.length >= 3 && password.toLowerCase().includes(local)) problems.push("must not contain your email address");
  return problems;
}
