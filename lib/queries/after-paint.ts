/** How long to wait at most for a frame: none come while the tab is hidden. */
const PAINT_WAIT_MS = 100;

/**
 * Runs `fn` in a task after the next frame has been painted (a frame callback runs
 * before its frame is painted; a task queued from it runs after), or after
 * PAINT_WAIT_MS without a frame. Work that need not be on screen in the frame the
 * learner is waiting for goes here: it then neither lengthens the task that
 * renders the frame nor forces the browser to lay the page out before it (issue 9).
 * Returns a function that cancels it.
 */
export function afterNextPaint(fn: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(fn, 0);
    return () => clearTimeout(timer);
  }
  let done = false;
  let task: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (done) return;
    done = true;
    cancel();
    fn();
  };
  const fallback = setTimeout(run, PAINT_WAIT_MS);
  const frame = requestAnimationFrame(() => {
    task = setTimeout(run, 0);
  });
  function cancel() {
    clearTimeout(fallback);
    cancelAnimationFrame(frame);
    if (task !== undefined) clearTimeout(task);
  }
  return () => {
    done = true;
    cancel();
  };
}

/** `afterNextPaint` as a promise. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    afterNextPaint(resolve);
  });
}
