"use client";
import { useRef } from "react";
import { RunPanel, type RunResult } from "@/components/run-panel";
import { TutorChat } from "@/components/tutor-chat";

export function LearnWorkspace({ example, moduleId }: { example: string; moduleId: string }) {
  const last = useRef<{ code: string; run?: RunResult }>({ code: example });
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      <RunPanel
        initialCode={example}
        moduleId={moduleId}
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
