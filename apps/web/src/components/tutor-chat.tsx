"use client";
import { useEffect, useRef, useState } from "react";
import { postStream, type ClientApiError, type StreamBody } from "@/lib/client-api";
import { LazyMarkdown as Markdown, preloadMarkdown } from "@/components/lazy-markdown";
import { cx } from "@/lib/cx";

const AGENT_NAMES: Record<string, string> = {
  concepts: "Concepts tutor",
  "code-review": "Code reviewer",
  debug: "Debugging tutor",
  exercise: "Practice tutor",
  progress: "Progress coach",
};

interface Turn {
  role: "user" | "assistant";
  text: string;
  agent?: string;
}

/** The tutor chat: the answer streams in, and the panel says which tutor answered. */
export function TutorChat({
  context,
}: {
  /** what the question is about: the page's code and last run (the chat's body, but the message) */
  context: () => Omit<StreamBody<"chatStream">, "message" | "conversationId">;
}) {
  const [turns, setTurns] = useState<Turn[]>([]);
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const conversationId = useRef<string | undefined>(undefined);
  const log = useRef<HTMLOListElement>(null);
  // follow the newest answer as it streams in, unless the student scrolled up to read an older one
  const following = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: turns is the trigger: follow the answer as it streams in
  useEffect(() => {
    const el = log.current;
    if (el && following.current) el.scrollTop = el.scrollHeight;
  }, [turns]);

  async function send(e: React.FormEvent) {
    e.preventDefault();
    const text = message.trim();
    if (!text || busy) return;
    setMessage("");
    setBusy(true);
    setProblem(null);
    following.current = true;
    void preloadMarkdown();
    setTurns((t) => [...t, { role: "user", text }, { role: "assistant", text: "" }]);
    const update = (fn: (last: Turn) => Turn) => setTurns((t) => [...t.slice(0, -1), fn(t[t.length - 1])]);
    try {
      await postStream(
        "chatStream",
        { message: text, ...context(), conversationId: conversationId.current },
        {
          onEvent: ({ event, data }) => {
            if (event === "routed") {
              conversationId.current = data.conversationId;
              update((last) => ({ ...last, agent: data.agent }));
            } else if (event === "chunk") update((last) => ({ ...last, text: last.text + data.text }));
            else if (event === "error") setProblem(data.detail);
          },
        },
      );
    } catch (err) {
      const e = err as ClientApiError;
      setProblem(
        e.status === 429 ? `Let's slow down a little: try again in ${e.retryAfter ?? 60} seconds.` : e.message,
      );
      setTurns((t) => t.slice(0, -1));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section
      aria-label="Tutor chat"
      className={cx(
        "flex h-full flex-col rounded-md border border-slate-300 bg-white",
        "dark:border-slate-700 dark:bg-slate-900",
      )}
    >
      <h2 className="border-b border-slate-200 px-3 py-2 font-semibold dark:border-slate-700">Ask a tutor</h2>
      <p className="px-3 pt-2 text-xs text-slate-600 dark:text-slate-400" data-testid="chat-visibility">
        Your teacher can read your conversations with the tutor.
      </p>
      <ol
        ref={log}
        onScroll={(e) => {
          const el = e.currentTarget;
          following.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
        }}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard scrolling (WCAG 2.1.1)
        tabIndex={0}
        aria-label="Conversation"
        className="min-h-0 flex-1 space-y-3 overflow-y-auto p-3 text-sm"
        aria-live="polite"
        data-testid="chat-log"
      >
        {turns.length === 0 && (
          <li className="text-slate-600 dark:text-slate-400">
            Ask about a concept, your error, or your code. Tutors guide you; they will not write the answer for you.
          </li>
        )}
        {turns.map((t, i) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: turns only change at the end
            key={i}
            className={
              t.role === "user"
                ? "ml-6 rounded-md bg-orange-50 p-2 dark:bg-orange-950"
                : "mr-6 rounded-md bg-slate-100 p-2 dark:bg-slate-800"
            }
            data-testid={t.role === "assistant" ? "tutor-answer" : undefined}
          >
            <p className="mb-1 text-xs font-semibold text-slate-600 dark:text-slate-300">
              {t.role === "user" ? "You" : t.agent ? (AGENT_NAMES[t.agent] ?? t.agent) : "Tutor"}
            </p>
            <div data-agent={t.agent}>
              {t.role === "assistant" && t.text ? (
                <Markdown text={t.text} />
              ) : (
                <p className="whitespace-pre-wrap">{t.text || (busy && i === turns.length - 1 ? "…" : "")}</p>
              )}
            </div>
          </li>
        ))}
      </ol>
      {problem && (
        <p role="alert" className="mx-3 mb-2 text-sm text-red-700 dark:text-red-300">
          {problem}
        </p>
      )}
      <form onSubmit={send} className="flex gap-2 border-t border-slate-200 p-2 dark:border-slate-700">
        <label htmlFor="tutor-message" className="sr-only">
          Your question
        </label>
        <input
          id="tutor-message"
          value={message}
          onChange={(e) => setMessage(e.target.value)}
          maxLength={4000}
          placeholder="Why does my loop never stop?"
          className={cx(
            "min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1",
            "dark:border-slate-600 dark:bg-slate-950",
          )}
        />
        <button
          type="submit"
          disabled={busy}
          className={cx(
            "rounded-md bg-slate-800 px-3 py-1 text-white hover:bg-slate-700 disabled:opacity-60",
            "dark:bg-slate-200 dark:text-slate-900",
          )}
        >
          {busy ? "…" : "Send"}
        </button>
      </form>
    </section>
  );
}
