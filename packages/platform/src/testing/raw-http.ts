import { connect } from "node:net";

// HTTP/1.1 over a bare socket, for tests that must send what fetch() would "fix" first: a path with
// dot segments or %-escapes exactly as written, a header block too large, a body trickled slowly.

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** milliseconds from connecting to the server closing or answering */
  ms: number;
}

export interface RawRequest {
  method?: string;
  /** the request target exactly as sent */
  target: string;
  headers?: Record<string, string>;
  body?: string;
  /** send the body in pieces of this many bytes… */
  trickleBytes?: number;
  /** …every this many milliseconds */
  trickleEveryMs?: number;
  timeoutMs?: number;
}

export function rawRequest(port: number, req: RawRequest): Promise<RawResponse> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let data = "";
    let timer: NodeJS.Timeout | undefined;
    const deadline = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${req.timeoutMs ?? 10_000} ms`));
    }, req.timeoutMs ?? 10_000);
    const finish = () => {
      clearTimeout(deadline);
      clearInterval(timer);
      const [head = "", ...rest] = data.split("\r\n\r\n");
      const [statusLine = "", ...lines] = head.split("\r\n");
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(":")).toLowerCase(), l.slice(l.indexOf(":") + 1).trim()]),
      );
      resolve({
        status: Number(statusLine.split(" ")[1]),
        headers,
        body: rest.join("\r\n\r\n"),
        ms: Date.now() - started,
      });
    };
    socket.on("data", (chunk) => {
      data += chunk;
      // one answer is enough: stop at the end of a body whose length is known
      const [head, ...rest] = data.split("\r\n\r\n");
      const length = /content-length: *(\d+)/i.exec(head ?? "")?.[1];
      const chunkedDone = /transfer-encoding: *chunked/i.test(head ?? "") && data.endsWith("0\r\n\r\n");
      if (chunkedDone || (length !== undefined && Buffer.byteLength(rest.join("\r\n\r\n")) >= Number(length))) {
        socket.destroy();
        finish();
      }
    });
    socket.on("close", () => (data ? finish() : reject(new Error("closed without an answer"))));
    socket.on("error", () => undefined);
    socket.on("connect", () => {
      const body = req.body ?? "";
      const headers = { host: "127.0.0.1", connection: "close", ...req.headers };
      if (req.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === "content-length"))
        Object.assign(headers, { "content-length": String(Buffer.byteLength(body)) });
      const head = Object.entries(headers)
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join("");
      socket.write(`${req.method ?? "GET"} ${req.target} HTTP/1.1\r\n${head}\r\n`);
      if (!req.trickleBytes) return void socket.write(body);
      let sent = 0;
      timer = setInterval(() => {
        if (sent >= body.length || socket.destroyed) return clearInterval(timer);
        socket.write(body.slice(sent, sent + req.trickleBytes!));
        sent += req.trickleBytes!;
      }, req.trickleEveryMs ?? 1000);
    });
  });
}
