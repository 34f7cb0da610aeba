import type { ProgressReport } from "./report.ts";

// The progress tutor's offline answer: where the student stands, in plain words,
// and one concrete next step.

export function describeProgress(r: ProgressReport): string {
  const started = r.modules.filter((m) => m.mastery > 0);
  const lines: string[] = [];
  if (started.length === 0) {
    lines.push("You are just getting started, and that is a great place to be!");
  } else {
    lines.push(`Your overall mastery is **${r.overall.mastery}/100** (${r.overall.level.name}).`);
    const best = [...started].sort((a, b) => b.mastery - a.mastery)[0];
    lines.push(`Your strongest module is **${best.title}** at ${best.mastery}/100 (${best.level.name}).`);
    const weakestStarted = [...started].sort((a, b) => a.mastery - b.mastery)[0];
    if (weakestStarted.moduleId !== best.moduleId) {
      const low = [...weakestStarted.components].sort((a, b) => a.value - b.value)[0];
      lines.push(
        `In **${weakestStarted.title}** (${weakestStarted.mastery}/100), the part holding you ` +
          `back is ${componentName(low.name)}: ${low.reasons[0]?.text ?? "no data yet"}.`,
      );
    }
  }
  if (r.streak.current > 1) lines.push(`You have practised ${r.streak.current} days in a row. Keep the streak going!`);
  else if (r.streak.longest > 1)
    lines.push(`Your longest streak so far is ${r.streak.longest} days. A little practice every day helps a lot.`);
  if (r.next) {
    lines.push(
      r.next.exercise
        ? `**Next step:** ${r.next.reason}. Try the exercise "${r.next.exercise.title}" ` +
            `(${r.next.exercise.difficulty}).`
        : `**Next step:** ${r.next.reason}. Take the module quiz to check what you know.`,
    );
  }
  return lines.join("\n\n");
}

function componentName(name: string): string {
  return (
    { exercise: "exercises", quiz: "the quiz", codeQuality: "code quality", consistency: "regular practice" }[name] ??
    name
  );
}
