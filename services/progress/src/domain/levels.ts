// Mastery levels. Mastery is rounded to a whole number first, so the boundaries
// are exact: 40 is Beginner, 41 Learning, 70 Learning, 71 Proficient, 90
// Proficient, 91 Mastered.

export type LevelName = "Beginner" | "Learning" | "Proficient" | "Mastered";
export type LevelColour = "red" | "yellow" | "green" | "blue";

export interface Level {
  name: LevelName;
  colour: LevelColour;
  min: number;
  max: number;
}

export const LEVELS: Level[] = [
  { name: "Beginner", colour: "red", min: 0, max: 40 },
  { name: "Learning", colour: "yellow", min: 41, max: 70 },
  { name: "Proficient", colour: "green", min: 71, max: 90 },
  { name: "Mastered", colour: "blue", min: 91, max: 100 },
];

export function levelFor(mastery: number): Level {
  const whole = Math.round(Math.min(100, Math.max(0, mastery)));
  // the levels cover 0–100 without gaps, so the last is only a guard
  return LEVELS.find((l) => whole >= l.min && whole <= l.max) ?? LEVELS[LEVELS.length - 1];
}
