import { START_FAILURE } from '../i18n/en/startFailure';
import { wordsFor } from '../i18n/wordsFor';

/**
 * What a page shows when it could not start, most often because one of its files failed to
 * download (a flaky network, or a new version deployed while the page was open): a message
 * saying so and a Retry button, never a blank page. Retrying reloads the same address, so the
 * scenario in the link is kept.
 *
 * @param target the element the page would have drawn into; its contents are replaced
 * @param error what went wrong, named in the message's details
 * @param page which page could not start: the app, or an embedded chart (named in the message)
 * @param keepPage put the message above what `target` shows instead of replacing it: a page drawn at
 *   build time is still worth reading when its live page could not download (an earlier message
 *   is replaced)
 *
 * In the page's language once its words have downloaded; a page that fails before that (its
 * words come with the live page) says it in English. Only the start's own words are at hand here:
 * the page's script carries no others.
 */
export function showStartFailure(target: HTMLElement, error: unknown, page: 'app' | 'chart', keepPage = false): void {
  const w = wordsFor('startFailure', START_FAILURE);
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.className = 'start-failure';
  const heading = document.createElement('p');
  heading.textContent = w.failed(w.names[page]);
  const advice = document.createElement('p');
  advice.textContent = w.advice;
  const detail = document.createElement('p');
  detail.className = 'start-failure-detail';
  detail.textContent = w.details(String(error instanceof Error ? error.message : error).slice(0, 200));
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.textContent = w.retry;
  retry.addEventListener('click', () => location.reload());
  box.append(heading, advice, retry, detail);
  if (keepPage) {
    target.querySelector(':scope > .start-failure')?.remove();
    target.prepend(box);
  } else target.replaceChildren(box);
  // The page may have started to draw; a reader needs the message, not a half page.
  target.removeAttribute('aria-busy');
}
