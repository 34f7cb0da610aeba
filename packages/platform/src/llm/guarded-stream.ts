// What the student sees of a model's answer, released only after a guard has read it: text is held
// until a unit is complete (a paragraph outside code, or a whole fenced code block), the guard may
// rewrite the unit (strip solution code) or refuse the whole answer. Nothing unchecked is streamed.

export interface GuardVerdict {
  /** the unit as the student may see it (possibly with code removed) */
  text: string;
  /** true when the answer must be dropped entirely (then the offline answer is used) */
  refuse?: boolean;
  /** how many pieces were removed from the unit */
  stripped?: number;
  /** the unit's own words left after removal (without the guard's notes) */
  kept?: string;
}

export type Guard = (unit: string) => Promise<GuardVerdict>;

export interface GuardedStream {
  push(delta: string): Promise<void>;
  /** releases what is left; resolves false when the guard refused the answer */
  end(): Promise<boolean>;
  readonly refused: boolean;
  readonly released: string;
}

export function guardedStream(guard: Guard, onChunk: (text: string) => void): GuardedStream {
  let buffer = "";
  let released = "";
  let refused = false;
  let stripped = 0;
  let kept = "";

  async function release(unit: string) {
    if (refused || !unit) return;
    const verdict = await guard(unit);
    if (verdict.refuse) {
      refused = true;
      return;
    }
    released += verdict.text;
    stripped += verdict.stripped ?? 0;
    kept += verdict.kept ?? verdict.text;
    if (verdict.text) onChunk(verdict.text);
  }

  /** The end of the first complete unit in the buffer, or -1. */
  function unitEnd(text: string): number {
    let inFence = false;
    let i = 0;
    for (const line of text.split(/(?<=\n)/)) {
      const end = i + line.length;
      if (/^\s*```/.test(line)) {
        inFence = !inFence;
        if (!inFence && line.endsWith("\n")) return end; // a closed code block is one unit
      } else if (!inFence && line.trim() === "" && line.endsWith("\n") && i > 0) return end; // a paragraph
      i = end;
    }
    return -1;
  }

  return {
    async push(delta) {
      if (refused) return;
      buffer += delta;
      for (let end = unitEnd(buffer); end > 0; end = unitEnd(buffer)) {
        const unit = buffer.slice(0, end);
        buffer = buffer.slice(end);
        await release(unit);
      }
    },
    async end() {
      const rest = buffer;
      buffer = "";
      await release(rest);
      // an answer that was mostly solution is refused as a whole (the offline answer replaces it)
      if (stripped > 0 && kept.replace(/\s+/g, "").length < 30) refused = true;
      return !refused;
    },
    get refused() {
      return refused;
    },
    get released() {
      return released;
    },
  };
}
