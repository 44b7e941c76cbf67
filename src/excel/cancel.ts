// Cancellation between chunks. The task pane recognises the error by its name/code.

export function cancelledError(): Error {
  return Object.assign(new Error("The operation was cancelled."), {
    name: "CancelledError",
    code: "CancelledError",
  });
}

/** Rejects with a CancelledError when the caller has aborted; checked only between requests. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelledError();
}
