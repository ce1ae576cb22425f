/**
 * What a page shows when it could not start, most often because one of its files failed to
 * download (a flaky network, or a new version deployed while the page was open): a message
 * saying so and a Retry button, never a blank page. Retrying reloads the same address, so the
 * scenario in the link is kept.
 *
 * @param target the element the page would have drawn into; its contents are replaced
 * @param error what went wrong, named in the message's details
 * @param pageName how the page is named in the message ("Sanction Scope", "This chart")
 * @param keepPage put the message above what `target` shows instead of replacing it: a page drawn at
 *   build time is still worth reading when its live page could not download (an earlier message
 *   is replaced)
 */
export function showStartFailure(target: HTMLElement, error: unknown, pageName: string, keepPage = false): void {
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.className = 'start-failure';
  const heading = document.createElement('p');
  heading.textContent = `${pageName} could not load.`;
  const advice = document.createElement('p');
  advice.textContent =
    'Part of the page failed to download. Check your connection and retry: the scenario in the address is kept.';
  const detail = document.createElement('p');
  detail.className = 'start-failure-detail';
  detail.textContent = `Details: ${String(error instanceof Error ? error.message : error).slice(0, 200)}`;
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.textContent = 'Retry';
  retry.addEventListener('click', () => location.reload());
  box.append(heading, advice, retry, detail);
  if (keepPage) {
    target.querySelector(':scope > .start-failure')?.remove();
    target.prepend(box);
  } else target.replaceChildren(box);
  // The page may have started to draw; a reader needs the message, not a half page.
  target.removeAttribute('aria-busy');
}
