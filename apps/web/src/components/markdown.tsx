import ReactMarkdown from "react-markdown";

// Curriculum and tutor text is Markdown; raw HTML in it is not rendered (react-markdown escapes it).
// Code inside a block gets no inline-code padding, which would shift only its first line right.
const STYLE =
  "prose-el space-y-3 leading-relaxed [&_code]:rounded [&_code]:bg-slate-200 [&_code]:px-1 [&_code]:font-mono " +
  "[&_code]:text-[0.92em] dark:[&_code]:bg-slate-800 [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-slate-900 " +
  "[&_pre]:p-3 [&_pre]:text-slate-100 [&_pre_code]:bg-transparent [&_pre_code]:p-0 [&_pre_code]:rounded-none " +
  "dark:[&_pre_code]:bg-transparent [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:list-decimal [&_ol]:pl-6 [&_h2]:text-xl " +
  "[&_h2]:font-semibold [&_h3]:font-semibold";

/** `inline` renders a short text (a hint, a quiz option) without paragraph breaks around it. */
export function Markdown({ text, inline = false }: { text: string; inline?: boolean }) {
  if (inline)
    return (
      <span className={`${STYLE} [&_p]:inline`}>
        <ReactMarkdown components={{ p: ({ children }) => <span>{children}</span> }}>{text}</ReactMarkdown>
      </span>
    );
  return (
    <div className={STYLE}>
      <ReactMarkdown>{text}</ReactMarkdown>
    </div>
  );
}
