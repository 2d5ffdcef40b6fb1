/* Frugal embed helper: resizes Frugal iframes on a host page to fit their content.
   Each embed page posts {type: 'frugal:height', height} to its parent whenever its height changes. */
(function () {
  'use strict';
  if (window.__frugalEmbed) return;
  window.__frugalEmbed = true;
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src, location.href).origin : location.origin;

  function frames() {
    return Array.prototype.filter.call(document.getElementsByTagName('iframe'), function (f) {
      try {
        return new URL(f.src, location.href).origin === origin;
      } catch (e) {
        return false;
      }
    });
  }

  window.addEventListener('message', function (e) {
    if (e.origin !== origin) return;
    var d = e.data;
    if (!d || d.type !== 'frugal:height' || typeof d.height !== 'number' || !isFinite(d.height)) return;
    var h = Math.max(50, Math.min(20000, Math.ceil(d.height)));
    frames().forEach(function (f) {
      if (f.contentWindow === e.source) f.style.height = h + 'px';
    });
  });

  function ping() {
    frames().forEach(function (f) {
      if (f.contentWindow) f.contentWindow.postMessage({ type: 'frugal:ping' }, origin);
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ping);
  else ping();
})();
