// A test client: each test reads the JSON a route returned and asserts on its fields; typing every route's reply
// here would duplicate the routes (the shared contracts are issue 14).
// biome-ignore-all lint/suspicious/noExplicitAny: see above
// A tiny HTTP client for end-to-end tests: talks to the gateway like a browser
// app would, with a bearer token, and reads server-sent-event streams.

export class Api {
  constructor(
    readonly base: string,
    public token?: string,
  ) {}

  async call<T = any>(method: string, path: string, body?: unknown, expectStatus?: number): Promise<T> {
    const res = await fetch(this.base + path, {
      method,
      headers: {
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    const json = text ? JSON.parse(text) : undefined;
    if (expectStatus !== undefined ? res.status !== expectStatus : !res.ok)
      throw new Error(`${method} ${path} → ${res.status}: ${text.slice(0, 400)}`);
    return json as T;
  }

  get<T = any>(path: string) {
    return this.call<T>("GET", path);
  }
  post<T = any>(path: string, body: unknown = {}) {
    return this.call<T>("POST", path, body);
  }

  /** POST that answers with SSE: collects every event until the stream ends. */
  async postEvents(path: string, body: unknown): Promise<{ event: string; data: any }[]> {
    const res = await fetch(this.base + path, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${this.token}` },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`POST ${path} → ${res.status}: ${await res.text()}`);
    return parseEvents(await res.text());
  }

  /** Opens a long-lived SSE stream; events arrive in `events` until close() is called. */
  openStream(path: string) {
    const controller = new AbortController();
    const events: { event: string; data: any }[] = [];
    const opened = fetch(this.base + path, {
      headers: { authorization: `Bearer ${this.token}`, accept: "text/event-stream" },
      signal: controller.signal,
    }).then(async (res) => {
      if (!res.ok || !res.body) throw new Error(`stream ${path} → ${res.status}`);
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      void (async () => {
        try {
          for (;;) {
            const { value, done } = await reader.read();
            if (done) return;
            buffer += decoder.decode(value, { stream: true });
            for (let cut = buffer.indexOf("\n\n"); cut >= 0; cut = buffer.indexOf("\n\n")) {
              events.push(...parseEvents(buffer.slice(0, cut + 2)));
              buffer = buffer.slice(cut + 2);
            }
          }
        } catch {
          /* closed */
        }
      })();
    });
    return { events, opened, close: () => controller.abort() };
  }
}

function parseEvents(text: string): { event: string; data: any }[] {
  return text
    .split("\n\n")
    .filter((b) => b.includes("data:"))
    .map((block) => {
      let event = "message";
      const data: string[] = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) event = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
      }
      return { event, data: JSON.parse(data.join("\n")) };
    });
}

export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
