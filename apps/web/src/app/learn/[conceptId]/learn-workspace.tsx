"use client";
import { useRef } from "react";
import { RunPanel, type RunResult } from "@/components/run-panel";
import { LazyTutorChat as TutorChat } from "@/components/tutor-chat-lazy";

export function LearnWorkspace({
  example,
  moduleId,
  conceptId,
  draft,
}: {
  example: string;
  moduleId: string;
  conceptId?: string;
  draft?: { code: string; updatedAt: string } | null;
}) {
  const last = useRef<{ code: string; run?: RunResult }>({ code: draft?.code ?? example });
  return (
    <div className="space-y-4">
      <RunPanel
        initialCode={draft?.code ?? example}
        starterCode={example}
        restoredAt={draft && draft.code !== example ? draft.updatedAt : null}
        draftKey={conceptId ? `concept/${conceptId}` : undefined}
        moduleId={moduleId}
        lazyEditor
        onRun={(code, run) => (last.current = { code, run })}
        onCodeChange={(code) => (last.current = { ...last.current, code })}
      />
      <div className="h-[480px]">
        <TutorChat
          context={() => ({
            code: last.current.code,
            moduleId,
            lastRun: last.current.run
              ? {
                  status: last.current.run.status,
                  error: last.current.run.error,
                  stdout: last.current.run.stdout.slice(0, 2000),
                }
              : undefined,
          })}
        />
      </div>
    </div>
  );
}
