import { download } from "../../../_components/download";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  return download(`/api/progress/classes/${encodeURIComponent(classId)}/gradebook.csv`);
}
