// Chart.js comes from its CDN, pinned by SRI. Without it (offline, blocked, or a changed file
// failing its check), load our vendored copy, named by this tag's data-fallback. Written while
// the page is still parsing, so dashboard.js, the next tag, runs after it either way.
if (!window.Chart) {
  const fallback = document.currentScript.dataset.fallback;
  document.write('<script src="' + fallback + '"><\/script>');
}
