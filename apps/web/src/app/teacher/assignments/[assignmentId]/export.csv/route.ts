import { download } from "../../../_components/download";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  return download(`/api/exercise/assignments/${encodeURIComponent(assignmentId)}/export.csv`);
}
