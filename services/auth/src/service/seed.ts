import type { Db } from "@emberlearn/platform";
import type { Accounts } from "./accounts.ts";
import { addMember, classesOfTeacher, createClass, findUserByEmail, setRole } from "../repository/users-and-classes.ts";

// Embedded mode's demo: a teacher, a class with a fixed join code, and two
// students in it. Idempotent: running it again changes nothing.

export const DEMO = {
  teacher: { email: "teacher@emberlearn.local", password: "kindle-lessons-2026", name: "Ms. Rivera" },
  students: [
    { email: "ada@emberlearn.local", password: "spark-python-2026", name: "Ada Lovelace" },
    { email: "grace@emberlearn.local", password: "spark-python-2026", name: "Grace Hopper" },
  ],
  classCode: "DEMO2026",
  className: "Demo class",
};

export async function seedDemo(db: Db, accounts: Accounts) {
  const ensure = async (a: { email: string; password: string; name: string }, role: string) => {
    const existing = await findUserByEmail(db, a.email);
    if (existing) {
      if (existing.role !== role) await setRole(db, existing.id, role);
      return existing.id;
    }
    return (await accounts.signUp(a, role)).user.id;
  };
  const teacherId = await ensure(DEMO.teacher, "teacher");
  const studentIds = [];
  for (const s of DEMO.students) studentIds.push(await ensure(s, "student"));
  let cls = (await classesOfTeacher(db, teacherId)).find((c) => c.joinCode === DEMO.classCode);
  if (!cls) {
    const created = await createClass(db, teacherId, DEMO.className, DEMO.classCode);
    cls = { ...created, students: [] };
  }
  for (const id of studentIds) await addMember(db, cls.id, id);
  return [
    {
      role: "teacher",
      email: DEMO.teacher.email,
      password: DEMO.teacher.password,
      note: `class "${DEMO.className}", join code ${DEMO.classCode}`,
    },
    ...DEMO.students.map((s) => ({ role: "student", email: s.email, password: s.password })),
  ];
}
