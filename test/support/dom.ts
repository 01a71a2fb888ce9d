// Reading the dashboard in jsdom as a person would, for the dashboard test files.

/** Until OWL has rendered what the last event changed: after the first change, the page has not
 * changed for 40 ms (with no change at all, 300 ms; at most 5 s), so that a loaded machine does
 * not make a test read the page too early. OWL renders on the next animation frame (a timer in jsdom). */
export const tick = () => new Promise<void>((resolve) => {
  let quiet: ReturnType<typeof setTimeout>;
  const observer = new MutationObserver(() => { clearTimeout(quiet); quiet = setTimeout(done, 40); });
  const giveUp = setTimeout(() => done(), 5000);
  function done() { observer.disconnect(); clearTimeout(giveUp); clearTimeout(quiet); resolve(); }
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  quiet = setTimeout(done, 300);
});
export const $ = (sel: string) => document.querySelector(sel) as HTMLElement | null;
export const $$ = (sel: string) => [...document.querySelectorAll(sel)] as HTMLElement[];
/** A table row as a person reads it: cell texts separated by spaces. */
export const rowText = (row: HTMLElement) => [...row.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()).join(' ');
