// Who teaches whom is owned by the auth service; progress asks it and never
// keeps its own copy. This is the shape progress needs.

export interface RosterStudent {
  id: string;
  name: string;
  email: string;
}

export interface RosterClass {
  id: string;
  name: string;
  students: RosterStudent[];
}

export interface Roster {
  /** the classes of the signed-in teacher (the caller's token is forwarded, or the one given) */
  classesOfCaller(token?: string): Promise<RosterClass[]>;
}

export function studentIdsOf(classes: RosterClass[]): Set<string> {
  return new Set(classes.flatMap((c) => c.students.map((s) => s.id)));
}
