import { errorCode, errorMessage, problemsOf, useTRPC, type Problem } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { newRequestId } from "../requestId";
import { hasChanges, hasContent, sendableChanges, type DraftField, type DraftFields } from "./draftFields";

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "failed"; message: string }
  /** Someone (another tab, another device, staff) changed the draft: nothing more is saved until it is reloaded. */
  | { kind: "conflict"; message: string };

/** Where the draft stands on the server: the id once created, and the version the next change must name. */
export type SavedDraft = { id: string; version: number };

export type DraftStart = { id: string | null; version: number; fields: DraftFields };

type Options = {
  start: DraftStart;
  sessionId: string;
  memberId: string;
  onCreated: (id: string) => void;
  delayMs?: number;
};

/**
 * The draft saved as the member types: a pause in typing creates it (`create`, once, by request
 * id) and then saves the changed fields with the version last read (`saveDraft`). One request at
 * a time; whatever is typed meanwhile goes in the next. A stale version stops saving and says so,
 * so nothing written elsewhere is overwritten. Other changes that move the version (co-signers,
 * submit) run through `withVersion`, after the text is saved.
 */
export function useDraftAutosave({ start, sessionId, memberId, onCreated, delayMs = 1200 }: Options) {
  const trpc = useTRPC();
  // mutateAsync is stable across renders, so the callbacks below are too.
  const { mutateAsync: createDraft } = useMutation(trpc.proposal.create.mutationOptions());
  const { mutateAsync: saveDraft } = useMutation(trpc.proposal.saveDraft.mutationOptions());
  const [fields, setFields] = useState(start.fields);
  const [id, setId] = useState(start.id);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const [problems, setProblems] = useState<Problem[]>([]);
  // The truth between renders: what is typed, what the server has, and the version it is at.
  const draft = useRef({ ...start, saved: start.fields, blocked: false });
  const running = useRef<Promise<unknown> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const createRequestId = useRef(newRequestId());
  const latest = useRef({ sessionId, memberId, onCreated });
  useEffect(() => {
    latest.current = { sessionId, memberId, onCreated };
  });

  const failed = useCallback((error: unknown) => {
    if (errorCode(error) === "CONFLICT") {
      draft.current.blocked = true;
      setState({ kind: "conflict", message: errorMessage(error) });
    } else {
      setState({ kind: "failed", message: errorMessage(error) });
      setProblems(problemsOf(error));
    }
  }, []);

  /** One round trip: creates the draft or sends what changed. Null when it could not. */
  const saveOnce = useCallback(
    async (mustExist: boolean): Promise<SavedDraft | null> => {
      const d = draft.current;
      if (d.blocked) return null;
      const changes = sendableChanges(d.fields, d.saved);
      try {
        if (!d.id) {
          if (!mustExist && !hasContent(d.fields)) return null;
          setState({ kind: "saving" });
          const { sessionId, memberId, onCreated } = latest.current;
          const made = await createDraft({
            sessionId,
            proposer: { kind: "member", memberId },
            requestId: createRequestId.current,
            ...changes,
          });
          d.id = made.id;
          d.version = made.version;
          setId(made.id);
          onCreated(made.id);
        } else if (Object.keys(changes).length > 0) {
          setState({ kind: "saving" });
          const saved = await saveDraft({ id: d.id, version: d.version, ...changes });
          d.version = saved.version;
        } else {
          return { id: d.id, version: d.version };
        }
        d.saved = { ...d.saved, ...changes };
        setProblems([]);
        setState({ kind: "saved", at: new Date() });
        return { id: d.id, version: d.version };
      } catch (error) {
        failed(error);
        return null;
      }
    },
    [createDraft, saveDraft, failed],
  );

  /** Saves now (after any save under way); `mustExist` creates an empty draft if need be. */
  const flush = useCallback(
    async (mustExist = false): Promise<SavedDraft | null> => {
      clearTimeout(timer.current);
      while (running.current) await running.current.catch(() => undefined);
      const run = saveOnce(mustExist);
      running.current = run;
      try {
        return await run;
      } finally {
        running.current = null;
      }
    },
    [saveOnce],
  );

  const setField = useCallback(
    <K extends DraftField>(name: K, value: DraftFields[K]) => {
      draft.current.fields = { ...draft.current.fields, [name]: value };
      setFields(draft.current.fields);
      setProblems((p) => p.filter((x) => x.path?.split(".")[0] !== name));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs],
  );

  /**
   * Runs a change that moves the version (invite, remove, submit, discard) once the text is saved,
   * with the current id and version, and keeps the version it returns.
   */
  const withVersion = useCallback(
    async <T extends object>(change: (at: SavedDraft) => Promise<T>): Promise<T | null> => {
      const at = await flush(true);
      if (!at) return null;
      const run = change(at);
      running.current = run;
      try {
        const result = await run;
        if ("version" in result && typeof result.version === "number") draft.current.version = result.version;
        return result;
      } catch (error) {
        if (errorCode(error) === "CONFLICT") failed(error);
        throw error;
      } finally {
        running.current = null;
      }
    },
    [flush, failed],
  );

  /** Starts again from what the server has now (after a conflict). */
  const reset = useCallback((next: DraftStart) => {
    clearTimeout(timer.current);
    draft.current = { ...next, saved: next.fields, blocked: false };
    setFields(next.fields);
    setId(next.id);
    setProblems([]);
    setState({ kind: "idle" });
  }, []);

  useEffect(() => {
    // Leaving with a change still waiting for its pause: the browser asks first.
    const warn = (e: BeforeUnloadEvent) => {
      if (hasChanges(draft.current.fields, draft.current.saved) && !draft.current.blocked) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      // Leaving the screen inside the pause still saves what was typed.
      void flush();
    };
  }, [flush]);

  const unsaved = hasChanges(fields, draft.current.saved);
  return { id, fields, setField, state, problems, unsaved, flush, withVersion, reset };
}

export type DraftAutosave = ReturnType<typeof useDraftAutosave>;
