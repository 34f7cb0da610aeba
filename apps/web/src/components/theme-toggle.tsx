"use client";
import { useEffect, useState } from "react";
import { cx } from "@/lib/cx";

/** Light/dark switch; the choice is remembered, and the system preference is the default. */
export function ThemeToggle() {
  const [dark, setDark] = useState<boolean | null>(null);
  useEffect(() => setDark(document.documentElement.classList.contains("dark")), []);
  if (dark === null) return <span className="inline-block w-20" aria-hidden="true" />;
  return (
    <button
      type="button"
      onClick={() => {
        const next = !dark;
        document.documentElement.classList.toggle("dark", next);
        localStorage.setItem("el-theme", next ? "dark" : "light");
        setDark(next);
      }}
      className={cx(
        "rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100",
        "dark:border-slate-600 dark:hover:bg-slate-800",
      )}
      aria-pressed={dark}
    >
      {dark ? "Light theme" : "Dark theme"}
    </button>
  );
}

/** Runs before paint so the page never flashes the wrong theme. */
export const themeScript = [
  '(function(){try{var t=localStorage.getItem("el-theme");',
  'var d=t?t==="dark":matchMedia("(prefers-color-scheme: dark)").matches;',
  'if(d)document.documentElement.classList.add("dark")}catch(e){}})()',
].join("");
