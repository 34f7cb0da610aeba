import ReactMarkdown from "react-markdown";

/** Curriculum and tutor text is Markdown; raw HTML in it is not rendered (react-markdown escapes it). */
export function Markdown({ text }: { text: string }) {
  return (
    <div className="prose-el space-y-3 leading-relaxed [&_code]:rounded [&_code]:bg-slate-200 [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.92em] dark:[&_code]:bg-slate-800 [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-slate-900 [&_pre]:p-3 [&_pre]:text-slate-100 [&_pre_code]:bg-transparent [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:list-decimal [&_ol]:pl-6 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:font-semibold">
      <ReactMarkdown>{text}</ReactMarkdown>
    </div>
  );
}
