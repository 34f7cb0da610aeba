import { eq, inArray } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import type { Db } from "@emberlearn/platform";
import { newJoinCode } from "../domain/join-code.ts";
import { classes, classMembers, user } from "./schema.ts";

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: string;
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select({ id: user.id, name: user.name, email: user.email, role: user.role })
    .from(user)
    .where(eq(user.id, id));
  return row;
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select({ id: user.id, name: user.name, email: user.email, role: user.role })
    .from(user)
    .where(eq(user.email, email.toLowerCase()));
  return row;
}

export async function setRole(db: Db, id: string, role: string): Promise<void> {
  await db.update(user).set({ role }).where(eq(user.id, id));
}

export async function createClass(db: Db, teacherId: string, name: string, joinCode = newJoinCode()) {
  const row = { id: randomUUID(), name, joinCode, teacherId };
  await db.insert(classes).values(row);
  return row;
}

export async function findClassByCode(db: Db, joinCode: string) {
  const [row] = await db.select().from(classes).where(eq(classes.joinCode, joinCode));
  return row;
}

export async function addMember(db: Db, classId: string, studentId: string): Promise<void> {
  await db.insert(classMembers).values({ classId, studentId }).onConflictDoNothing();
}

/** A teacher's classes, each with its students. */
export async function classesOfTeacher(db: Db, teacherId: string) {
  const rows = await db.select().from(classes).where(eq(classes.teacherId, teacherId)).orderBy(classes.createdAt);
  if (rows.length === 0) return [];
  const members = await db
    .select({ classId: classMembers.classId, id: user.id, name: user.name, email: user.email })
    .from(classMembers)
    .innerJoin(user, eq(user.id, classMembers.studentId))
    .where(
      inArray(
        classMembers.classId,
        rows.map((r) => r.id),
      ),
    );
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    teacherId: c.teacherId,
    joinCode: c.joinCode,
    students: members.filter((m) => m.classId === c.id).map(({ id, name, email }) => ({ id, name, email })),
  }));
}

/** The classes a student joined, with their teacher's id (without classmates or join codes). */
export async function classesOfStudent(db: Db, studentId: string) {
  const rows = await db
    .select({ id: classes.id, name: classes.name, teacherId: classes.teacherId })
    .from(classMembers)
    .innerJoin(classes, eq(classes.id, classMembers.classId))
    .where(eq(classMembers.studentId, studentId));
  return rows.map((c) => ({ ...c, students: [] as { id: string; name: string; email: string }[] }));
}
