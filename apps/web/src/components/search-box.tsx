import { cx } from "@/lib/cx";
/** A plain GET form: the results page works without JavaScript and its address can be shared. */
export function SearchBox({
  action,
  query,
  label,
  placeholder,
  hidden = {},
}: {
  action: string;
  query?: string;
  label: string;
  placeholder: string;
  hidden?: Record<string, string | undefined>;
}) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: role=search is <search>
    <form action={action} role="search" className="flex max-w-xl gap-2">
      <label htmlFor="q" className="sr-only">
        {label}
      </label>
      <input
        id="q"
        name="q"
        type="search"
        defaultValue={query ?? ""}
        placeholder={placeholder}
        className={cx(
          "min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-1.5",
          "dark:border-slate-600 dark:bg-slate-900",
        )}
      />
      {Object.entries(hidden).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
      <button
        type="submit"
        className="rounded-md bg-slate-800 px-3 py-1.5 text-white dark:bg-slate-200 dark:text-slate-900"
      >
        Search
      </button>
    </form>
  );
}
