// The web app's own refusals are RFC 9457 problem details too, like every EmberLearn service's.

export function problem(status: number, code: string, title: string, detail: string, instance?: string): Response {
  return new Response(
    JSON.stringify({
      type: `urn:emberlearn:problem:${code}`,
      title,
      status,
      detail,
      ...(instance ? { instance } : {}),
    }),
    { status, headers: { "content-type": "application/problem+json" } },
  );
}

/**
 * A server action is a POST carrying Next-Action. Next.js refuses one whose Origin is not this site
 * (a cross-site forgery) by throwing, which answers 500; we refuse it first, plainly, with a 403.
 */
export function foreignServerAction(headers: Headers, method: string): boolean {
  if (method !== "POST" || !headers.has("next-action")) return false;
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!origin || origin === "null" || !host) return true;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** The BFF forwards /bff/<segments> to /api/<segments>: a segment must be a plain name, never . or .. */
export function unsafeSegment(segments: string[]): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this refuses
  return segments.find((s) => s === "" || s === "." || s === ".." || /[\\/\u0000-\u001f\u007f]/.test(s));
}
