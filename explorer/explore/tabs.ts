/**
 * The side panel's tabs (WAI-ARIA tabs pattern): click or Left/Right arrows switch,
 * and `show` lets the page switch programmatically.
 */
export function tabs(tablist: HTMLElement, onShow: (name: string) => void): { show(name: string): void } {
  const buttons = [...tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const show = (name: string) => {
    for (const b of buttons) {
      const on = b.dataset.tab === name;
      b.setAttribute('aria-selected', String(on));
      b.tabIndex = on ? 0 : -1;
      const panel = document.getElementById(b.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !on;
    }
    onShow(name);
  };
  buttons.forEach((b, i) => {
    b.addEventListener('click', () => show(b.dataset.tab ?? ''));
    b.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      const next = buttons[(i + (e.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length]!;
      next.focus();
      show(next.dataset.tab ?? '');
    });
  });
  return { show };
}
