import { randomInt } from "node:crypto";

// Join codes are read aloud and typed by children: 8 characters from an
// alphabet without look-alikes (no 0/O, 1/I/L).
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

export function newJoinCode(): string {
  return Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

export function normaliseJoinCode(code: string): string {
  return code.trim().toUpperCase().replace(/[\s-]/g, "");
}
