// What the tutor says when a student asks for the full answer (or tells the
// tutor to ignore its rules). It never gives the solution; it offers the next step.
export function refusalPreamble(): string {
  return (
    "I can't hand you the full solution — you learn far more by getting there yourself, and I'll help you " +
    "every step of the way. Here is your next step.\n\n"
  );
}
