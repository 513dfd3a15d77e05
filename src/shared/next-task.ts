// One trip through the task queue, for the content script and the background alike.

/**
 * Resolves in a later task: after the current one, with every microtask it queued (a reply on its way, a chain of
 * awaits), and after whatever the page or browser queued meanwhile (input, rendering).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
