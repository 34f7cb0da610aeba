"use client";
import { useEffect, useState, type ComponentType } from "react";

// Markdown for client components (tutor answers, error explanations, hints, test messages): the
// Markdown parser is fetched the first time such text appears, not with the page, which keeps
// the learn page's first load small. Until it arrives the text shows as plain words.

type MarkdownProps = { text: string; inline?: boolean };
let loaded: ComponentType<MarkdownProps> | null = null;
let loading: Promise<ComponentType<MarkdownProps>> | null = null;

/** Starts fetching the parser early (a run began: an explanation may follow). */
export const preloadMarkdown = () => (loading ??= import("./markdown").then((m) => (loaded = m.Markdown)));

export function LazyMarkdown({ text, inline = false }: MarkdownProps) {
  const [Markdown, setMarkdown] = useState<ComponentType<MarkdownProps> | null>(() => loaded);
  useEffect(() => {
    if (Markdown) return;
    let live = true;
    preloadMarkdown().then((M) => live && setMarkdown(() => M));
    return () => {
      live = false;
    };
  }, [Markdown]);
  if (Markdown) return <Markdown text={text} inline={inline} />;
  return inline ? <span>{text}</span> : <p className="whitespace-pre-wrap">{text}</p>;
}
