"use client";
import { useEffect } from "react";

/** Moves keyboard focus to one element when a page opens (after sign-up: the first thing to do). */
export function FocusOnLoad({ id }: { id: string }) {
  useEffect(() => document.getElementById(id)?.focus(), [id]);
  return null;
}
