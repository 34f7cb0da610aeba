// A student's side of the tutor chat, for tests and evals: POST /api/triage/chat, read the SSE stream.
export interface ChatReply {
  agent?: string;
  action?: string;
  conversationId?: string;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: an SSE payload differs per event name; evals read the fields they check
  events: { event: string; data: any }[];
}

export async function chat(base: string, token: string, body: Record<string, unknown>): Promise<ChatReply> {
  const res = await fetch(`${base}/api/triage/chat`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`chat answered ${res.status}: ${await res.text()}`);
  const events = (await res.text())
    .split("\n\n")
    .filter((b) => b.trim())
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? "message";
      const data = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? "null");
      return { event, data };
    });
  const routed = events.find((e) => e.event === "routed")?.data;
  return {
    agent: routed?.agent,
    action: routed?.action,
    conversationId: routed?.conversationId,
    text: events
      .filter((e) => e.event === "chunk")
      .map((e) => e.data.text)
      .join(""),
    events,
  };
}
