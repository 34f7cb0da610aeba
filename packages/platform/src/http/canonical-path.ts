// One spelling per path. The gateway matches its policy on the path as sent, and routers decode
// `%74` to `t` or proxies resolve `./` afterwards, so any second spelling of a path is a second door.
// Rather than guess how each hop normalises, every hop (the gateway, Kong, every service) refuses a
// request whose path is not already in canonical form; the canonical path is then the only path,
// from the policy lookup to the handler. The Kong generator emits the same rules in Lua, and both
// are checked against one table of examples (canonical-path-examples.ts).

export interface PathProblem {
  reason: string;
}

// RFC 3986 pchar without ";" (a matrix-parameter delimiter for some servers, so ambiguous) and "%"
const PLAIN = /^[A-Za-z0-9\-._~!$&'()*+,=:@]$/;
const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/** undefined when the path (the part before "?") is canonical, else why it is not. */
export function pathProblem(url: string): PathProblem | undefined {
  const q = url.indexOf("?");
  const path = q === -1 ? url : url.slice(0, q);
  if (!path.startsWith("/")) return { reason: "must start with /" };
  const segments = path.split("/").slice(1);
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (segment === "" && i < segments.length - 1) return { reason: "must not contain an empty segment (//)" };
    if (segment === "." || segment === "..") return { reason: "must not contain a dot segment (. or ..)" };
    const problem = segmentProblem(segment);
    if (problem) return problem;
  }
  return undefined;
}

function segmentProblem(segment: string): PathProblem | undefined {
  const bytes: number[] = [];
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === "%") {
      const hex = segment.slice(i + 1, i + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return { reason: "has a % that is not followed by two hex digits" };
      if (hex !== hex.toUpperCase()) return { reason: `must use upper-case hex in percent-encodings (%${hex})` };
      const byte = parseInt(hex, 16);
      const char = String.fromCharCode(byte);
      if (byte < 0x80 && UNRESERVED.test(char))
        return { reason: `must not percent-encode "${char}" (%${hex}): send it as itself` };
      if (byte < 0x20 || byte === 0x7f || char === "/" || char === "\\" || char === "%")
        return { reason: `must not encode a slash, backslash, percent sign or control character (%${hex})` };
      bytes.push(byte);
      i += 2;
      continue;
    }
    if (bytes.length && !validUtf8(bytes)) return { reason: "has percent-encoded bytes that are not valid UTF-8" };
    bytes.length = 0;
    if (c === "\\") return { reason: "must not contain a backslash" };
    if (!PLAIN.test(c)) return { reason: `must not contain "${printable(c)}" unencoded` };
  }
  if (bytes.length && !validUtf8(bytes)) return { reason: "has percent-encoded bytes that are not valid UTF-8" };
  return undefined;
}

// TextDecoder in fatal mode refuses overlong forms (%C0%AE), surrogates and truncated sequences
const utf8 = new TextDecoder("utf-8", { fatal: true });
function validUtf8(bytes: number[]): boolean {
  try {
    utf8.decode(Uint8Array.from(bytes));
    return true;
  } catch {
    return false;
  }
}

function printable(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f || code > 0x7e ? `U+${code.toString(16).toUpperCase().padStart(4, "0")}` : c;
}
