import { HEIGHT_MESSAGE_TYPE, type HeightMessage } from './heightMessage';

/**
 * Posts the embed's height to its parent now and whenever it changes (see `heightMessage.ts`).
 * Does nothing outside an iframe. Returns a function that stops it.
 */
export function reportHeight(element: HTMLElement = document.documentElement): () => void {
  if (window.parent === window) return () => {};
  let last = 0;
  const post = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE_TYPE, height };
    window.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(element);
  post();
  return () => observer.disconnect();
}
