/* Frugal embed helper: resizes Frugal iframes on a host page to fit their content.
   Each embed page posts {type: 'frugal:height', height, widget} to its parent whenever its height changes;
   this script accepts those messages only from the origin it was itself loaded from. */
(() => {
  if (window.__frugalEmbed) return;
  window.__frugalEmbed = true;
  const script = document.currentScript;
  const origin = script?.src ? new URL(script.src, location.href).origin : location.origin;

  const frames = () =>
    Array.from(document.getElementsByTagName('iframe')).filter((f) => {
      try {
        return new URL(f.src, location.href).origin === origin;
      } catch {
        return false;
      }
    });

  window.addEventListener('message', (e) => {
    if (e.origin !== origin) return;
    const d = e.data;
    if (d?.type !== 'frugal:height' || typeof d.height !== 'number' || !Number.isFinite(d.height)) return;
    const h = Math.max(50, Math.min(20000, Math.ceil(d.height)));
    for (const f of frames()) if (f.contentWindow === e.source) f.style.height = `${h}px`;
  });

  // An embed that loaded before this script posted its height already; ask again.
  const ping = () => {
    for (const f of frames()) f.contentWindow?.postMessage({ type: 'frugal:ping' }, origin);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ping);
  else ping();
})();
