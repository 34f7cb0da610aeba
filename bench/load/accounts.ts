import { request } from "node:http";

// The simulated students' accounts: created once through the auth service itself, and signed in
// again on later runs. Sign-up and sign-in are limited to 10 a minute per client address, by the
// gateway and by the auth service itself (the catalog's policy), and the platform has no switch
// to turn that off (only tests inject a store that counts nothing). So the load test does what a
// school full of devices does: each account is created from its own source address, one of
// 127.0.0.2–127.0.0.254 (Linux routes the whole 127/8 block to loopback), at most 8 per address.
// Password hashing is deliberately slow, so this runs before the measured window, a few at a time.

export interface Student {
  index: number;
  token: string;
}

const PASSWORD = "bench-load-2026!";
const PER_ADDRESS = 8;

function post(url: string, body: unknown, localAddress: string): Promise<{ status: number; text: string }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: "POST",
        localAddress,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload) },
        timeout: 30_000,
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("timeout", () => req.destroy(new Error(`${url}: no answer within 30 s`)));
    req.on("error", reject);
    req.end(payload);
  });
}

async function accountFor(auth: string, index: number, round: number): Promise<Student> {
  const email = `load-${String(index).padStart(5, "0")}@bench.emberlearn.local`;
  // a fresh address per PER_ADDRESS accounts, and another each round (a second run within the minute)
  const from = `127.0.${(round % 200) + 1}.${2 + (Math.floor(index / PER_ADDRESS) % 253)}`;
  let res = await post(`${auth}/api/auth/sign-up`, { name: `Load Student ${index}`, email, password: PASSWORD }, from);
  if (res.status === 409) res = await post(`${auth}/api/auth/sign-in`, { email, password: PASSWORD }, from);
  if (res.status < 200 || res.status >= 300)
    throw new Error(`account ${email}: ${res.status} ${res.text.slice(0, 200)}`);
  return { index, token: (JSON.parse(res.text) as { accessToken: string }).accessToken };
}

/** Students `from`…`to - 1`, `concurrency` accounts at a time. */
export async function students(auth: string, from: number, to: number, concurrency = 4): Promise<Student[]> {
  if (to - from > PER_ADDRESS * 253) throw new Error(`at most ${PER_ADDRESS * 253} students per run`);
  const round = Math.floor(Date.now() / 60_000);
  const out: Student[] = [];
  let next = from;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < to) out.push(await accountFor(auth, next++, round));
    }),
  );
  return out.sort((a, b) => a.index - b.index);
}
